import type { ReactNode } from 'react';

interface FieldsetProps {
  readonly legend: ReactNode;
  /** Marks the group as wrong (the NL Design System's red line beside it); the message itself is a child. */
  readonly invalid?: boolean;
  /** Classes added to the Utrecht fieldset classes. */
  readonly className?: string;
  readonly 'aria-describedby'?: string | undefined;
  readonly children: ReactNode;
}

/** A <fieldset> with its <legend>, as the NL Design System's form fieldset (@utrecht/form-fieldset-css). */
export function Fieldset({ legend, invalid = false, className, children, ...aria }: FieldsetProps) {
  const classes = ['utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', invalid && 'utrecht-form-fieldset--invalid', 'radio-group', className].filter(Boolean).join(' ');
  return (
    <fieldset className={classes} aria-describedby={aria['aria-describedby']}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend radio-group__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
