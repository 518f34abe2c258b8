import type { Toepassingsgebied } from '../toepassingsgebied';

/** What the rules need to know about the dossier; plain data the service fills from the vault. */
export interface WorkflowFacts {
  toepassingsgebied: Toepassingsgebied;
  /** The proposed or final measure; null while none is recorded. */
  outcome:
    | null
    | 'verlenen'
    | 'verlenen-met-voorschriften'
    | 'weigeren'
    | 'intrekken'
    | 'buiten-behandeling'
    | 'ingetrokken'
    | 'niet-contracteren'
    | 'contract-ontbinden'
    | 'schorsen'
    | 'voorschriften-wijzigen';
  /** Requests not answered or withdrawn. */
  openInformationRequests: number;
  lbbAdviceReceived: boolean;
  dangerConclusion: null | 'geen' | 'mindere-mate' | 'ernstig';
  /** A reasonable suspicion that the betrokkene withdraws because of the Bibob investigation (art. 7a lid 8). */
  withdrawalSuspected: boolean;
  /**
   * The melding of art. 7a lid 7 or 8 is recorded for the current conclusion. When a reopened dossier ends with a
   * changed conclusion, the LBB gets a correction (art. 7a lid 7, second sentence): the service clears the flag.
   */
  meldingLbbRecorded: boolean;
  /**
   * The art. 33 step is recorded for every betrokkene and every third party named in the intended decision. The
   * service clears it when the outcome changes or new facts arise after the zienswijze (Awb 4:11 onder b).
   */
  zienswijzeStepDone: boolean;
  /**
   * Why the law does not allow "buiten behandeling" now (Awb 4:5 lid 1: only after a herstelverzoek with a term
   * that passed unused or was answered insufficiently; never in a revocation), in Dutch; null when it does. The
   * service fills it from the herstel history with buitenBehandelingToets (src/domain/herstel.ts).
   */
  buitenBehandelingBeletsel: string | null;
  /**
   * The further decisions of the dossier (issue 19 item 12) that have no outcome yet, by label. Every aanvraag gets
   * its beschikking (Awb 4:13 lid 1), so the dossier closes only when each decision in it has its outcome. Absent or
   * empty: the dossier holds only its own decision, or every further one is decided.
   */
  verdereBesluitenZonderUitkomst?: readonly string[];
}

export type Outcome = NonNullable<WorkflowFacts['outcome']>;

/**
 * The outcomes that are a decision on the matter, per toepassingsgebied. A vastgoedtransactie has no beschikking
 * to refuse or revoke: the municipality decides as a party to a contract (art. 5a Wet Bibob). 'buiten-behandeling'
 * and 'ingetrokken' are no decision on the matter: they end the dossier in their own closed phase.
 */
export const decisionOutcomes: Readonly<Record<Toepassingsgebied, readonly Outcome[]>> = {
  // Voorschriften wijzigen: a permit already given (Wet Bibob art. 3 lid 7; Ow 5.40 lid 1 onder b); offered only there.
  wabo: ['verlenen', 'verlenen-met-voorschriften', 'weigeren', 'intrekken', 'voorschriften-wijzigen'],
  // Schorsen: only the Alcoholwet licence (Alcoholwet art. 32 lid 1); the assessment offers it only there.
  horeca: ['verlenen', 'verlenen-met-voorschriften', 'weigeren', 'intrekken', 'schorsen', 'voorschriften-wijzigen'],
  vastgoed: ['verlenen', 'verlenen-met-voorschriften', 'niet-contracteren', 'contract-ontbinden'],
};

const labels: Readonly<Record<Outcome, string>> = {
  verlenen: 'verlenen',
  'verlenen-met-voorschriften': 'verlenen met voorschriften',
  weigeren: 'weigeren',
  intrekken: 'intrekken',
  'buiten-behandeling': 'buiten behandeling stellen',
  ingetrokken: 'aanvraag ingetrokken',
  'niet-contracteren': 'niet contracteren',
  'contract-ontbinden': 'overeenkomst ontbinden',
  schorsen: 'vergunning schorsen',
  'voorschriften-wijzigen': 'Bibob-voorschriften wijzigen',
};

