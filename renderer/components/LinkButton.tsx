import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that looks like a link (the NL Design System link button): for opening a dossier from a table or a list. It is a button because it
 * changes the screen inside the app rather than going to an address.
 */
export function LinkButton({ className, ...props }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>) {
  return <button {...props} type="button" className={className ? `utrecht-link-button utrecht-link-button--html-button link-button ${className}` : 'utrecht-link-button utrecht-link-button--html-button link-button'} />;
}
