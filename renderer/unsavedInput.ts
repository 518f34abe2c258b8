/**
 * Which forms hold input the coordinator typed and did not save: only a mark per form, never the input itself,
 * so that nothing of a dossier outlives the lock. The idle warning and the unlock screen say when input is lost.
 */
const formsWithInput = new Set<symbol>();

export function markUnsaved(form: symbol): void {
  formsWithInput.add(form);
}

export function markSaved(form: symbol): void {
  formsWithInput.delete(form);
}

export function hasUnsavedInput(): boolean {
  return formsWithInput.size > 0;
}

export const UNSAVED_INPUT_WARNING = 'Niet opgeslagen invoer in open formulieren gaat verloren.';
export const UNSAVED_INPUT_DISCARDED = 'Niet opgeslagen invoer in open formulieren is verwijderd.';

/** The idle warning, a minute before the lock. */
export function idleWarningText(unsaved: boolean): string {
  const warning = 'Zonder activiteit wordt de kluis over een minuut vergrendeld. Beweeg de muis of druk op een toets om door te werken.';
  return unsaved ? `${warning} ${UNSAVED_INPUT_WARNING}` : warning;
}

/**
 * The unlock screen's notice after a lock: says so when typed input went with it, and forgets the marks (the
 * forms are gone).
 */
export function lockNotice(notice: string | null): string | null {
  const unsaved = hasUnsavedInput();
  formsWithInput.clear();
  if (!unsaved) return notice;
  return notice ? `${notice} ${UNSAVED_INPUT_DISCARDED}` : UNSAVED_INPUT_DISCARDED;
}
