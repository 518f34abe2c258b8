import type { Toepassingsgebied } from './toepassingsgebied';

/**
 * The kinds of decision a Bibob screening can precede, per toepassingsgebied (../shared/bibob-domain.md §3 and
 * §5), each with the power to refuse or revoke on Bibob grounds, the power to ask the LBB for advice (Wet Bibob
 * art. 9 needs one), and its beslistermijn. Data, so that a municipality's list can grow.
 */
export type BeslistermijnSoort = 'wettelijk' | 'redelijk' | 'geen';

export interface BeslistermijnRegel {
  readonly kind: BeslistermijnSoort;
  /** For 'wettelijk': the term in weeks. */
  readonly weeks?: number;
  /** For 'wettelijk' instead of weeks: the term in months (Awb 3:18 lid 1: six months). */
  readonly months?: number;
  readonly legalBasis: string;
  /** The Algemene termijnenwet applies to terms set in a formal law or AMvB, not to an APV term (setting). */
  readonly atw: boolean;
  readonly extension: { readonly maxWeeks: number; readonly legalBasis: string } | null;
}

/** The body that decides: the burgemeester or the college van burgemeester en wethouders. */
export type Bestuursorgaan = 'burgemeester' | 'college';

export interface Besluitsoort {
  readonly id: string;
  /**
   * Who decides, speaks in the letter, signs and hears the bezwaar (../shared/bibob-domain.md §10): the burgemeester
   * for the Alcoholwet licence (Alcoholwet art. 3 lid 1, and art. 27, 30a, 31, 32 for its refusal, aanhangsel,
   * revocation and suspension); the college for the omgevingsvergunning (Ow 5.8) and for the municipality's real
   * estate; for an APV permit whoever the APV names (Wet Bibob art. 7 lid 1: "het college … respectievelijk de
   * burgemeester"), the burgemeester for the exploitatievergunning of the model APV.
   */
  readonly bestuursorgaan: Bestuursorgaan;
  readonly toepassingsgebied: Toepassingsgebied;
  readonly label: string;
  /**
   * What a letter calls the permit the decision is about, in running text ("de gevraagde alcoholwetvergunning",
   * "trekken de omgevingsvergunning … in"): a common noun, where the label names the kind of decision for a menu.
   */
  readonly inBrief: string;
  /** The power to refuse, revoke or not contract on Bibob grounds. */
  readonly bibobGrond: string;
  /** The power to ask the Landelijk Bureau Bibob (art. 9 Wet Bibob), or null when there is none. */
  readonly lbbAdviesBevoegdheid: string | null;
  readonly beslistermijn: BeslistermijnRegel;
  /** A revocation or contract step the bestuursorgaan takes itself: no application, no beslistermijn. */
  readonly ambtshalve: boolean;
  /** A beschikking (bezwaar possible) or a civil-law decision of the municipality as a legal person. */
  readonly beschikking: boolean;
  /**
   * The provision that makes the uniforme openbare voorbereidingsprocedure (Awb afd. 3.4) apply, when one does:
   * then six months to decide (Awb 3:18 lid 1) and no bezwaar but direct beroep (Awb 7:1 lid 1 onder d).
   */
  readonly uniformeVoorbereiding?: string;
  /** The power to suspend the permit on art. 3 grounds, when the law gives one (Alcoholwet art. 32 lid 1). */
  readonly schorsing?: string;
  /** The power to change Bibob voorschriften of a permit already given (Wet Bibob art. 3 lid 7; Ow 5.40 lid 1 onder b). */
  readonly voorschriftenWijzigen?: string;
}

/** Awb 3:18 lid 1: "uiterlijk zes maanden na ontvangst van de aanvraag"; more than three months, so no Atw (art. 4 sub a). */
const zesMaanden: BeslistermijnRegel = { kind: 'wettelijk', months: 6, legalBasis: 'art. 3:18 lid 1 Awb', atw: false, extension: null };

const geenTermijn = (legalBasis: string): BeslistermijnRegel => ({ kind: 'geen', legalBasis, atw: false, extension: null });

