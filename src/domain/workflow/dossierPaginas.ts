/**
 * The dossier as a workspace (issue 23 §1): its pages in the order of the procedure, which page the current fase
 * belongs to, which procedure pages the dossier has passed and since when, and which page a "Volgende stap" leads
 * to. Pure: it reads the fase and the recorded phase moves of the timeline (../shared/bibob-domain.md §4).
 */
import { findDutchDate } from '../termijnen/calendar';
import { isClosed, phaseLabels, phases, type Phase } from './phases';
import type { VolgendeStapSectie } from './volgendeStap';

export const dossierPaginaIds = ['intake', 'vragenformulier', 'onderzoek', 'verzoeken', 'beoordeling', 'besluit', 'brieven', 'bijlagen', 'tijdlijn'] as const;
export type DossierPaginaId = (typeof dossierPaginaIds)[number];

export function isDossierPaginaId(value: string): value is DossierPaginaId {
  return (dossierPaginaIds as readonly string[]).includes(value);
}

/** The pages that follow the procedure; the letters, the attachments and the timeline serve every phase. */
type ProcedurePaginaId = Exclude<DossierPaginaId, 'brieven' | 'bijlagen' | 'tijdlijn'>;

/** The working phases each procedure page holds, in the order of `phases`. */
const paginaFasen: Readonly<Record<ProcedurePaginaId, readonly Phase[]>> = {
  intake: ['intake'],
  vragenformulier: ['vragenformulier-uitgezet', 'volledigheid'],
  onderzoek: ['eigen-onderzoek'],
  verzoeken: ['informatieverzoeken'],
  beoordeling: ['beoordeling', 'advies'],
  besluit: ['voornemen-zienswijze', 'besluit'],
};

const paginaLabels: Readonly<Record<DossierPaginaId, string>> = {
  intake: 'Intake en betrokkenen',
  vragenformulier: 'Vragenformulier en herstel',
  onderzoek: 'Eigen onderzoek',
  verzoeken: 'Informatieverzoeken',
  beoordeling: 'Beoordeling',
  besluit: 'Zienswijze en besluit',
  brieven: 'Brieven',
  bijlagen: 'Bijlagen',
  tijdlijn: 'Tijdlijn en audit',
};

/**
 * The page of each phase. The melding to the LBB (art. 7a lid 7 Wet Bibob) is recorded with the beoordeling, so a
 * dossier in that phase works on the Beoordeling page. A closed dossier opens where its outcome was recorded: the
 * herstel that ended in buiten behandeling (Awb 4:5 lid 1), else the besluit and the fase (afronden, intrekking).
 */
const faseNaarPagina: Readonly<Record<Phase, DossierPaginaId>> = {
  intake: 'intake',
  'vragenformulier-uitgezet': 'vragenformulier',
  volledigheid: 'vragenformulier',
  'eigen-onderzoek': 'onderzoek',
  informatieverzoeken: 'verzoeken',
  beoordeling: 'beoordeling',
  advies: 'beoordeling',
  'voornemen-zienswijze': 'besluit',
  besluit: 'besluit',
  'melding-lbb': 'beoordeling',
  afgerond: 'besluit',
  'buiten-behandeling': 'vragenformulier',
  ingetrokken: 'besluit',
};

export function paginaVanFase(phase: Phase): DossierPaginaId {
  return faseNaarPagina[phase];
}

/** The page each "Volgende stap" leads to (its `sectie`, see ./volgendeStap.ts). */
const sectieNaarPagina: Readonly<Record<VolgendeStapSectie, DossierPaginaId>> = {
  gegevens: 'intake',
  betrokkenen: 'intake',
  vragenformulier: 'vragenformulier',
  herstel: 'vragenformulier',
  'eigen-onderzoek': 'onderzoek',
  informatieverzoeken: 'verzoeken',
  beoordeling: 'beoordeling',
  'zienswijze-besluit': 'besluit',
  beslistermijn: 'besluit',
};

export function paginaVanSectie(sectie: VolgendeStapSectie): DossierPaginaId {
  return sectieNaarPagina[sectie];
}

/** A phase move as the timeline records it (`fase.vooruit`, `fase.terug`, `fase.afsluiting`, `fase.heropend`). */
export interface TijdlijnRegel {
  readonly at: string;
  readonly soort: string;
  readonly omschrijving: string;
}

