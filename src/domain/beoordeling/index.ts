/**
 * The assessment (beoordeling) of Wet Bibob art. 3, 3a and 4 (../shared/bibob-domain.md §2, §4 step 7): findings,
 * relations (art. 3 lid 4), the degree of danger per ground (lid 1–3), lid 6, evenredigheid (lid 5) and
 * voorschriften (lid 7), with the rules that say whether an assessment carries a proposed measure.
 */
export {
  bevindingSchema,
  bevindingSoortIds,
  bevindingSoorten,
  bevindingWerkingen,
  beoordelingSchema,
  EMPTY_BEOORDELING,
  ernstIds,
  ernstNiveaus,
  gekozenVoorschriftSchema,
  gevaarFactorIds,
  gevaarFactoren,
  gevaarMaatIds,
  gevaarMaten,
  gevaarOordeelSchema,
  grondIds,
  gronden,
  hoedanigheden,
  hoedanigheidPast,
  maatregelen,
  proposedMeasureSchema,
  relatieGrondslagIds,
  relatieGrondslagen,
  relatieSchema,
  vermoedenFactor,
  type AssessmentProblem,
  type Beoordeling,
  type Bevinding,
  type BevindingSoort,
  type BevindingSoortInfo,
  type BevindingWerking,
  type Ernst,
  type GekozenVoorschrift,
  type GevaarFactor,
  type GevaarFactorId,
  type GevaarMate,
  type GevaarOordeel,
  type Grond,
  type Hoedanigheid,
  type Lid6Oordeel,
  type Maatregel,
  type ProposedMeasure,
  type Relatie,
  type RelatieGrondslag,
  type RelatieGrondslagInfo,
} from './types';
export { MAX_SCHORSING_WEKEN, metVoorschriften } from './rules';
export { art4Geldt, art4KaderVan, assessmentProblems, countsAsErnstigGevaar, findingUsable, overallConclusion, type Art4Kader } from './rules';
export {
  DEFAULT_VOORSCHRIFTEN,
  kiesVoorschrift,
  voorschriftenLibrary,
  voorschriftenVoor,
  voorschriftSchema,
  type LibraryResult,
  type Voorschrift,
} from './voorschriften';
export { bevindingCorrigeren, bevindingIntrekken, type BevindingWijziging } from './correctie';
export { meldingPersonen, rollenArt11aLid1SubBTotF } from './melding';
