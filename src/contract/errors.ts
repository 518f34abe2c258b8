import { z } from 'zod';

/**
 * The one error shape that crosses the IPC contract (see ../shared/design.md, "Errors").
 * `code` is stable and is what tests assert on; `message` is Dutch, for the coordinator.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'TRANSITION_REFUSED',
  'POSSIBLE_DUPLICATE',
  'FILE_REJECTED',
  'VAULT_LOCKED',
  'VAULT_EXISTS',
  'VAULT_MISSING',
  'VAULT_TOO_NEW',
  'VAULT_DAMAGED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'TOO_MANY_ATTEMPTS',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CALL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});

export type AppError = z.infer<typeof appErrorSchema>;

/** Thrown by services; turned into an {@link AppError} by main/ipc. */
export class BibobError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'BibobError';
  }

  toAppError(): AppError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };
