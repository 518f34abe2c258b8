import { besluitsoort, besluitsoortenVoor, type Besluitsoort } from './besluitsoorten';
import { besluitGrondslag } from './brieven/besluitTekst';
import type { Probleem } from './probleem';
import { compareDates, formatDutchDate, type IsoDate } from './termijnen/calendar';
import { verdagingRefusal } from './termijnen/extension';
import type { DeadlineInput, DeadlineSettings, HolidayData, SuspensionEvent, TermSpec } from './termijnen/types';
import { toepassingsgebiedInfo, type Toepassingsgebied } from './toepassingsgebied';
import { uitkomstenVoor } from './uitkomsten';
import { outcomeLabel, type Outcome } from './workflow/facts';

/*
 * One dossier, several decisions (issue 19 item 12). A horeca case commonly has an exploitatievergunning (APV, with
 * Wet Bibob art. 7) and an Alcoholwet licence (art. 27 lid 3 Alcoholwet) for the same business: one Bibob
 * investigation of the same betrokkene, two aanvragen, two beschikkingen. The dossier's own besluitsoort is the first
 * decision; every further decision of the same toepassingsgebied has its own besluitsoort, its own date of receipt,
 * its own beslistermijn from its besluitsoort's rule, and its own outcome and besluitdatum.
 */

export interface VerderBesluitGegevens {
  readonly besluitsoort: string;
  /** The day this application was received; null: the same day as the dossier's own application. */
  readonly ontvangenOp: IsoDate | null;
  /** The dossier's LBB advice request (art. 9 Wet Bibob) also concerns this decision. */
  readonly lbbAdvies: boolean;
  /** The dossier's herstelverzoeken (Awb 4:5) also ask to complete this application. */
  readonly herstel: boolean;
  /** The one verdaging of this decision's term, where its regulation allows one. */
  readonly verdaging: { readonly weken: number; readonly besluitOp: IsoDate } | null;
  /** The notice of Awb 4:14 lid 3 for this decision, where it has a redelijke termijn. */
  readonly mededeling: { readonly verzondenOp: IsoDate; readonly tegemoetTeZienOp: IsoDate } | null;
}

export interface VerderBesluit extends VerderBesluitGegevens {
  readonly id: string;
  readonly uitkomst: Outcome | null;
  readonly besluitOp: IsoDate | null;
}

/** What the rules need of the dossier itself: its area, its first decision and that application's receipt. */
export interface DossierBesluitFeiten {
  readonly toepassingsgebied: Toepassingsgebied;
  readonly besluitsoort: string | null;
  readonly ontvangenOp: IsoDate | null;
}

/** The besluitsoorten a further decision may have: the dossier's area, not the first decision's kind nor one already held. */
export function verdereBesluitsoorten(dossier: DossierBesluitFeiten, anderen: readonly Pick<VerderBesluit, 'besluitsoort'>[]): Besluitsoort[] {
  const bezet = new Set([dossier.besluitsoort, ...anderen.map((besluit) => besluit.besluitsoort)]);
  return besluitsoortenVoor(dossier.toepassingsgebied).filter((soort) => !bezet.has(soort.id));
}

/**
 * Why a further decision cannot be recorded as given, each at its field; empty when it can. `anderen`: the dossier's
 * other further decisions that count (the one being corrected left out).
 */
export function verderBesluitProblemen(gegevens: VerderBesluitGegevens, dossier: DossierBesluitFeiten, anderen: readonly Pick<VerderBesluit, 'besluitsoort'>[]): Probleem[] {
  if (dossier.besluitsoort === null) {
    return [{ pad: 'besluitsoort', melding: 'Kies eerst bij Gegevens de soort besluit van het dossier zelf: dat is het eerste besluit. Daarna kunt u een verder besluit toevoegen.' }];
  }
  const soort = besluitsoort(gegevens.besluitsoort);
  if (!soort) return [{ pad: 'besluitsoort', melding: 'Kies een soort besluit uit de lijst.' }];
  if (soort.toepassingsgebied !== dossier.toepassingsgebied) {
    return [
      {
        pad: 'besluitsoort',
        melding: `Dit besluit hoort bij een ander toepassingsgebied. In dit dossier (${toepassingsgebiedInfo[dossier.toepassingsgebied].label}) kunnen alleen besluiten van hetzelfde toepassingsgebied samen worden onderzocht; maak voor dit besluit een eigen dossier.`,
      },
    ];
  }
  if (soort.id === dossier.besluitsoort || anderen.some((ander) => ander.besluitsoort === soort.id)) {
    return [{ pad: 'besluitsoort', melding: `Dit dossier bevat al een besluit '${soort.label}'. Kies een andere soort besluit.` }];
  }
  const problemen: Probleem[] = [];
  if (soort.ambtshalve && gegevens.ontvangenOp !== null) {
    problemen.push({ pad: 'ontvangenOp', melding: 'Dit besluit neemt het bestuursorgaan ambtshalve: er is geen aanvraag en dus geen datum van ontvangst.' });
  }
  if (soort.ambtshalve && gegevens.herstel) {
    problemen.push({ pad: 'herstel', melding: 'Een ambtshalve besluit heeft geen aanvraag die kan worden aangevuld (art. 4:5 Awb): een herstelverzoek schort hier niets op.' });
  }
  if (gegevens.lbbAdvies && soort.lbbAdviesBevoegdheid === null) {
    problemen.push({ pad: 'lbbAdvies', melding: 'Voor dit besluit geeft de wet geen bevoegdheid om het LBB om advies te vragen (art. 9 Wet Bibob).' });
  }
  if (gegevens.verdaging) {
    const extension = soort.beslistermijn.extension;
    if (extension === null) {
      problemen.push({ pad: 'verdaging.weken', melding: `De beslistermijn van dit besluit kan niet worden verdaagd: ${soort.beslistermijn.legalBasis} kent geen verdaging.` });
    } else {
      const refusal = verdagingRefusal(extension, false, { weeks: gegevens.verdaging.weken, decidedOn: gegevens.verdaging.besluitOp }, gegevens.ontvangenOp ?? dossier.ontvangenOp);
      if (refusal) problemen.push({ pad: `verdaging.${refusal.field === 'besluitOp' ? 'besluitOp' : 'weken'}`, melding: refusal.message });
    }
  }
  if (gegevens.mededeling) {
    if (soort.beslistermijn.kind !== 'redelijk') {
      problemen.push({ pad: 'mededeling.verzondenOp', melding: 'De mededeling van art. 4:14 lid 3 Awb hoort bij een besluit zonder wettelijke beslistermijn; dit besluit heeft er een.' });
    } else if (compareDates(gegevens.mededeling.tegemoetTeZienOp, gegevens.mededeling.verzondenOp) <= 0) {
      problemen.push({ pad: 'mededeling.tegemoetTeZienOp', melding: 'De datum waarop het besluit tegemoet kan worden gezien, ligt na de dag van de mededeling (art. 4:14 lid 3 Awb).' });
    }
  }
  return problemen;
}

/**
 * The outcomes a further decision can have: those of its own besluitsoort (uitkomstenVoor); "buiten behandeling" and
 * "aanvraag ingetrokken" need an aanvraag (Awb 4:5 lid 1, Awb 4:1), so not for an ambtshalve decision.
 */
export function verderBesluitUitkomsten(gebied: Toepassingsgebied, besluitsoortId: string): Outcome[] {
  const ambtshalve = besluitsoort(besluitsoortId)?.ambtshalve === true;
  return uitkomstenVoor(gebied, besluitsoortId).filter((uitkomst) => !(ambtshalve && (uitkomst === 'buiten-behandeling' || uitkomst === 'ingetrokken')));
}

/**
 * Why an outcome cannot be recorded for a further decision, each at its field. The outcomes are those of its own
 * besluitsoort (uitkomstenVoor); "buiten behandeling" and "aanvraag ingetrokken" need an aanvraag (Awb 4:5 lid 1,
 * Awb 4:1), so not for an ambtshalve decision, and buiten behandeling only when the herstel history of this
 * application allows it (`buitenBehandelingBeletsel`, the service's buitenBehandelingToets). A besluitdatum needs the
 * outcome it decided and lies not before this application came in.
 */
