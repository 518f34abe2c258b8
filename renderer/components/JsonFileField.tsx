import { LabelledControl } from './LabelledControl';

/** A labelled file chooser for a JSON file to import (a question set, a template set), with its error. */
export function JsonFileField({ label, error, onFileChange }: { label: string; error: string | undefined; onFileChange: (file: File | null) => void }) {
  return (
    <LabelledControl label={label} error={error}>
      {(control) => <input {...control} type="file" className="file-input" accept=".json,application/json" onChange={(event) => onFileChange(event.target.files?.[0] ?? null)} />}
    </LabelledControl>
  );
}
