import { describe, expect, it } from 'vitest';
import { buildApi, callNames, preloadOnlyCalls } from '../../src/contract';

describe('the API the renderer gets', () => {
  const invoked: string[] = [];
  const api = buildApi(async (name) => {
    invoked.push(name);
    return { ok: true, value: null };
  }, { omit: preloadOnlyCalls }) as unknown as Record<string, Record<string, unknown>>;

  it('has no function for the calls that only the preload may make (importing files by path)', () => {
    expect(preloadOnlyCalls).toContain('bijlagen.importPaths');
    expect(api.bijlagen?.importPaths).toBeUndefined();
  });

  it('has a function for every other call, which invokes exactly that call', async () => {
    for (const name of callNames.filter((n) => !preloadOnlyCalls.includes(n))) {
      const [namespace, method] = name.split('.') as [string, string];
      await (api[namespace]![method] as (input: unknown) => Promise<unknown>)({});
    }
    expect(invoked).toEqual(callNames.filter((n) => !preloadOnlyCalls.includes(n)));
  });
});
