import { describe, expect, it } from 'vitest';
import { briefSoorten } from '../../src/domain/brieven/soorten';

describe('the letter types', () => {
  it.each(Object.values(briefSoorten).map((soort) => [soort.id, soort] as const))('%s is marked Vertrouwelijk on every page (art. 28 lid 1 Wet Bibob)', (_id, soort) => {
    expect(soort.vertrouwelijk).toBe(true);
  });
});