export interface FaseOvergang {
  /** The day of the move (yyyy-mm-dd). */
  readonly op: string;
  readonly naar: Phase;
}

const labelNaarFase: ReadonlyMap<string, Phase> = new Map(phases.map((phase) => [phaseLabels[phase], phase]));

/**
 * Where each recorded phase move went, read from the text the workflow writes for it (./index.ts timelineText and
 * ./steps.ts): "… naar fase 'X'", "Dossier afgesloten: 'X' …", "… verder in fase 'X'".
 */
export function faseOvergangen(tijdlijn: readonly TijdlijnRegel[]): FaseOvergang[] {
  const overgangen: FaseOvergang[] = [];
  for (const regel of tijdlijn) {
    if (!regel.soort.startsWith('fase.')) continue;
    const match = /(?:naar fase|verder in fase|Dossier afgesloten:) '([^']+)'/.exec(regel.omschrijving);
    const naar = match ? labelNaarFase.get(match[1]!) : undefined;
    // A move a recorded step brought names the step's own date ("(op 17 november 2026, bij …)"): the day the phase
    // was passed, which may lie before the day it was recorded.
    const stapDatum = /\(op ([^,)]+)/.exec(regel.omschrijving);
    const op = (stapDatum ? findDutchDate(stapDatum[1]!) : null) ?? regel.at.slice(0, 10);
    if (naar) overgangen.push({ op, naar });
  }
  return overgangen;
}

export interface DossierPagina {
  readonly id: DossierPaginaId;
  readonly label: string;
  /** The page of the dossier's current fase. */
  readonly huidigeFase: boolean;
  /** A procedure page the dossier has passed (not the current one). */
  readonly afgerond: boolean;
  /** The day the dossier last moved past the page, when the timeline records it. */
  readonly afgerondOp: string | null;
}

export interface DossierPaginasInput {
  readonly fase: Phase;
  /**
   * A revocation investigation (an ambtshalve besluitsoort): there is no aanvraag, so no herstel of an aanvraag
   * (art. 4:5 lid 1 Awb) and the page of the vragenformulier holds the vragenformulier alone.
   */
  readonly ambtshalve: boolean;
  readonly tijdlijn: readonly TijdlijnRegel[];
}

const volgorde = (phase: Phase): number => phases.indexOf(phase);
const laatsteFase = (pagina: ProcedurePaginaId): number => Math.max(...paginaFasen[pagina].map(volgorde));
const isProcedurePagina = (id: DossierPaginaId): id is ProcedurePaginaId => id in paginaFasen;

/**
 * Per procedure page the day the dossier last moved past it: a move to a later working phase (or to afgerond) sets
 * it, a move back to or before the page clears it. Buiten behandeling and ingetrokken end the dossier where it stood.
 */
function afgerondSinds(overgangen: readonly FaseOvergang[]): Map<ProcedurePaginaId, string> {
  const sinds = new Map<ProcedurePaginaId, string>();
  for (const overgang of overgangen) {
    if (isClosed(overgang.naar) && overgang.naar !== 'afgerond') continue;
    for (const pagina of Object.keys(paginaFasen) as ProcedurePaginaId[]) {
      if (volgorde(overgang.naar) > laatsteFase(pagina)) {
        if (!sinds.has(pagina)) sinds.set(pagina, overgang.op);
      } else {
        sinds.delete(pagina);
      }
    }
  }
  return sinds;
}

/** The pages of the dossier in the order of the procedure, with the page of its fase and the pages it has passed. */
export function dossierPaginas(input: DossierPaginasInput): DossierPagina[] {
  const huidige = paginaVanFase(input.fase);
  const sinds = afgerondSinds(faseOvergangen(input.tijdlijn));
  // Without a recorded move (an older dossier), the fase itself says which pages lie behind it.
  const bereikt = isClosed(input.fase) ? -1 : volgorde(input.fase);
  return dossierPaginaIds.map((id) => {
    const label = id === 'vragenformulier' && input.ambtshalve ? 'Vragenformulier' : paginaLabels[id];
    if (!isProcedurePagina(id) || id === huidige) return { id, label, huidigeFase: id === huidige, afgerond: false, afgerondOp: null };
    const op = sinds.get(id) ?? null;
    const afgerond = op !== null || laatsteFase(id) < bereikt;
    return { id, label, huidigeFase: false, afgerond, afgerondOp: afgerond ? op : null };
  });
}
