import type { ReactNode } from 'react';

/** A confirmation or notice (role="status"), as an NL Design System alert of the kind "ok" or "info". Renders nothing without a message. */
export function StatusMessage({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <p role="status" className={`utrecht-alert utrecht-alert--${tone === 'success' ? 'ok' : 'info'} status-message status-message--${tone}`}>
      {children}
    </p>
  );
}
