import type { Probleem } from './probleem';
import { compareDates, formatDutchDate, isIsoDate, type IsoDate } from './termijnen/calendar';
import { nonWorkingDayReason, type HolidayData } from './termijnen/holidays';

/*
 * Dates of what happened, checked against the dossier's own history (issue 18 §1). One table: for every call that
 * records a date, which fields hold a date, whether the law means a future date there, and what each date cannot lie
 * before. A recorded fact that cannot be true is refused with a message that names the fact it conflicts with, so the
 * deadline engine (Awb 4:13–4:15, Wet Bibob art. 31, Ow 16.64) is only ever fed dates that can be true.
 */

/** The facts of a dossier's history a recorded date can be compared with. */
export type FeitSleutel =
  | 'aanvraagOntvangen'
  | 'vragenformulierVerzonden'
  | 'vragenformulierOntvangen'
  | 'herstelVerzonden'
  | 'verzoekVerzonden'
  | 'lbbGegevensVerzocht'
  | 'uitgenodigd'
  /** The latest end of a zienswijzetermijn of an invitee who has not answered; absent when everyone answered. */
  | 'openZienswijzetermijnEinde';

export type DatumFeiten = Partial<Record<FeitSleutel, IsoDate | null>>;

/** How each fact is named in a message: "… ligt vóór <label> (1 september 2026)". */
export const feitLabels: Readonly<Record<FeitSleutel, string>> = {
  aanvraagOntvangen: 'de ontvangst van de aanvraag',
  vragenformulierVerzonden: 'de verzending van het vragenformulier',
  vragenformulierOntvangen: 'de ontvangst van het vragenformulier',
  herstelVerzonden: 'de verzending van het herstelverzoek',
  verzoekVerzonden: 'de verzending van het verzoek',
  lbbGegevensVerzocht: 'het verzoek van het LBB om gegevens',
  uitgenodigd: 'de uitnodiging voor de zienswijze',
  openZienswijzetermijnEinde: 'het einde van de zienswijzetermijn',
};

/** What a date may not lie before: a fact of the dossier, or another date field of the same input. */
export type Ondergrens =
  | { readonly feit: FeitSleutel; readonly strikt?: boolean; readonly grondslag?: string }
  | { readonly veld: string; readonly label: string; readonly strikt?: boolean };

export interface DatumRegel {
  /** Dotted path of the date in the call's input. */
  readonly pad: string;
  /** Where the problem is reported when the service names the field otherwise (besluit.save: 'besluitOp'). */
  readonly meldPad?: string;
  /** The date, as the subject of a Dutch sentence: "De ontvangstdatum van het advies". */
  readonly wat: string;
  /**
   * 'verleden': something that happened, so never after today. 'toekomst': the law means a date still to come
   * (the end of a term, an expected date); 'vrij': either (a term the applicant agreed to, set before or after).
   */
  readonly tijd: 'verleden' | 'toekomst' | 'vrij';
  readonly nietVoor?: readonly Ondergrens[];
  /** A term the municipality sets ends on a working day (bibob-domain.md §5: never propose a non-working day). */
  readonly werkdag?: boolean;
  /** The earliest plausible date (a date of birth before 1900 is a typing mistake). */
  readonly vroegst?: IsoDate;
}

const EERSTE_GEBOORTEDATUM: IsoDate = '1900-01-01';

const geboortedatum = (pad: string): DatumRegel => ({ pad, wat: 'De geboortedatum', tijd: 'verleden', vroegst: EERSTE_GEBOORTEDATUM });

const verderBesluitDatums: readonly DatumRegel[] = [
  { pad: 'besluit.ontvangenOp', wat: 'De ontvangstdatum van de aanvraag', tijd: 'verleden' },
  { pad: 'besluit.verdaging.besluitOp', wat: 'Het verdagingsbesluit', tijd: 'verleden' },
  { pad: 'besluit.mededeling.verzondenOp', wat: 'De mededeling van art. 4:14 lid 3 Awb', tijd: 'verleden' },
  { pad: 'besluit.mededeling.tegemoetTeZienOp', wat: 'De datum waarop het besluit tegemoet kan worden gezien', tijd: 'vrij', nietVoor: [{ veld: 'besluit.mededeling.verzondenOp', label: 'de mededeling' }] },
];

/** The table: one entry per call that records a date. Calls not named here record no date of a fact. */
export const datumRegels: Readonly<Record<string, readonly DatumRegel[]>> = {
  'dossiers.create': [{ pad: 'ontvangenOp', wat: 'De ontvangstdatum van de aanvraag', tijd: 'verleden' }],
  'dossiers.update': [{ pad: 'details.ontvangenOp', wat: 'De ontvangstdatum van de aanvraag', tijd: 'verleden' }],
  'dossiers.addTermEvent': [
    // Ow 16.64 lid 2: the verdaging is a decision taken within the beslistermijn, so after the application arrived.
    { pad: 'gebeurtenis.besluitOp', wat: 'Het verdagingsbesluit', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }] },
    // Awb 4:15: a suspension starts on a day that has been; its end may be agreed in advance (lid 2 sub a).
    { pad: 'gebeurtenis.van', wat: 'Het begin van de opschorting', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }] },
    { pad: 'gebeurtenis.tot', wat: 'Het einde van de opschorting', tijd: 'vrij', nietVoor: [{ veld: 'gebeurtenis.van', label: 'het begin van de opschorting' }] },
    // Awb 4:14 lid 3: the notice is sent after the application came in and names a term still to come.
    { pad: 'gebeurtenis.verzondenOp', wat: 'De mededeling van art. 4:14 lid 3 Awb', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }] },
    { pad: 'gebeurtenis.tegemoetTeZienOp', wat: 'De datum waarop het besluit tegemoet kan worden gezien', tijd: 'vrij', nietVoor: [{ veld: 'gebeurtenis.verzondenOp', label: 'de mededeling' }] },
  ],
  // The applicant withdrew an application that had come in.
  'dossiers.changePhase': [{ pad: 'intrekking.op', wat: 'De intrekking van de aanvraag', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }] }],
  'betrokkenen.add': [geboortedatum('wie.nieuw.geboortedatum')],
  'vragenformulier.send': [{ pad: 'verzondenOp', wat: 'De verzenddatum van het vragenformulier', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }] }],
  'vragenformulier.recordReceived': [
    { pad: 'ontvangenOp', wat: 'De ontvangstdatum van het vragenformulier', tijd: 'verleden', nietVoor: [{ feit: 'vragenformulierVerzonden' }] },
  ],
  'vragenformulier.recordRefusal': [
    { pad: 'op', wat: 'De weigering om het vragenformulier in te vullen', tijd: 'verleden', nietVoor: [{ feit: 'vragenformulierVerzonden' }] },
  ],
  'herstel.register': [
    // Awb 4:5 lid 1: herstel of what the applicant handed in, so after the form (or the application) came in.
    { pad: 'verzondenOp', wat: 'Het herstelverzoek', tijd: 'verleden', nietVoor: [{ feit: 'aanvraagOntvangen' }, { feit: 'vragenformulierOntvangen' }] },
    { pad: 'termijnTot', wat: 'Het einde van de hersteltermijn', tijd: 'toekomst', werkdag: true, nietVoor: [{ veld: 'verzondenOp', label: 'de verzending van het herstelverzoek', strikt: true }] },
  ],
  'herstel.recordCompletion': [{ pad: 'aangevuldOp', wat: 'De aanvulling', tijd: 'verleden', nietVoor: [{ feit: 'herstelVerzonden' }] }],
  'verzoeken.send': [
    { pad: 'verzondenOp', wat: 'De verzenddatum van het verzoek', tijd: 'verleden' },
    { pad: 'uiterlijkOp', wat: 'De datum waarop het antwoord uiterlijk binnen moet zijn', tijd: 'toekomst', nietVoor: [{ veld: 'verzondenOp', label: 'de verzending van het verzoek', strikt: true }] },
  ],
  'verzoeken.extend': [{ pad: 'uiterlijkOp', wat: 'De nieuwe uiterste datum', tijd: 'toekomst', nietVoor: [{ feit: 'verzoekVerzonden', strikt: true }] }],
  'verzoeken.recordAnswer': [{ pad: 'ontvangenOp', wat: 'De ontvangstdatum van het antwoord', tijd: 'verleden', nietVoor: [{ feit: 'verzoekVerzonden' }] }],
  'verzoeken.lbbDataRequest': [{ pad: 'verzochtOp', wat: 'Het verzoek van het LBB om gegevens', tijd: 'verleden', nietVoor: [{ feit: 'verzoekVerzonden' }] }],
  'verzoeken.lbbDataReceived': [{ pad: 'ontvangenOp', wat: 'De ontvangst van de gevraagde gegevens', tijd: 'verleden', nietVoor: [{ feit: 'lbbGegevensVerzocht' }] }],
  // Art. 15 lid 3 Wet Bibob: the LBB gives notice of the extension; a notice is something that happened.
  'verzoeken.lbbExtension': [{ pad: 'gemeldOp', wat: 'De mededeling van het LBB over de verlenging', tijd: 'verleden', nietVoor: [{ feit: 'verzoekVerzonden' }] }],
  // Art. 32 Wet Bibob: the notice follows the request for advice.
  'verzoeken.lbbBetrokkeneInformed': [{ pad: 'op', wat: 'De mededeling aan de betrokkene (art. 32 Wet Bibob)', tijd: 'verleden', nietVoor: [{ feit: 'verzoekVerzonden' }] }],
  'beoordeling.recordMelding': [{ pad: 'gemeldOp', wat: 'De melding aan het LBB', tijd: 'verleden' }],
  'onderzoek.addNote': [{ pad: 'geraadpleegdOp', wat: 'De datum van raadpleging', tijd: 'verleden' }],
  // Issue 18 §2: a corrected date goes through the rule of the date it corrects.
  'verzoeken.correctAnswer': [{ pad: 'ontvangenOp', wat: 'De ontvangstdatum van het antwoord', tijd: 'verleden', nietVoor: [{ feit: 'verzoekVerzonden' }] }],
  'onderzoek.correctNote': [{ pad: 'geraadpleegdOp', wat: 'De datum van raadpleging', tijd: 'verleden' }],
  'beoordeling.correctBevinding': [{ pad: 'bevinding.datum', wat: 'De datum van de bevinding', tijd: 'verleden' }],
  'onderzoek.addAnderBestuursorgaan': [
    { pad: 'verstrektOp', wat: 'De datum van verstrekking', tijd: 'verleden' },
    { pad: 'verkregenOp', wat: 'De datum waarop de gegevens zijn verkregen', tijd: 'verleden' },
  ],
  'zienswijze.invite': [
    { pad: 'uitgenodigdOp', wat: 'De uitnodiging voor de zienswijze', tijd: 'verleden' },
    { pad: 'termijnTot', wat: 'Het einde van de zienswijzetermijn', tijd: 'toekomst', werkdag: true, nietVoor: [{ veld: 'uitgenodigdOp', label: 'de uitnodiging', strikt: true }] },
  ],
  'zienswijze.recordResponse': [{ pad: 'ontvangenOp', wat: 'De ontvangstdatum van de zienswijze', tijd: 'verleden', nietVoor: [{ feit: 'uitgenodigd' }] }],
  // Issue 19 item 12: a further decision's application came in on a day that has been; its verdaging and its 4:14 lid 3
  // notice were made known then too; the besluit on it lies not in the future (and, the service checks, not before its receipt).
  'besluiten.add': verderBesluitDatums,
  'besluiten.correct': verderBesluitDatums,
  'besluiten.recordOutcome': [{ pad: 'besluitOp', wat: 'De datum van het besluit', tijd: 'verleden' }],
  'besluit.save': [
    {
      pad: 'besluit.besluitOp',
      meldPad: 'besluitOp',
      wat: 'De datum van het besluit',
      tijd: 'verleden',
      nietVoor: [
        { feit: 'aanvraagOntvangen' },
        // Art. 33 Wet Bibob: the besluit waits for the zienswijzen, so it lies after the term unless all answered.
        { feit: 'openZienswijzetermijnEinde', strikt: true, grondslag: 'nog niet iedereen die is uitgenodigd een zienswijze heeft gegeven (art. 33 Wet Bibob)' },
      ],
    },
    // That bezwaar and beroep follow the besluit is the besluit service's own rule; here only: they have happened.
    { pad: 'besluit.bezwaar.ingediendOp', meldPad: 'bezwaar.ingediendOp', wat: 'De datum van het bezwaarschrift', tijd: 'verleden' },
    { pad: 'besluit.bezwaar.uitspraakOp', meldPad: 'bezwaar.uitspraakOp', wat: 'De beslissing op bezwaar', tijd: 'verleden' },
    { pad: 'besluit.beroep.ingediendOp', meldPad: 'beroep.ingediendOp', wat: 'De datum van het beroepschrift', tijd: 'verleden' },
    { pad: 'besluit.beroep.uitspraakOp', meldPad: 'beroep.uitspraakOp', wat: 'De uitspraak op het beroep', tijd: 'verleden' },
  ],
};

