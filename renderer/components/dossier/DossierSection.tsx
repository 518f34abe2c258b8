import type { ReactNode } from 'react';
import { FormGroupProvider } from '../FormGroupProvider';

interface DossierSectionProps {
  /** The id of the section's heading: the page's table of contents and focus moves point at it. */
  readonly headingId: string;
  readonly title: string;
  readonly children: ReactNode;
}

/** One part of the dossier page: a region named by its <h2>. Its forms are one group: one's success clears the others' errors. */
export function DossierSection({ headingId, title, children }: DossierSectionProps) {
  return (
    <section className="dossier-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <FormGroupProvider>{children}</FormGroupProvider>
    </section>
  );
}

/**
 * Moves the focus to a heading, e.g. when the button that was used has gone (a phase changed, a role was
 * removed), so that keyboard users do not land at the top of the page.
 */
export function focusHeading(headingId: string): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.focus();
  heading.scrollIntoView({ block: 'nearest' });
}

/** Which form's confirmation shows: one at a time, so that there is never more than one status message. */
export interface ConfirmationProps {
  readonly confirmation: string | null;
  readonly onConfirmationChange: (message: string | null) => void;
}