const vastgoedLabels: Readonly<Partial<Record<Outcome, string>>> = {
  verlenen: 'transactie aangaan',
  'verlenen-met-voorschriften': 'transactie aangaan onder voorwaarden',
  ingetrokken: 'wederpartij trekt zich terug',
};

/** Dutch label of an outcome, in the words of the toepassingsgebied; an id stored by another version shows as is. */
export function outcomeLabel(outcome: Outcome, toepassingsgebied: Toepassingsgebied): string {
  return (toepassingsgebied === 'vastgoed' ? vastgoedLabels[outcome] : undefined) ?? labels[outcome] ?? outcome;
}

/** "a, b, c of d" */
export function decisionOptions(toepassingsgebied: Toepassingsgebied): string {
  const names = decisionOutcomes[toepassingsgebied].map((outcome) => outcomeLabel(outcome, toepassingsgebied));
  return `${names.slice(0, -1).join(', ')} of ${names[names.length - 1]}`;
}

/**
 * Art. 33 lid 1 Wet Bibob: before attaching voorschriften (art. 3 lid 7) or taking a negative decision on art. 3
 * grounds, the betrokkene and every third party named in the intended decision may give a zienswijze. Lid 2 applies
 * this to the decision to enter a vastgoedtransactie (onder d) and to suspend or dissolve it (onder e).
 * A plain verlening needs no such step.
 */
export function zienswijzeRequired(facts: Pick<WorkflowFacts, 'toepassingsgebied' | 'outcome'>): { required: boolean; legalBasis?: string } {
  const { outcome } = facts;
  if (facts.toepassingsgebied === 'vastgoed') {
    if (outcome === 'verlenen-met-voorschriften' || outcome === 'niet-contracteren') {
      return { required: true, legalBasis: 'art. 33 lid 2 onder d Wet Bibob' };
    }
    if (outcome === 'contract-ontbinden') return { required: true, legalBasis: 'art. 33 lid 2 onder e Wet Bibob' };
    return { required: false };
  }
  // A suspension on art. 3 grounds (Alcoholwet art. 32 lid 1 with 31 lid 3 onder a) is a negative decision too.
  // Changing voorschriften attaches new ones "als bedoeld in artikel 3, zevende lid" (art. 33 lid 1).
  if (outcome === 'verlenen-met-voorschriften' || outcome === 'weigeren' || outcome === 'intrekken' || outcome === 'schorsen' || outcome === 'voorschriften-wijzigen') {
    return { required: true, legalBasis: 'art. 33 lid 1 Wet Bibob' };
  }
  return { required: false };
}

/**
 * Art. 7a lid 7: a conclusion of ernstig gevaar or mindere mate van gevaar reached after the eigen onderzoek
 * without an LBB advice is reported to the LBB at once. A withdrawn or not-considered application carries no
 * conclusion of the bestuursorgaan, so lid 7 does not apply to it (lid 8 may).
 */
export function lid7Applies(facts: WorkflowFacts): boolean {
  const concluded = facts.dangerConclusion === 'ernstig' || facts.dangerConclusion === 'mindere-mate';
  const endedWithoutConclusion = facts.outcome === 'ingetrokken' || facts.outcome === 'buiten-behandeling';
  return concluded && !facts.lbbAdviceReceived && !endedWithoutConclusion;
}

/** Art. 7a lid 8: a reasonable suspicion that the betrokkene withdrew because of the Bibob investigation. */
export function lid8Applies(facts: WorkflowFacts): boolean {
  return facts.withdrawalSuspected;
}

export function meldingLbbRequired(facts: WorkflowFacts): { required: boolean; legalBasis?: string } {
  const lid7 = lid7Applies(facts);
  const lid8 = lid8Applies(facts);
  if (lid7 && lid8) return { required: true, legalBasis: 'art. 7a lid 7 en 8 Wet Bibob' };
  if (lid7) return { required: true, legalBasis: 'art. 7a lid 7 Wet Bibob' };
  if (lid8) return { required: true, legalBasis: 'art. 7a lid 8 Wet Bibob' };
  return { required: false };
}