export const besluitsoorten: readonly Besluitsoort[] = [
  {
    id: 'omgevingsvergunning',
    bestuursorgaan: 'college',
    toepassingsgebied: 'wabo',
    label: 'Omgevingsvergunning (bouw-, omgevingsplan- of milieubelastende activiteit)',
    inBrief: 'omgevingsvergunning',
    bibobGrond: 'art. 5.31 lid 1 Omgevingswet',
    lbbAdviesBevoegdheid: 'art. 5.31 lid 3 Omgevingswet',
    beslistermijn: {
      kind: 'wettelijk',
      weeks: 8,
      legalBasis: 'art. 16.64 lid 1 Omgevingswet',
      atw: true,
      extension: { maxWeeks: 6, legalBasis: 'art. 16.64 lid 2 Omgevingswet' },
    },
    ambtshalve: false,
    beschikking: true,
  },
  {
    id: 'omgevingsvergunning-instemming',
    bestuursorgaan: 'college',
    toepassingsgebied: 'wabo',
    label: 'Omgevingsvergunning waarvoor instemming nodig is',
    inBrief: 'omgevingsvergunning',
    bibobGrond: 'art. 5.31 lid 1 Omgevingswet',
    lbbAdviesBevoegdheid: 'art. 5.31 lid 3 Omgevingswet',
    beslistermijn: {
      kind: 'wettelijk',
      weeks: 12,
      legalBasis: 'art. 16.64 lid 1 Omgevingswet (met instemming)',
      atw: true,
      extension: { maxWeeks: 6, legalBasis: 'art. 16.64 lid 2 Omgevingswet' },
    },
    ambtshalve: false,
    beschikking: true,
  },
  {
    id: 'omgevingsvergunning-intrekking',
    bestuursorgaan: 'college',
    toepassingsgebied: 'wabo',
    label: 'Intrekking omgevingsvergunning',
    inBrief: 'omgevingsvergunning',
    // Revocation on Bibob grounds: Ow 5.40 lid 2 onder d; the LBB may be asked under Ow 5.31 lid 3.
    bibobGrond: 'art. 5.40 lid 2 onder d Omgevingswet',
    lbbAdviesBevoegdheid: 'art. 5.31 lid 3 Omgevingswet',
    beslistermijn: geenTermijn('ambtshalve besluit: geen aanvraag, geen beslistermijn'),
    ambtshalve: true,
    beschikking: true,
    voorschriftenWijzigen: 'art. 5.40 lid 1 onder b Omgevingswet',
  },
  {
    id: 'alcoholwetvergunning',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Alcoholwetvergunning',
    inBrief: 'alcoholwetvergunning',
    bibobGrond: 'art. 27 lid 3 Alcoholwet',
    lbbAdviesBevoegdheid: 'art. 27 lid 4 Alcoholwet',
    // The Alcoholwet sets no term: a redelijke termijn, in any case passed after 8 weeks (Awb 4:13 lid 2).
    beslistermijn: { kind: 'redelijk', legalBasis: 'art. 4:13 lid 2 Awb', atw: true, extension: null },
    ambtshalve: false,
    beschikking: true,
  },
  {
    id: 'alcoholwetvergunning-intrekking',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Intrekking Alcoholwetvergunning',
    inBrief: 'alcoholwetvergunning',
    // Alcoholwet art. 31 lid 3 onder a: revocation "in het geval en onder de voorwaarden, bedoeld in artikel 3" Wet
    // Bibob; its second sentence gives the power to ask the LBB first. Art. 27 lid 4 is the power for a refusal.
    bibobGrond: 'art. 31 lid 3 onder a Alcoholwet',
    lbbAdviesBevoegdheid: 'art. 31 lid 3 onder a (tweede zin) Alcoholwet',
    beslistermijn: geenTermijn('ambtshalve besluit: geen aanvraag, geen beslistermijn'),
    ambtshalve: true,
    beschikking: true,
    // Art. 32 lid 1: "in de gevallen bedoeld in artikel 31, tweede en derde lid" the licence may be suspended for at most 12 weeks.
    schorsing: 'art. 32 lid 1 Alcoholwet',
    voorschriftenWijzigen: 'art. 3 lid 7 Wet Bibob',
  },
  {
    id: 'exploitatievergunning',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf',
    inBrief: 'vergunning op grond van de Algemene Plaatselijke Verordening',
    bibobGrond: 'art. 7 lid 1 Wet Bibob',
    lbbAdviesBevoegdheid: 'art. 7 lid 2 Wet Bibob',
    // The term is the municipality's APV's (commonly 8 weeks, extendable once by 8): a setting.
    beslistermijn: {
      kind: 'wettelijk',
      weeks: 8,
      legalBasis: 'beslistermijn volgens de APV',
      atw: false,
      extension: { maxWeeks: 8, legalBasis: 'verdaging volgens de APV' },
    },
    ambtshalve: false,
    beschikking: true,
  },
  {
    id: 'exploitatievergunning-intrekking',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Intrekking exploitatievergunning of andere APV-vergunning',
    inBrief: 'vergunning op grond van de Algemene Plaatselijke Verordening',
    bibobGrond: 'art. 7 lid 1 Wet Bibob',
    lbbAdviesBevoegdheid: 'art. 7 lid 2 Wet Bibob',
    beslistermijn: geenTermijn('ambtshalve besluit: geen aanvraag, geen beslistermijn'),
    ambtshalve: true,
    beschikking: true,
    voorschriftenWijzigen: 'art. 3 lid 7 Wet Bibob',
  },
  ...(
    [
      ['vastgoed-verkoop', 'Verkoop van gemeentelijk vastgoed'],
      ['vastgoed-verpachting', 'Verpachting van gemeentelijk vastgoed'],
      ['vastgoed-verhuur', 'Verhuur van gemeentelijk vastgoed'],
      ['vastgoed-erfpacht', 'Uitgifte in erfpacht'],
      ['vastgoed-gebruiksrecht', 'Vestiging van een gebruiksrecht'],
      ['vastgoed-contractbeding', 'Inroepen van het contractbeding (opschorten of ontbinden)'],
    ] as const
  ).map(
    ([id, label]): Besluitsoort => ({
      id,
      // The municipality as a contract party: the college decides for it.
      bestuursorgaan: 'college',
      toepassingsgebied: 'vastgoed',
      label,
      inBrief: `${label.charAt(0).toLowerCase()}${label.slice(1)}`,
      // The municipality acts as a legal person: no public-law refusal ground, the outcome runs through the contract.
      bibobGrond: 'art. 5a Wet Bibob (privaatrechtelijk: via de overeenkomst)',
      lbbAdviesBevoegdheid: 'art. 5a Wet Bibob',
      beslistermijn: geenTermijn('privaatrechtelijke beslissing: geen beslistermijn'),
      ambtshalve: id === 'vastgoed-contractbeding',
      beschikking: false,
    }),
  ),
  {
    id: 'alcoholwetvergunning-paracommercieel',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Alcoholwetvergunning voor een paracommerciële rechtspersoon (uniforme openbare voorbereidingsprocedure)',
    inBrief: 'alcoholwetvergunning',
    bibobGrond: 'art. 27 lid 3 Alcoholwet',
    lbbAdviesBevoegdheid: 'art. 27 lid 4 Alcoholwet',
    beslistermijn: zesMaanden,
    ambtshalve: false,
    beschikking: true,
    // Alcoholwet art. 6: afd. 3.4 Awb applies to preparing the grant of a horeca licence to a paracommerciële rechtspersoon.
    uniformeVoorbereiding: 'art. 6 Alcoholwet',
  },
  {
    id: 'omgevingsvergunning-uniforme-voorbereiding',
    bestuursorgaan: 'college',
    toepassingsgebied: 'wabo',
    label: 'Omgevingsvergunning met de uniforme openbare voorbereidingsprocedure (art. 16.65 Omgevingswet)',
    inBrief: 'omgevingsvergunning',
    bibobGrond: 'art. 5.31 lid 1 Omgevingswet',
    lbbAdviesBevoegdheid: 'art. 5.31 lid 3 Omgevingswet',
    beslistermijn: zesMaanden,
    ambtshalve: false,
    beschikking: true,
    uniformeVoorbereiding: 'art. 16.65 Omgevingswet',
  },
  {
    id: 'alcoholwet-leidinggevende-bijschrijven',
    bestuursorgaan: 'burgemeester',
    toepassingsgebied: 'horeca',
    label: 'Bijschrijving van een leidinggevende op het aanhangsel bij de Alcoholwetvergunning',
    inBrief: 'bijschrijving van een leidinggevende op het aanhangsel bij de alcoholwetvergunning',
    // Alcoholwet art. 30a: the holder's melding counts as an application to change the aanhangsel (lid 2); the
    // burgemeester refuses "in het geval en onder de voorwaarden, bedoeld in artikel 3" Wet Bibob (lid 5 onder b)
    // and may first ask the LBB (lid 6).
    bibobGrond: 'art. 30a lid 5 onder b Alcoholwet',
    lbbAdviesBevoegdheid: 'art. 30a lid 6 Alcoholwet',
    // Art. 30a sets no term: a redelijke termijn, in any case passed after 8 weeks (Awb 4:13 lid 2).
    beslistermijn: { kind: 'redelijk', legalBasis: 'art. 4:13 lid 2 Awb', atw: true, extension: null },
    ambtshalve: false,
    beschikking: true,
  },
];

