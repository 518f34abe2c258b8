import { DEFAULT_IDLE_TIMEOUT_MINUTES } from '../../src/contract/schemas';

/**
 * The main process's backstop for the idle timeout. The renderer locks itself on inactivity and reports
 * activity at most every 30 seconds; should it fail to, main locks the vault once no call has arrived for the
 * timeout plus a minute of grace.
 */
export class IdleLock {
  private lastActivity: number;
  private timeoutMinutes = DEFAULT_IDLE_TIMEOUT_MINUTES;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly now: () => number,
    private readonly onIdle: () => void,
    private readonly graceMs = 60_000,
  ) {
    this.lastActivity = now();
  }

  touch(): void {
    this.lastActivity = this.now();
  }

  setTimeoutMinutes(minutes: number): void {
    this.timeoutMinutes = minutes;
  }

  /** Locks when the vault has been idle too long; returns whether it did. */
  check(): boolean {
    if (this.now() - this.lastActivity < this.timeoutMinutes * 60_000 + this.graceMs) return false;
    this.onIdle();
    this.touch();
    return true;
  }

  start(intervalMs = 15_000): void {
    this.stop();
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
