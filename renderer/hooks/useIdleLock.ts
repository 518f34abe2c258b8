import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/** Activity is reported to main at most this often. */
export const TOUCH_INTERVAL_MS = 30_000;

/**
 * Watches for keyboard, mouse and touch activity while the vault is unlocked (`timeoutMinutes` not null).
 * Reports activity through `onTouch` at most once per 30 seconds, and calls `onIdle` once there has been no
 * activity for `timeoutMinutes`. A new timeout takes effect at once, counted from the last activity.
 */
export function useIdleLock(timeoutMinutes: number | null, onIdle: () => void, onTouch: () => void): void {
  const callbacks = useRef({ onIdle, onTouch });
  useEffect(() => {
    callbacks.current = { onIdle, onTouch };
  });
  const lastActivity = useRef(0);
  const active = timeoutMinutes !== null;

  useEffect(() => {
    if (!active) return;
    let lastTouch = Date.now();
    lastActivity.current = lastTouch;
    const onActivity = () => {
      const now = Date.now();
      lastActivity.current = now;
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
      if (remaining <= 0) callbacks.current.onIdle();
      else timer = setTimeout(check, remaining);
    };
    check();
    return () => clearTimeout(timer);
  }, [timeoutMinutes]);
}
