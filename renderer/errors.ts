import { BibobError } from '../src/contract/errors';
import { betrokkeneSchema, type Betrokkene } from '../src/contract/schemas';

/** One problem with one input field, as VALIDATION and CONFLICT errors carry them in `details.issues`. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

const UNEXPECTED_ERROR = 'Er ging iets mis in Bibob Werkbank. Probeer het opnieuw.';

export function isVaultLocked(error: unknown): error is BibobError {
  return error instanceof BibobError && error.code === 'VAULT_LOCKED';
}

/** The Dutch message for the coordinator: the service's own, or a general one for anything unexpected. */
export function messageOf(error: unknown): string {
  return error instanceof BibobError ? error.message : UNEXPECTED_ERROR;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

export function issuesOf(error: unknown): FieldIssue[] {
  if (!(error instanceof BibobError)) return [];
  const { details } = error;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) return [];
  return details.issues.filter(isFieldIssue);
}

/**
 * The records a new betrokkene may be a duplicate of, when the service answered POSSIBLE_DUPLICATE; null for
 * any other answer.
 */
export function duplicateCandidatesOf(error: unknown): Betrokkene[] | null {
  if (!(error instanceof BibobError) || error.code !== 'POSSIBLE_DUPLICATE') return null;
  const { details } = error;
  if (typeof details !== 'object' || details === null || !('candidates' in details)) return null;
  const parsed = betrokkeneSchema.array().safeParse(details.candidates);
  return parsed.success && parsed.data.length > 0 ? parsed.data : null;
}

/** The existing record a CONFLICT for a duplicate BSN or KvK-nummer names, so the form can offer it; null otherwise. */
export function existingBetrokkeneOf(error: unknown): { id: string; naam: string } | null {
  if (!(error instanceof BibobError) || error.code !== 'CONFLICT') return null;
  const { details } = error;
  if (typeof details !== 'object' || details === null || !('bestaandeId' in details) || typeof details.bestaandeId !== 'string') return null;
  const naam = 'bestaandeNaam' in details && typeof details.bestaandeNaam === 'string' ? details.bestaandeNaam : '';
  return { id: details.bestaandeId, naam };
}
