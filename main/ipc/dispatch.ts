import type { z } from 'zod';
import { contract, isCallName } from '../../src/contract';
import { BibobError, type AppError, type Envelope } from '../../src/contract/errors';
import type { Vault } from '../vault/vault';
import type { Handlers } from './handlers';

/** Who sent a call: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

export interface DispatcherOptions {
  readonly handlers: Handlers;
  readonly vault: Vault;
  readonly isTrustedSender: SenderPolicy;
  /** Called for every accepted call: feeds the idle timeout. */
  readonly onActivity?: () => void;
  /**
   * Rules on the parsed input that need the vault but belong to no one service (the dates of what happened, checked
   * against the dossier's history); throws a BibobError to refuse the call.
   */
  readonly checkInput?: (name: string, input: unknown) => void;
  /** Where unexpected errors are reported: a code and the error's class, never its message or data. */
  readonly reportInternalError?: (callName: string, errorName: string) => void;
}

export type Dispatch = (name: unknown, payload: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>;

function failure(code: AppError['code'], message: string, details?: unknown): Envelope<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

function validationIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * The one entry point for calls from the (untrusted) renderer, whatever the transport: checks the sender,
 * that the call exists, validates the payload against the contract, refuses calls that need an unlocked
 * vault, runs the handler, validates its output and turns every error into the structured error.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  return async (name, payload, sender) => {
    if (!options.isTrustedSender(sender)) {
      return failure('FORBIDDEN_SENDER', 'Dit verzoek komt niet van het venster van Bibob Werkbank en is geweigerd.');
    }
    if (!isCallName(name)) {
      return failure('UNKNOWN_CALL', 'Onbekende opdracht.');
    }
    const spec = contract[name];
    const parsed = spec.input.safeParse(payload === undefined ? {} : payload);
    if (!parsed.success) {
      return failure('VALIDATION', 'De invoer is niet volledig of niet geldig.', { issues: validationIssues(parsed.error) });
    }
    if (!spec.whileLocked && options.vault.state() !== 'unlocked') {
      return failure('VAULT_LOCKED', 'De kluis is vergrendeld. Ontgrendel hem eerst.');
    }
    options.onActivity?.();
    try {
      options.checkInput?.(name, parsed.data);
      const handler = options.handlers[name] as (input: unknown) => unknown;
      const result = await handler(parsed.data);
      const checked = spec.output.safeParse(result);
      if (!checked.success) {
        options.reportInternalError?.(name, 'OutputValidation');
        return failure('INTERNAL', 'Er ging iets mis in Bibob Werkbank. Er is niets gewijzigd dat niet bevestigd is.');
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof BibobError) return { ok: false, error: error.toAppError() };
      options.reportInternalError?.(name, error instanceof Error ? error.name : typeof error);
      return failure('INTERNAL', 'Er ging iets mis in Bibob Werkbank. Er is niets gewijzigd dat niet bevestigd is.');
    }
  };
}