/**
 * The remedy a besluit names (Awb 3:45 lid 2): bezwaar within six weeks of the bekendmaking (Awb 6:7, 6:8 lid 1);
 * after the uniforme openbare voorbereidingsprocedure no bezwaar but direct beroep (Awb 7:1 lid 1 onder d), its
 * term running from the day after the terinzagelegging (Awb 6:8 lid 4); for a vastgoedtransactie none (no
 * beschikking).
 */
export type Rechtsmiddel =
  | { readonly soort: 'bezwaar'; readonly legalBasis: string }
  | { readonly soort: 'beroep'; readonly legalBasis: string; readonly voorbereiding: string }
  | { readonly soort: 'geen'; readonly legalBasis: string };

export function rechtsmiddelVoor(soort: Pick<Besluitsoort, 'beschikking' | 'uniformeVoorbereiding'> | undefined): Rechtsmiddel {
  if (soort && !soort.beschikking) return { soort: 'geen', legalBasis: 'privaatrechtelijke beslissing: geen beschikking' };
  if (soort?.uniformeVoorbereiding) return { soort: 'beroep', legalBasis: 'art. 7:1 lid 1 onder d Awb; art. 6:8 lid 4 Awb', voorbereiding: soort.uniformeVoorbereiding };
  return { soort: 'bezwaar', legalBasis: 'art. 6:7 Awb; art. 6:8 lid 1 Awb' };
}

export function besluitsoort(id: string): Besluitsoort | undefined {
  return besluitsoorten.find((soort) => soort.id === id);
}

export function besluitsoortenVoor(gebied: Toepassingsgebied): Besluitsoort[] {
  return besluitsoorten.filter((soort) => soort.toepassingsgebied === gebied);
}

export const besluitsoortIds = besluitsoorten.map((soort) => soort.id) as [string, ...string[]];
