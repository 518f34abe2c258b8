/**
 * The eigen onderzoek of the Bibob procedure (Wet Bibob art. 7a, 7b, 7c, 11a, 28 lid 2 sub m): its sources and
 * notes, the financing check, information from another bestuursorgaan, and the formulier bevindingen eigen onderzoek
 * that goes with an advice request to the LBB (art. 7a lid 4).
 */
export {
  aanleidingenArt28m,
  bronIds,
  gegevensHerkomsten,
  herkomstSoorten,
  type AanleidingArt28m,
  type AndereDossierVermelding,
  type AnderBestuursorgaanInformatie,
  type BetrokkeneRef,
  type BevindingenFormulier,
  type BevindingenFormulierInput,
  type BronId,
  type Cents,
  type Financiering,
  type FinancingCheck,
  type FormulierSectie,
  type GegevensHerkomst,
  type Herkomst,
  type HerkomstBeoordeling,
  type HerkomstSoort,
  type HerkomstStatus,
  type Investering,
  type OnderzoeksNotitie,
  type Probleem,
} from './types';
export {
  aangemerktAls,
  aangemerkteCategorieen,
  BEVINDING_MAX_LENGTH,
  KENMERK_MAX_LENGTH,
  onderzoeksBronnen,
  onderzoeksNotitieSchema,
  type AangemerkteCategorie,
  type BronInfo,
} from './sources';
export {
  FINANCING_LEGAL_BASIS,
  financingCheck,
  formatEuro,
  herkomstSchema,
  herkomstSoortLabels,
  investeringSchema,
  SOORTEN_MET_VERSTREKKER,
} from './financing';
export {
  ART_28M_LEGAL_BASIS,
  ART_28M_MAX_YEARS,
  laatsteVerstrekkingsdag,
  nietOuderDanVijfJaar,
  otherBestuursorgaanProblems,
} from './otherBestuursorgaan';
export {
  BEVINDINGEN_FORMULIER_LEGAL_BASIS,
  bevindingenFormulierProblems,
  composeBevindingenFormulier,
} from './bevindingenFormulier';
