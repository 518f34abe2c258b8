import { BibobError } from '../../src/contract/errors';

const FREE_FAILURES = 2;
const MAX_DELAY_MS = 5 * 60_000;

/** How long the next attempt must wait after `failures` consecutive wrong passphrases: 0, 0, 1 s, 2 s, 4 s … 5 min. */
export function failureDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

/**
 * Slows down guessing: after repeated wrong passphrases or recovery keys, attempts are refused until a growing
 * delay has passed. Kept in memory only, because a wrong passphrase must write nothing.
 */
export class AttemptThrottle {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => number) {}

  assertAllowed(): void {
    const wait = this.notBefore - this.now();
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
    this.notBefore = this.now() + failureDelayMs(this.failures);
  }

  recordSuccess(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
