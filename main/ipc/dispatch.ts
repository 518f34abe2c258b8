import type { z } from 'zod';
import { contract, isCallName } from '../../src/contract';
import { BibobError, type AppError, type Envelope } from '../../src/contract/errors';
import { checkPayload, type PayloadIssue } from '../../src/contract/payloadCheck';
import type { ServiceContext } from '../services/context';
import type { Handlers } from './types';

/** Who sent a call: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

export interface DispatcherOptions {
  readonly handlers: Handlers;
  readonly vault: ServiceContext['vault'];
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

/** No answer echoes a large input back: messages and paths are cut short, and only the first issues are listed. */
export const MAX_ISSUES = 20;
export const MAX_ISSUE_PATH = 200;
/** Long enough for every message the app writes itself (the longest name a set of questions and its version). */
export const MAX_ISSUE_MESSAGE = 1000;
export const MAX_MESSAGE = 1000;

const bounded = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function boundedIssues(issues: readonly PayloadIssue[]): PayloadIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({ path: bounded(issue.path, MAX_ISSUE_PATH), message: bounded(issue.message, MAX_ISSUE_MESSAGE) }));
}

function validationIssues(error: z.ZodError): PayloadIssue[] {
  return boundedIssues(error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
}

const INVALID_INPUT = 'De invoer is niet volledig of niet geldig.';

/** A refusal from a service, with its message and any listed issues bounded like the dispatcher's own. */
function boundedAppError(error: AppError): AppError {
  const message = bounded(error.message, MAX_MESSAGE);
  const details = error.details as { issues?: unknown } | undefined;
  if (details && Array.isArray(details.issues)) {
    const issues = (details.issues as unknown[]).filter((issue): issue is PayloadIssue => typeof (issue as PayloadIssue)?.path === 'string' && typeof (issue as PayloadIssue)?.message === 'string');
    return { ...error, message, details: { ...details, issues: boundedIssues(issues) } };
  }
  return { ...error, message };
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
    // Before the schema: only plain data reaches it, with its text normalised (see src/contract/payloadCheck.ts).
    const checked = checkPayload(payload === undefined ? {} : payload);
    if (!checked.ok) return failure('VALIDATION', INVALID_INPUT, { issues: boundedIssues(checked.issues) });
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(checked.value);
    } catch {
      options.reportInternalError?.(name, 'InputValidation');
      return failure('VALIDATION', INVALID_INPUT, { issues: [] });
    }
    if (!parsed.success) {
      return failure('VALIDATION', INVALID_INPUT, { issues: validationIssues(parsed.error) });
    }
    if (!spec.whileLocked && options.vault.state() !== 'unlocked') {
      return failure('VAULT_LOCKED', 'De kluis is vergrendeld. Ontgrendel hem eerst.');
    }
    options.onActivity?.();
    try {
      options.checkInput?.(name, parsed.data);
      const handler = options.handlers[name] as (input: unknown) => unknown;
      const result = await handler(parsed.data);
      const output = spec.output.safeParse(result);
      if (!output.success) {
        options.reportInternalError?.(name, 'OutputValidation');
        return failure('INTERNAL', 'Er ging iets mis in Bibob Werkbank. Er is niets gewijzigd dat niet bevestigd is.');
      }
      return { ok: true, value: output.data };
    } catch (error) {
      if (error instanceof BibobError) return { ok: false, error: boundedAppError(error.toAppError()) };
      options.reportInternalError?.(name, error instanceof Error ? error.name : typeof error);
      return failure('INTERNAL', 'Er ging iets mis in Bibob Werkbank. Er is niets gewijzigd dat niet bevestigd is.');
    }
  };
}
