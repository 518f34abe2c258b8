import type { App } from '../../main/app';
import type { CallInput, CallName, CallOutput } from '../../src/contract';
import type { AppError, Envelope } from '../../src/contract/errors';
import { trustedSender } from './testVault';

/** The payload argument of a call: optional where the call takes nothing (or only optional fields). */
type PayloadArg<N extends CallName> = Record<string, never> extends CallInput<N> ? [payload?: CallInput<N>] : [payload: CallInput<N>];

/** A contract call as the app's window makes it, with a payload the contract accepts; returns the envelope. */
export function callTyped<N extends CallName>(app: App, name: N, ...[payload]: PayloadArg<N>): Promise<Envelope<CallOutput<N>>> {
  return app.dispatch(name, payload ?? {}, trustedSender) as Promise<Envelope<CallOutput<N>>>;
}

/** Makes a contract call that must succeed and returns its output, typed by the contract. */
export async function callOk<N extends CallName>(app: App, name: N, ...payload: PayloadArg<N>): Promise<CallOutput<N>> {
  const result = await callTyped(app, name, ...payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Makes a contract call that a service must refuse and returns the structured error (code, Dutch message, details). */
export async function callErr<N extends CallName>(app: App, name: N, ...payload: PayloadArg<N>): Promise<AppError> {
  const result = await callTyped(app, name, ...payload);
  if (result.ok) throw new Error(`${name} succeeded where a refusal was expected`);
  return result.error;
}
