import type { BeoordelingView } from '../../../../src/contract/beoordelingCalls';
import type { Beoordeling, ProposedMeasure } from '../../../../src/domain/beoordeling';
import type { DossierDetail } from '../../../../src/contract/schemas';

export type { BeoordelingView };
export type DossierBetrokkene = DossierDetail['betrokkenen'][number];

/** What every part of the assessment gets: the stored assessment and a way to save a changed one. */
export interface AssessmentPartProps {
  readonly view: BeoordelingView;
  readonly betrokkenen: readonly DossierBetrokkene[];
  /**
   * Saves the assessment with one part changed. The service refuses a change that breaks a rule of art. 3, 3a or 4;
   * the part's form then shows why.
   */
  readonly save: (change: (beoordeling: Beoordeling) => Beoordeling, message: string, maatregel?: ProposedMeasure) => () => Promise<BeoordelingView>;
  readonly onSaved: (view: BeoordelingView, message: string) => void;
  readonly onEdit: () => void;
}

/** A short random id for a finding in this assessment. */
export function newFindingId(existing: readonly { id: string }[]): string {
  const taken = new Set(existing.map((entry) => entry.id));
  let id: string;
  do id = `bev-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
  while (taken.has(id));
  return id;
}
