import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/** The warning comes this long before the lock. */
export const IDLE_WARNING_MS = 60_000;

/** Activity is reported to main at most this often. */
export const TOUCH_INTERVAL_MS = 30_000;

/**
 * Watches for keyboard, mouse and touch activity while the vault is unlocked (`timeoutMinutes` not null).
 * Reports activity through `onTouch` at most once per 30 seconds, and calls `onIdle` once there has been no
 * activity for `timeoutMinutes`. A new timeout takes effect at once, counted from the last activity.
 * `onWarn(true)` comes a minute before the lock, `onWarn(false)` when there is activity again or at the lock.
 */
export function useIdleLock(timeoutMinutes: number | null, onIdle: () => void, onTouch: () => void, onWarn: (warning: boolean) => void = () => {}): void {
  const callbacks = useRef({ onIdle, onTouch, onWarn });
  useEffect(() => {
    callbacks.current = { onIdle, onTouch, onWarn };
  });
  const warned = useRef(false);
  const lastActivity = useRef(0);
  const active = timeoutMinutes !== null;

  useEffect(() => {
    if (!active) return;
    let lastTouch = Date.now();
    lastActivity.current = lastTouch;
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (warned.current) {
        warned.current = false;
        callbacks.current.onWarn(false);
      }
      if (now - lastTouch >= TOUCH_INTERVAL_MS) {
        lastTouch = now;
        callbacks.current.onTouch();
      }
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [active]);

  useEffect(() => {
    if (timeoutMinutes === null) return;
    const timeoutMs = timeoutMinutes * 60_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const remaining = lastActivity.current + timeoutMs - Date.now();
      if (remaining <= 0) {
        if (warned.current) {
          warned.current = false;
          callbacks.current.onWarn(false);
        }
        callbacks.current.onIdle();
        return;
      }
      if (remaining <= IDLE_WARNING_MS && !warned.current) {
        warned.current = true;
        callbacks.current.onWarn(true);
      }
      timer = setTimeout(check, remaining > IDLE_WARNING_MS ? remaining - IDLE_WARNING_MS : remaining);
    };
    check();
    return () => clearTimeout(timer);
  }, [timeoutMinutes]);
}