export function verderBesluitUitkomstProblemen(
  besluit: Pick<VerderBesluit, 'besluitsoort' | 'ontvangenOp'>,
  uitkomst: Outcome | null,
  besluitOp: IsoDate | null,
  dossier: DossierBesluitFeiten,
  buitenBehandelingBeletsel: string | null,
): Probleem[] {
  const soort = besluitsoort(besluit.besluitsoort);
  const problemen: Probleem[] = [];
  if (uitkomst !== null) {
    const toegestaan = verderBesluitUitkomsten(dossier.toepassingsgebied, besluit.besluitsoort);
    if (!toegestaan.includes(uitkomst)) {
      problemen.push({
        pad: 'uitkomst',
        melding: `De uitkomst '${outcomeLabel(uitkomst, dossier.toepassingsgebied)}' past niet bij ${soort ? `'${soort.label}'` : 'dit besluit'}. Kies ${toegestaan.map((kandidaat) => `'${outcomeLabel(kandidaat, dossier.toepassingsgebied)}'`).join(', ')}.`,
      });
    } else if (uitkomst === 'buiten-behandeling' && buitenBehandelingBeletsel !== null) {
      problemen.push({ pad: 'uitkomst', melding: buitenBehandelingBeletsel });
    }
  }
  if (besluitOp !== null && uitkomst === null) {
    problemen.push({ pad: 'uitkomst', melding: 'Kies de uitkomst die het besluit van deze datum heeft.' });
  }
  const ontvangen = besluit.ontvangenOp ?? dossier.ontvangenOp;
  if (besluitOp !== null && ontvangen !== null && compareDates(besluitOp, ontvangen) < 0) {
    problemen.push({ pad: 'besluitOp', melding: `De datum van het besluit ligt vóór de ontvangst van deze aanvraag (${formatDutchDate(ontvangen)}).` });
  }
  return problemen;
}

/**
 * The suspensions of the dossier that move this decision's beslistermijn, each by its own article:
 * - Wet Bibob art. 31: "Indien het bestuursorgaan een advies aanvraagt, wordt de wettelijke termijn waarbinnen de
 *   beschikking dient te worden gegeven, opgeschort": the term of the beschikking the advice is asked for (art. 9
 *   lid 1), so only when the LBB request concerns this decision too (`lbbAdvies`).
 * - Awb 4:15 lid 1 onder a: the term "voor het geven van een beschikking" is suspended from the day after the
 *   aanvrager is invited under 4:5 "de aanvraag aan te vullen": only the term of the application that was
 *   incomplete, so the herstelverzoeken count only when they concern this application too (`herstel`).
 * The verdaging, the Awb 4:15 lid 2 suspensions and the 4:14 lid 3 notice recorded at the dossier belong to the
 * first decision; a further decision carries its own verdaging and notice.
 */
export function opschortingenVoorBesluit(besluit: Pick<VerderBesluit, 'lbbAdvies' | 'herstel'>, dossier: { readonly herstel: readonly SuspensionEvent[]; readonly lbb: readonly SuspensionEvent[] }): SuspensionEvent[] {
  return [...(besluit.herstel ? dossier.herstel : []), ...(besluit.lbbAdvies ? dossier.lbb : [])];
}

/**
 * The deadline engine's input for a further decision, or null when it cannot be computed yet (no date of receipt for
 * a decision with a term). The term is the besluitsoort's rule as the service builds it (the APV term from the
 * settings), the date of receipt this application's own or else the dossier's.
 */
export function verderBesluitTermijnInput(
  besluit: VerderBesluit,
  term: TermSpec,
  dossier: DossierBesluitFeiten,
  suspensions: readonly SuspensionEvent[],
  holidays: HolidayData,
  today: IsoDate,
  settings: DeadlineSettings,
): DeadlineInput | null {
  const receivedOn = besluit.ontvangenOp ?? dossier.ontvangenOp;
  if (term.kind !== 'geen' && receivedOn === null) return null;
  return {
    receivedOn: receivedOn ?? today,
    term,
    suspensions: [...suspensions],
    extension: besluit.verdaging ? { weeks: besluit.verdaging.weken, decidedOn: besluit.verdaging.besluitOp } : null,
    holidays,
    today,
    mededelingRedelijkeTermijn: besluit.mededeling ? { sentOn: besluit.mededeling.verzondenOp, expectedBy: besluit.mededeling.tegemoetTeZienOp } : null,
    settings,
    decidedOn: besluit.besluitOp,
  };
}

/** The legal basis the besluit on this decision names for its outcome (Awb 3:47 lid 2), or null (none, or no outcome yet). */
export function verderBesluitGrondslag(besluit: Pick<VerderBesluit, 'besluitsoort' | 'uitkomst'>, lid6: boolean): string | null {
  const soort = besluitsoort(besluit.besluitsoort);
  return soort && besluit.uitkomst ? besluitGrondslag(besluit.uitkomst, soort, lid6) : null;
}

/**
 * The further decisions still without an outcome, by their label: each aanvraag must be decided (Awb 4:13 lid 1), so
 * the dossier closes only when every decision in it has its outcome.
 */
export function besluitenZonderUitkomst(besluiten: readonly Pick<VerderBesluit, 'besluitsoort' | 'uitkomst'>[]): string[] {
  return besluiten.filter((besluit) => besluit.uitkomst === null).map((besluit) => besluitsoort(besluit.besluitsoort)?.label ?? besluit.besluitsoort);
}