/** The facts the rules of a call compare with: only these need reading from the vault. */
export function feitenVoor(regels: readonly DatumRegel[]): FeitSleutel[] {
  const feiten = new Set<FeitSleutel>();
  for (const regel of regels) for (const grens of regel.nietVoor ?? []) if ('feit' in grens) feiten.add(grens.feit);
  return [...feiten];
}

/** The value at a dotted path of a plain input, or undefined. */
export function waardeOp(input: unknown, pad: string): unknown {
  let value: unknown = input;
  for (const key of pad.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Every date of `input` that cannot be true against today and the dossier's facts, each at its field with a Dutch
 * message that says what it conflicts with. Dates that are absent or null are not checked (the schema decides
 * whether they are required).
 */
export function datumProblemen(regels: readonly DatumRegel[], input: unknown, feiten: DatumFeiten, vandaag: IsoDate, holidays: HolidayData): Probleem[] {
  const problemen: Probleem[] = [];
  for (const regel of regels) {
    const datum = waardeOp(input, regel.pad);
    if (typeof datum !== 'string' || !isIsoDate(datum)) continue;
    const melding = eersteBezwaar(regel, datum, input, feiten, vandaag, holidays);
    if (melding) problemen.push({ pad: regel.meldPad ?? regel.pad, melding });
  }
  return problemen;
}

function eersteBezwaar(regel: DatumRegel, datum: IsoDate, input: unknown, feiten: DatumFeiten, vandaag: IsoDate, holidays: HolidayData): string | null {
  if (regel.tijd === 'verleden' && compareDates(datum, vandaag) > 0) {
    return `${regel.wat} ligt na vandaag (${formatDutchDate(vandaag)}). Vul de datum in waarop het is gebeurd.`;
  }
  if (regel.vroegst && compareDates(datum, regel.vroegst) < 0) {
    return `${regel.wat} ligt vóór ${formatDutchDate(regel.vroegst)}. Controleer het jaartal.`;
  }
  for (const grens of regel.nietVoor ?? []) {
    const melding = 'feit' in grens ? feitBezwaar(regel, datum, grens, feiten) : veldBezwaar(regel, datum, grens, input);
    if (melding) return melding;
  }
  if (regel.werkdag) {
    const reden = nonWorkingDayReason(datum, holidays);
    if (reden) {
      return `${regel.wat} valt op ${formatDutchDate(datum)}, ${reden}. Kies een werkdag, zodat niemand hoeft te twijfelen wanneer de termijn afloopt.`;
    }
  }
  return null;
}

function voor(datum: IsoDate, grens: IsoDate, strikt: boolean | undefined): boolean {
  const verschil = compareDates(datum, grens);
  return strikt ? verschil <= 0 : verschil < 0;
}

function feitBezwaar(regel: DatumRegel, datum: IsoDate, grens: Extract<Ondergrens, { feit: FeitSleutel }>, feiten: DatumFeiten): string | null {
  const feit = feiten[grens.feit];
  if (!feit || !voor(datum, feit, grens.strikt)) return null;
  const waar = grens.strikt && compareDates(datum, feit) === 0 ? 'valt op' : 'ligt vóór';
  const waarom = grens.grondslag ? `, terwijl ${grens.grondslag}` : '';
  return `${regel.wat} ${waar} ${feitLabels[grens.feit]} (${formatDutchDate(feit)})${waarom}.`;
}

function veldBezwaar(regel: DatumRegel, datum: IsoDate, grens: Extract<Ondergrens, { veld: string }>, input: unknown): string | null {
  const ander = waardeOp(input, grens.veld);
  if (typeof ander !== 'string' || !isIsoDate(ander) || !voor(datum, ander, grens.strikt)) return null;
  const waar = grens.strikt && compareDates(datum, ander) === 0 ? 'valt op' : 'ligt vóór';
  return `${regel.wat} ${waar} ${grens.label} (${formatDutchDate(ander)}).`;
}
