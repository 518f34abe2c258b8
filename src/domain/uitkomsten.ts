import { besluitsoort } from './besluitsoorten';
import type { Toepassingsgebied } from './toepassingsgebied';
import { decisionOutcomes, outcomeLabel, type Outcome } from './workflow';

/**
 * The measure a screening ends in (../shared/bibob-domain.md §4 step 10). The workflow module owns the list;
 * this adds what a form needs: every id, and the ones that fit a toepassingsgebied.
 */
export const uitkomstIds = [
  'verlenen',
  'verlenen-met-voorschriften',
  'weigeren',
  'intrekken',
  'buiten-behandeling',
  'ingetrokken',
  'niet-contracteren',
  'contract-ontbinden',
  'schorsen',
  'voorschriften-wijzigen',
] as const satisfies readonly Outcome[];

// Compile-time check that the list above names every outcome the workflow knows.
type Missing = Exclude<Outcome, (typeof uitkomstIds)[number]>;
const everyOutcomeListed: Missing extends never ? true : never = true;
void everyOutcomeListed;

/**
 * Buiten behandeling (Awb 4:5) needs an aanvraag om een beschikking: not for vastgoed. Schorsen (Alcoholwet art. 32
 * lid 1) and changing Bibob voorschriften (Wet Bibob art. 3 lid 7; Ow 5.40 lid 1 onder b) only for a kind of
 * decision that carries that power.
 */
export function uitkomstenVoor(gebied: Toepassingsgebied, besluitsoortId: string | null = null): Outcome[] {
  const soort = besluitsoortId ? besluitsoort(besluitsoortId) : undefined;
  const past = (uitkomst: Outcome) =>
    (uitkomst !== 'schorsen' || soort?.schorsing !== undefined) && (uitkomst !== 'voorschriften-wijzigen' || soort?.voorschriftenWijzigen !== undefined);
  return [...decisionOutcomes[gebied].filter(past), ...(gebied === 'vastgoed' ? [] : (['buiten-behandeling'] as const)), 'ingetrokken'];
}

export function uitkomstLabel(uitkomst: Outcome, gebied: Toepassingsgebied): string {
  return outcomeLabel(uitkomst, gebied);
}
