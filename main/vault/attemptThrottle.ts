import { existsSync, readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import { writeFileAtomic } from './atomicWrite';

const FREE_FAILURES = 2;
const MAX_DELAY_MS = 5 * 60_000;

/** How long the next attempt must wait after `failures` consecutive wrong passphrases: 0, 0, 1 s, 2 s, 4 s … 5 min. */
export function failureDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

/** What is kept beside the key file: how many attempts failed in a row and when the last one did. No secret. */
const attemptsFileSchema = z.strictObject({
  failures: z.number().int().min(0).max(1_000_000),
  lastFailureAt: z.number().int().min(0),
});

export type AttemptsRecord = z.infer<typeof attemptsFileSchema>;

/** The record in the file, or null when there is none; a damaged record counts as no record. */
export function readAttemptsFile(file: string): AttemptsRecord | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = attemptsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Slows down guessing: after repeated wrong passphrases or recovery keys, attempts are refused until a growing
 * delay has passed. With a file, the count and the time of the last failure are kept in it, so that a restart of
 * the app does not reset the wait; a success removes it. The file holds no secret and nothing of the vault.
 */
export class AttemptThrottle {
  private failures = 0;
  private lastFailureAt = 0;

  constructor(
    private readonly now: () => number,
    private readonly file?: string,
  ) {
    const stored = file ? readAttemptsFile(file) : null;
    if (stored) {
      this.failures = stored.failures;
      this.lastFailureAt = stored.lastFailureAt;
    }
  }

  assertAllowed(): void {
    const delay = failureDelayMs(this.failures);
    // Never longer than the delay itself, also when the clock was set back after the last failure.
    const wait = Math.min(this.lastFailureAt + delay - this.now(), delay);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new BibobError(
        'TOO_MANY_ATTEMPTS',
        `Te veel mislukte pogingen. Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`,
        { retryAfterMs: wait },
      );
    }
  }

  recordFailure(): void {
    this.failures += 1;
    this.lastFailureAt = this.now();
    if (this.file) {
      writeFileAtomic(this.file, `${JSON.stringify({ failures: this.failures, lastFailureAt: this.lastFailureAt } satisfies AttemptsRecord)}\n`);
    }
  }

  recordSuccess(): void {
    this.failures = 0;
    this.lastFailureAt = 0;
    if (this.file) rmSync(this.file, { force: true });
  }
}
