/**
 * "Volgende stap": what the law requires next in a dossier, by when and on which article (issue 23 §1). Pure: it
 * reads what the dossier already knows (the phase, the workflow facts, the deadline engine's result, the herstel
 * toets, the questionnaire, the requests and the zienswijze parties) and computes no term of its own: every date
 * comes from the deadline engine, the herstel rules or a record. The articles are those of the rules it uses
 * (../shared/bibob-domain.md §4–§5).
 */
import type { BriefSoortId } from '../brieven/soorten';
import type { BuitenBehandelingToets, Herstelverzoek } from '../herstel';
import { addDays, compareDates, formatDutchDate, type IsoDate } from '../termijnen/calendar';
import { decisionOutcomes, meldingLbbRequired, outcomeLabel, zienswijzeRequired, type WorkflowFacts } from './facts';
import { isClosed, phases, type Phase } from './phases';

/** The dossier section that does the step; its heading on the dossier page is `dossier-${sectie}`. */
export type VolgendeStapSectie =
  | 'gegevens'
  | 'betrokkenen'
  | 'vragenformulier'
  | 'herstel'
  | 'eigen-onderzoek'
  | 'informatieverzoeken'
  | 'beoordeling'
  | 'zienswijze-besluit'
  | 'beslistermijn';

export interface VolgendeStap {
  /** What to do, in Dutch, as one sentence to the coordinator. */
  wat: string;
  /** The last day the law (through the engine or a recorded term) allows for it. */
  uiterlijk?: IsoDate;
  artikel: string;
  sectie: VolgendeStapSectie;
  /** The letter to make for it, when there is one. */
  brief?: BriefSoortId;
}

export interface ZienswijzePartijStand {
  naam: string;
  rol: 'betrokkene' | 'derde';
  termijnTot: IsoDate;
  ontvangen: boolean;
}

export interface VolgendeStapInput {
  phase: Phase;
  facts: WorkflowFacts;
  today: IsoDate;
  besluitsoortGekozen: boolean;
  ontvangenOp: IsoDate | null;
  /** A revocation investigation: there is no aanvraag (no herstel, no buiten behandeling). */
  ambtshalve: boolean;
  aanvragerNaam: string;
  /** Betrokkenen other than the aanvrager. */
  andereBetrokkenen: number;
  /** The deadline engine's result (src/domain/termijnen), null when kind or date of receipt is unknown. */
  termijn: { kind: 'wettelijk' | 'redelijk' | 'geen'; deadline: IsoDate | null; legalBasis: string; mededelingUiterlijk: IsoDate | null } | null;
  /** The notice of Awb 4:14 lid 3, when recorded. */
  mededelingRedelijkeTermijn: { sentOn: IsoDate; expectedBy: IsoDate } | null;
  vragenformulier: { verzondenOp: IsoDate | null; ontvangenOp: IsoDate | null; compleet: boolean; ontbreekt: number };
  herstelverzoeken: readonly Herstelverzoek[];
  /** buitenBehandelingToets (src/domain/herstel.ts) for today. */
  buitenBehandeling: BuitenBehandelingToets;
  /** Requests sent (not concept, not withdrawn). */
  verzoeken: readonly { geadresseerde: string; status: string; verzondenOp: IsoDate | null; uiterlijkOp: IsoDate | null; betrokkeneGeinformeerd: boolean }[];
  zienswijzePartijen: readonly ZienswijzePartijStand[];
  /** The day the besluit was taken, when recorded (zienswijze en besluit): then nothing before it is due any more. */
  besluitOp: IsoDate | null;
  /**
   * The further decisions of the dossier (issue 19 item 12), each with its own term from the engine and its own 4:14
   * lid 3 notice; `genomen` once its outcome or besluitdatum is recorded. Absent or empty: one decision only.
   */
  verdereBesluiten?: readonly VerderBesluitStand[];
  /** The name of the dossier's own decision, used when it holds further decisions. */
  besluitNaam?: string | null;
}

