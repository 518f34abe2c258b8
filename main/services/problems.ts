import { BibobError } from '../../src/contract/errors';
import type { Probleem } from '../../src/domain/probleem';

/**
 * The VALIDATION error for the problems a domain rule found: each is an issue at its field; the message is the
 * problem itself when there is one, `message` when there are more.
 */
export function problemsError(message: string, problems: readonly Probleem[]): BibobError {
  return new BibobError('VALIDATION', problems.length === 1 ? problems[0]!.melding : message, { issues: problems.map((problem) => ({ path: problem.pad, message: problem.melding })) });
}
