import type { ReactNode } from 'react';

/** A confirmation or notice (role="status"). Renders nothing without a message. */
export function StatusMessage({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <p role="status" className={`status-message status-message--${tone}`}>
      {children}
    </p>
  );
}