export interface VerderBesluitStand {
  naam: string;
  termijn: VolgendeStapInput['termijn'];
  mededelingRedelijkeTermijn: { sentOn: IsoDate; expectedBy: IsoDate } | null;
  genomen: boolean;
  /**
   * Its intended outcome needs the art. 33 step (lid 1, or lid 2 for vastgoed) and no besluitdatum is recorded yet:
   * the outcome as a word, the article, and whether its own round is done. Absent: no such step.
   */
  zienswijze?: { uitkomst: string; artikel: string; afgerond: boolean } | null;
}

/** The besluit is taken: the phase says so, or its date is recorded. */
const beslist = (input: VolgendeStapInput): boolean => atOrAfter(input.phase, 'besluit') || input.besluitOp !== null;

/** A step whose date lies within this many days (or has passed) goes before the others; the engine's default reminder. */
const DRINGEND_DAGEN = 14;

const order = (phase: Phase): number => phases.indexOf(phase);
const atOrAfter = (phase: Phase, from: Phase): boolean => order(phase) >= order(from);
const before = (phase: Phase, to: Phase): boolean => order(phase) < order(to);

function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}`;
}

/** Intake: the data the beslistermijn and the investigation start from. */
function intakeSteps(input: VolgendeStapInput): VolgendeStap[] {
  const steps: VolgendeStap[] = [];
  const vastgoed = input.facts.toepassingsgebied === 'vastgoed';
  if (!input.besluitsoortGekozen) {
    steps.push({ wat: 'Kies de soort besluit: die bepaalt de beslistermijn en de bevoegdheid.', artikel: 'art. 4:13 lid 1 Awb', sectie: 'gegevens' });
  }
  if (!vastgoed && input.ontvangenOp === null) {
    steps.push({ wat: 'Leg de datum van ontvangst van de aanvraag vast: de beslistermijn loopt vanaf die dag.', artikel: 'art. 4:13 Awb', sectie: 'gegevens' });
  }
  if (input.andereBetrokkenen === 0 && before(input.phase, 'beoordeling')) {
    steps.push({
      wat: 'Leg de betrokkenen vast: bestuurders, vennoten, aandeelhouders, financiers en de verhuurder, met hun relatie tot de aanvrager.',
      artikel: 'art. 3 lid 4 Wet Bibob',
      sectie: 'betrokkenen',
    });
  }
  return steps;
}

/** Vragenformulier, completeness and herstel (Awb 4:5, 4:15 lid 1 sub a). */
function formulierSteps(input: VolgendeStapInput): VolgendeStap[] {
  const { vragenformulier: formulier, today } = input;
  if (!before(input.phase, 'beoordeling')) return [];
  if (formulier.verzondenOp === null) {
    return [
      {
        wat: `Stuur het Bibob-vragenformulier aan ${input.aanvragerNaam}, met de termijn om het ingevuld terug te sturen.`,
        artikel: 'art. 7a lid 2 Wet Bibob',
        sectie: 'vragenformulier',
        brief: 'toezending-vragenformulier',
      },
    ];
  }
  if (formulier.ontvangenOp === null) {
    return [{ wat: `Leg de ontvangst van het ingevulde vragenformulier vast (verstuurd op ${formatDutchDate(formulier.verzondenOp)}).`, artikel: 'art. 7a lid 2 Wet Bibob', sectie: 'vragenformulier' }];
  }
  const steps: VolgendeStap[] = [];
  const lopend = input.herstelverzoeken.find((verzoek) => verzoek.aangevuldOp === null && compareDates(verzoek.termijnTot, today) >= 0);
  if (input.buitenBehandeling.mag && input.facts.toepassingsgebied !== 'vastgoed') {
    const grond = input.buitenBehandeling.reden === 'onvolledig-aangevuld' ? 'de aanvulling is onvolledig' : 'de hersteltermijn is ongebruikt verstreken';
    steps.push({
      wat: `Besluit of u de aanvraag buiten behandeling stelt (${grond}) en maak dat bekend, of ga verder met het onderzoek.`,
      uiterlijk: input.buitenBehandeling.bekendmakenUiterlijk.date,
      artikel: 'art. 4:5 lid 4 Awb',
      sectie: 'herstel',
      brief: 'besluit',
    });
  } else if (lopend) {
    steps.push({
      wat: `Wacht de aanvulling af: de hersteltermijn loopt tot en met ${formatDutchDate(lopend.termijnTot)}. Leg de aanvulling vast zodra die binnen is.`,
      uiterlijk: lopend.termijnTot,
      artikel: 'art. 4:5 lid 1 Awb',
      sectie: 'herstel',
    });
  } else if (!formulier.compleet && input.herstelverzoeken.length === 0 && !input.ambtshalve && input.facts.toepassingsgebied !== 'vastgoed') {
    // Awb 4:5 lid 1: one chance to complete, within a term; after a completion recorded as volledig the investigation goes on.
    const wat = formulier.ontbreekt === 1 ? '1 onderdeel ontbreekt of is onvolledig' : `${formulier.ontbreekt} onderdelen ontbreken of zijn onvolledig`;
    steps.push({
      wat: `Stuur een herstelverzoek met een termijn: ${wat}. Zonder termijn wordt de beslistermijn niet opgeschort.`,
      artikel: 'art. 4:5 lid 1 Awb',
      sectie: 'herstel',
      brief: 'herstelverzoek',
    });
  }
  return steps;
}

/** Eigen onderzoek (art. 7a, 7b) and the requests to partners and the LBB (art. 9, art. 15). */
function onderzoekSteps(input: VolgendeStapInput, formulierKlaar: boolean): VolgendeStap[] {
  const { phase } = input;
  if (!formulierKlaar || !before(phase, 'beoordeling')) return [];
  const steps: VolgendeStap[] = [];
  if (before(phase, 'informatieverzoeken')) {
    steps.push({
      wat: 'Doe het eigen onderzoek: open bronnen (KvK, Kadaster, Insolventieregister), de herkomst van elke geïnvesteerde euro en het Bibob-register; leg de bevindingen per betrokkene vast.',
      artikel: 'art. 7a en 7b Wet Bibob',
      sectie: 'eigen-onderzoek',
    });
  }
  const verzonden = input.verzoeken.filter((verzoek) => verzoek.verzondenOp !== null && verzoek.status !== 'ingetrokken');
  if (verzonden.length === 0) {
    steps.push({
      wat: 'Vraag zo nodig gegevens op bij het RIEC en vraag, waar de wet die bevoegdheid geeft, het Landelijk Bureau Bibob om advies, met de bevindingen van het eigen onderzoek.',
      artikel: 'art. 9 en art. 7a lid 4 Wet Bibob',
      sectie: 'informatieverzoeken',
      brief: 'adviesaanvraag-lbb',
    });
  }
  const lbbOpen = verzonden.find((verzoek) => verzoek.geadresseerde === 'lbb' && (verzoek.status === 'verzonden' || verzoek.status === 'verlengd'));
  if (lbbOpen) {
    steps.push({
      wat: 'Wacht het advies van het Landelijk Bureau Bibob af en leg het vast zodra het binnen is.',
      ...(lbbOpen.uiterlijkOp ? { uiterlijk: lbbOpen.uiterlijkOp } : {}),
      artikel: 'art. 15 Wet Bibob',
      sectie: 'informatieverzoeken',
    });
  }
  return steps;
}

/** Beoordeling, advies, zienswijze (art. 33) and besluit. */
function besluitSteps(input: VolgendeStapInput): VolgendeStap[] {
  const { phase, facts, today } = input;
  const steps: VolgendeStap[] = [];
  if (!beslist(input)) {
    // Art. 3 lid 1–5 Wet Bibob: the assessment follows the eigen onderzoek and the answers to the requests.
    if (facts.dangerConclusion === null && atOrAfter(phase, 'informatieverzoeken') && facts.openInformationRequests === 0) {
      steps.push({
        wat: 'Leg de beoordeling vast: per betrokkene de relatie, de mate van gevaar per grond, de evenredigheid en de voorgestelde maatregel.',
        artikel: 'art. 3 Wet Bibob',
        sectie: 'beoordeling',
      });
    }
    if (phase === 'advies') {
      steps.push({ wat: 'Stel het interne Bibob-advies aan het bestuursorgaan op.', artikel: 'art. 3 Wet Bibob', sectie: 'beoordeling', brief: 'intern-advies' });
    }
  }
  const zienswijze = zienswijzeRequired(facts);
  const besluitVoorbereid = atOrAfter(phase, 'beoordeling') && facts.outcome !== null;
  if (besluitVoorbereid && zienswijze.required && !facts.zienswijzeStepDone && !beslist(input)) {
    const uitgenodigd = input.zienswijzePartijen;
    const open = uitgenodigd.filter((partij) => !partij.ontvangen && compareDates(partij.termijnTot, today) >= 0);
    if (uitgenodigd.length === 0) {
      steps.push({
        wat: `Nodig ${input.aanvragerNaam} en elke derde die in het voornemen (${outcomeLabel(facts.outcome!, facts.toepassingsgebied)}) wordt genoemd uit voor een zienswijze, met een afschrift van het advies en de wijzing op de geheimhoudingsplicht.`,
        artikel: zienswijze.legalBasis!,
        sectie: 'zienswijze-besluit',
        brief: 'voornemen-zienswijze',
      });
    } else if (open.length > 0) {
      const laatste = open.map((partij) => partij.termijnTot).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
      steps.push({
        wat: `Wacht de zienswijze af van ${names(open.map((partij) => partij.naam))} en leg vast wat er is gezegd.`,
        uiterlijk: laatste,
        artikel: zienswijze.legalBasis!,
        sectie: 'zienswijze-besluit',
      });
    } else {
      steps.push({
        wat: 'Leg voor elke uitgenodigde partij vast of er een zienswijze kwam, zodat de stap van art. 33 is afgerond.',
        artikel: zienswijze.legalBasis!,
        sectie: 'zienswijze-besluit',
      });
    }
  }
  const beslisbaar = facts.outcome !== null && decisionOutcomes[facts.toepassingsgebied].includes(facts.outcome);
  const zienswijzeKlaar = !zienswijze.required || facts.zienswijzeStepDone;
  if (!beslist(input) && beslisbaar && zienswijzeKlaar && atOrAfter(phase, 'beoordeling') && facts.dangerConclusion !== null) {
    const brief: BriefSoortId =
      facts.outcome === 'niet-contracteren' ? 'vastgoed-niet-contracteren' : facts.outcome === 'contract-ontbinden' ? 'vastgoed-ontbinding' : 'besluit';
    steps.push({
      wat: `Neem het besluit (${outcomeLabel(facts.outcome!, facts.toepassingsgebied)}), gemotiveerd en met de bezwaarclausule, en maak het bekend.`,
      ...besluitDatum(input.termijn, input.mededelingRedelijkeTermijn),
      artikel: 'art. 3:46 en 3:45 Awb',
      sectie: 'zienswijze-besluit',
      brief,
    });
  }
  const melding = meldingLbbRequired(facts);
  if (beslist(input) && melding.required && !facts.meldingLbbRecorded) {
    steps.push({
      wat: 'Meld de conclusie direct aan het Landelijk Bureau Bibob; zonder die melding kan het dossier niet worden afgesloten.',
      artikel: melding.legalBasis!,
      sectie: 'beoordeling',
      brief: 'melding-lbb',
    });
  }
  return steps;
}

/** The date by which a decision is due: the engine's deadline, or the term named in a timely 4:14 lid 3 notice. */
function besluitDatum(termijn: VolgendeStapInput['termijn'], notice: VolgendeStapInput['mededelingRedelijkeTermijn']): { uiterlijk?: IsoDate } {
  if (!termijn || termijn.deadline === null) return {};
  if (termijn.kind === 'redelijk' && notice && termijn.mededelingUiterlijk && compareDates(notice.sentOn, termijn.mededelingUiterlijk) <= 0) {
    return { uiterlijk: notice.expectedBy };
  }
  return { uiterlijk: termijn.deadline };
}

/**
 * The 4:14 lid 3 notice and the beslisdatum of one decision. With several decisions in the dossier each is named
 * ("over de Alcoholwetvergunning"), since each has its own term (issue 19 item 12).
 */
function beslisStappen(
  termijn: VolgendeStapInput['termijn'],
  notice: VolgendeStapInput['mededelingRedelijkeTermijn'],
  genomen: boolean,
  today: IsoDate,
  naam: string | null,
): { mededeling: VolgendeStap[]; beslisdatum: VolgendeStap[] } {
  const mededeling: VolgendeStap[] = [];
  const beslisdatum: VolgendeStap[] = [];
  const over = naam ? ` over de ${naam.charAt(0).toLowerCase()}${naam.slice(1)}` : '';
  if (termijn?.kind === 'redelijk' && termijn.mededelingUiterlijk && !notice && !genomen && compareDates(today, termijn.mededelingUiterlijk) <= 0) {
    mededeling.push({
      wat: `Vóór of op ${formatDutchDate(termijn.mededelingUiterlijk)}: mededeling art. 4:14 lid 3 Awb als het besluit${over} niet binnen acht weken komt, met een nieuwe redelijke termijn; anders is de redelijke termijn verstreken.`,
      uiterlijk: termijn.mededelingUiterlijk,
      artikel: 'art. 4:14 lid 3 Awb',
      sectie: 'beslistermijn',
      brief: 'termijn-niet-haalbaar',
    });
  }
  const datum = besluitDatum(termijn, notice).uiterlijk;
  if (datum && !genomen && termijn) {
    const waarom =
      termijn.kind !== 'redelijk'
        ? 'dan eindigt de beslistermijn'
        : datum === termijn.deadline
          ? 'daarna is de redelijke termijn in ieder geval verstreken, tenzij de mededeling van art. 4:14 lid 3 Awb op tijd is gedaan'
          : 'de termijn die de mededeling van art. 4:14 lid 3 Awb noemt';
    beslisdatum.push({
      wat: `Beslis uiterlijk ${formatDutchDate(datum)}${over}: ${waarom}.`,
      uiterlijk: datum,
      artikel: termijn.kind === 'redelijk' ? 'art. 4:13 lid 2 en 4:14 lid 3 Awb' : termijn.legalBasis,
      sectie: 'beslistermijn',
    });
  }
  return { mededeling, beslisdatum };
}

/** Steps that any open phase may need: the art. 32 notice and, per decision, the 4:14 lid 3 notice and the beslisdatum. */
function termijnSteps(input: VolgendeStapInput): { meldingen: VolgendeStap[]; mededeling: VolgendeStap[]; beslisdatum: VolgendeStap[]; verdere: VolgendeStap[] } {
  const meldingen: VolgendeStap[] = [];
  const zonderMededeling = input.verzoeken.find((verzoek) => verzoek.geadresseerde === 'lbb' && verzoek.verzondenOp !== null && verzoek.status !== 'ingetrokken' && !verzoek.betrokkeneGeinformeerd);
  if (zonderMededeling?.verzondenOp) {
    meldingen.push({
      wat: `Stuur de mededeling van art. 32 Wet Bibob: het LBB is op ${formatDutchDate(zonderMededeling.verzondenOp)} om advies gevraagd. Leg daarna vast dat de betrokkene is geïnformeerd.`,
      artikel: 'art. 32 Wet Bibob',
      sectie: 'informatieverzoeken',
      brief: 'mededeling-adviesaanvraag',
    });
  }
  const verdereBesluiten = input.verdereBesluiten ?? [];
  const naam = verdereBesluiten.length > 0 ? (input.besluitNaam ?? null) : null;
  const eerste = beslisStappen(input.termijn, input.mededelingRedelijkeTermijn, beslist(input), input.today, naam);
  const verdere = verdereBesluiten.flatMap((besluit) => {
    const stappen = beslisStappen(besluit.termijn, besluit.mededelingRedelijkeTermijn, besluit.genomen, input.today, besluit.naam);
    return [...zienswijzeVoorVerderBesluit(besluit), ...stappen.mededeling, ...stappen.beslisdatum];
  });
  return { meldingen, mededeling: eerste.mededeling, beslisdatum: eerste.beslisdatum, verdere };
}

/**
 * A further decision whose intended outcome needs the art. 33 step waits for its own round: the invitation is made
 * while that outcome stands (art. 33 lid 1 Wet Bibob: the opportunity on "de voorgenomen beschikking"), then the
 * besluitdatum is recorded.
 */
function zienswijzeVoorVerderBesluit(besluit: VerderBesluitStand): VolgendeStap[] {
  const stap = besluit.zienswijze;
  if (!stap) return [];
  const naam = besluit.naam.toLowerCase();
  return stap.afgerond
    ? [{ wat: `Neem het besluit over de ${naam} (${stap.uitkomst}): de gelegenheid tot zienswijze is gegeven. Leg de besluitdatum vast.`, artikel: stap.artikel, sectie: 'zienswijze-besluit', brief: 'besluit' }]
    : [
        {
          wat: `Nodig de betrokkene uit voor een zienswijze op het voornemen over de ${naam} (${stap.uitkomst}) en noem dat voornemen in de brief; pas daarna kan dit besluit worden genomen.`,
          artikel: stap.artikel,
          sectie: 'zienswijze-besluit',
          brief: 'voornemen-zienswijze',
        },
      ];
}

/**
 * The next steps in the dossier, most urgent first: steps whose date has passed or lies within two weeks, by date;
 * then the art. 32 notice (due at once), the steps of the current phase in the order of the procedure, and last the
 * terms: the 4:14 lid 3 notice and the beslisdatum. A closed dossier has none.
 */
export function volgendeStappen(input: VolgendeStapInput): VolgendeStap[] {
  if (isClosed(input.phase)) return [];
  const formulierKlaar =
    input.vragenformulier.ontvangenOp !== null &&
    (input.vragenformulier.compleet || input.ambtshalve || input.facts.toepassingsgebied === 'vastgoed' || input.herstelverzoeken.some((verzoek) => verzoek.aangevuldOp !== null || compareDates(verzoek.termijnTot, input.today) < 0)) &&
    !input.buitenBehandeling.mag;
  const { meldingen, mededeling, beslisdatum, verdere } = termijnSteps(input);
  const proces = [...intakeSteps(input), ...formulierSteps(input), ...onderzoekSteps(input, formulierKlaar), ...besluitSteps(input)];
  // The besluit step itself carries the beslisdatum: then the separate reminder of it would say the same twice.
  const besluitGedateerd = proces.some((stap) => stap.brief !== undefined && stap.sectie === 'zienswijze-besluit' && stap.uiterlijk !== undefined && stap.wat.startsWith('Neem het besluit'));
  const alle = [...meldingen, ...proces, ...mededeling, ...(besluitGedateerd ? [] : beslisdatum), ...verdere];
  const grens = addDays(input.today, DRINGEND_DAGEN);
  const dringend = alle.filter((stap) => stap.uiterlijk !== undefined && compareDates(stap.uiterlijk, grens) <= 0);
  dringend.sort((a, b) => compareDates(a.uiterlijk!, b.uiterlijk!));
  return [...dringend, ...alle.filter((stap) => !dringend.includes(stap))];
}
