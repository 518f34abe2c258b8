import { BibobError } from '../../src/contract/errors';
import type { Dossier, TermijnGebeurtenisInput } from '../../src/contract/schemas';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import {
  DEFAULT_DECREED_DAYS,
  decisionDeadline,
  type DeadlineInput,
  type DeadlineResult,
  type RedelijkeTermijnMededeling,
  type SuspensionEvent,
  type TermExtension,
  type TermSpec,
  verdagingRefusal,
} from '../../src/domain/termijnen';
import type { VaultDatabase } from '../vault/database';
import { readSetting } from '../vault/repositories/settings';
import { termijnGebeurtenissen } from '../vault/repositories/termijnGebeurtenissen';
import { herstelverzoekenOfDossier } from '../vault/repositories/herstelverzoeken';
import { herstelSuspension } from '../../src/domain/herstel';
import { lbbSuspension } from '../../src/domain/informatieverzoeken';
import { informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { updateDossierDeadline } from '../vault/repositories/dossiers';

/** The municipality's term settings: decreed Atw days (data, editable) and its APV's term. */
export interface TermSettings {
  readonly decreedDays: readonly string[];
  readonly apvWeeks: number;
  readonly apvExtensionWeeks: number;
  /** Whether the APV declares the Algemene termijnenwet applicable (default: it does not). */
  readonly apvAtw: boolean;
  /** Whether the LBB suspension (art. 31 Wet Bibob, "de wettelijke termijn") also counts for a redelijke termijn:
   *  unsettled (../shared/bibob-domain.md §5); the engine's default, with its warning, is yes. */
  readonly art31SuspendsRedelijkeTermijn: boolean;
}

export const TERM_SETTINGS_KEY = 'termijnen';

export const defaultTermSettings: TermSettings = { decreedDays: DEFAULT_DECREED_DAYS, apvWeeks: 8, apvExtensionWeeks: 8, apvAtw: false, art31SuspendsRedelijkeTermijn: true };

export function readTermSettings(db: VaultDatabase): TermSettings {
  const stored = readSetting(db, TERM_SETTINGS_KEY);
  return stored ? { ...defaultTermSettings, ...(JSON.parse(stored) as Partial<TermSettings>) } : defaultTermSettings;
}

/** The TermSpec of a besluitsoort's rule, the APV term from the settings; null for an unknown kind. */
export function termSpecFor(besluitsoortId: string, settings: TermSettings): TermSpec | null {
  const soort = besluitsoort(besluitsoortId);
  if (!soort) return null;
  const rule = soort.beslistermijn;
  const isApv = rule.kind === 'wettelijk' && rule.legalBasis.includes('APV');
  return {
    kind: rule.kind,
    weeks: isApv ? settings.apvWeeks : rule.weeks,
    ...(rule.months !== undefined ? { months: rule.months } : {}),
    legalBasis: rule.legalBasis,
    atw: isApv ? settings.apvAtw : rule.atw,
    extension: isApv && rule.extension ? { ...rule.extension, maxWeeks: settings.apvExtensionWeeks } : rule.extension,
  };
}

function suspensionsAndExtension(events: readonly TermijnGebeurtenisInput[]): {
  suspensions: SuspensionEvent[];
  extension: TermExtension | null;
  mededeling: RedelijkeTermijnMededeling | null;
} {
  const suspensions: SuspensionEvent[] = [];
  let extension: TermExtension | null = null;
  let mededeling: RedelijkeTermijnMededeling | null = null;
  for (const event of events) {
    if (event.soort === 'verdaging') extension = { weeks: event.weken, decidedOn: event.besluitOp };
    else if (event.soort === 'mededeling-4-14-lid-3') mededeling = { sentOn: event.verzondenOp, expectedBy: event.tegemoetTeZienOp };
    else suspensions.push({ kind: event.soort, from: event.van, to: event.tot });
  }
  return { suspensions, extension, mededeling };
}

/** The engine's input for a dossier, or null when its kind of decision or its date of receipt is not known yet. */
export function deadlineInput(
  dossier: Dossier,
  events: readonly TermijnGebeurtenisInput[],
  settings: TermSettings,
  today: string,
  herstel: readonly SuspensionEvent[] = [],
): DeadlineInput | null {
  if (!dossier.besluitsoort) return null;
  const term = termSpecFor(dossier.besluitsoort, settings);
  if (!term) return null;
  if (term.kind !== 'geen' && !dossier.ontvangenOp) return null;
  const { suspensions, extension, mededeling } = suspensionsAndExtension(events);
  return {
    receivedOn: dossier.ontvangenOp ?? today,
    term,
    suspensions: [...herstel, ...suspensions],
    extension,
    holidays: { decreedDays: settings.decreedDays },
    today,
    mededelingRedelijkeTermijn: mededeling,
    settings: { art31SuspendsRedelijkeTermijn: settings.art31SuspendsRedelijkeTermijn },
  };
}

export interface DeadlineView {
  deadline: string | null;
  provisional: boolean;
  explanation: string;
  steps: DeadlineResult['steps'][number][];
  warnings: DeadlineResult['warnings'][number][];
}

const unknownDeadline = (why: string): DeadlineView => ({ deadline: null, provisional: false, explanation: why, steps: [], warnings: [] });

export function deadlineView(result: DeadlineResult): DeadlineView {
  return { deadline: result.deadline, provisional: result.provisional, explanation: result.explanation, steps: [...result.steps], warnings: [...result.warnings] };
}

/** The engine refuses impossible input (a suspension that ends before it starts …) with a Dutch RangeError. */
function computeChecked(input: DeadlineInput): DeadlineResult {
  try {
    return decisionDeadline(input);
  } catch (error) {
    if (error instanceof RangeError) throw new BibobError('VALIDATION', error.message, { issues: [{ path: 'gebeurtenis', message: error.message }] });
    throw error;
  }
}

/** Computes the dossier's deadline, stores it with the dossier for lists and filters, and returns it explained. */
/** Everything recorded for a dossier that moves its beslistermijn: term events, herstel (Awb 4:15) and LBB advice (art. 31 Wet Bibob). */
function inputFromVault(db: VaultDatabase, dossier: Dossier, today: string, extra: TermijnGebeurtenisInput[] = []): DeadlineInput | null {
  const { herstel, lbb } = dossierSuspensions(db, dossier.id, today);
  return deadlineInput(dossier, [...termijnGebeurtenissen(db, dossier.id), ...extra], readTermSettings(db), today, [...herstel, ...lbb]);
}

/** The dossier's herstel suspensions (Awb 4:15 lid 1 onder a) and LBB suspensions (art. 31 Wet Bibob), apart. */
export function dossierSuspensions(db: VaultDatabase, dossierId: string, today: string): { herstel: SuspensionEvent[]; lbb: SuspensionEvent[] } {
  return {
    herstel: herstelverzoekenOfDossier(db, dossierId).map(herstelSuspension),
    lbb: informatieverzoekenOfDossier(db, dossierId).flatMap((verzoek) => lbbSuspension(verzoek, today) ?? []),
  };
}

/** The engine's result for an input, a refused input as a VALIDATION error at its field. */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  return computeChecked(input);
}

export function refreshDeadline(db: VaultDatabase, dossier: Dossier, today: string): DeadlineView {
  const input = inputFromVault(db, dossier, today);
  if (!input) {
    updateDossierDeadline(db, dossier.id, null, false);
    return unknownDeadline(
      dossier.besluitsoort ? 'Vul de datum van ontvangst van de aanvraag in om de beslistermijn te berekenen.' : 'Kies de soort besluit om de beslistermijn te berekenen.',
    );
  }
  const result = computeChecked(input);
  updateDossierDeadline(db, dossier.id, result.deadline, result.provisional);
  return deadlineView(result);
}

/** The engine's result for a dossier as recorded today, or null when its kind or its date of receipt is unknown. */
export function deadlineResultOf(db: VaultDatabase, dossier: Dossier, today: string): DeadlineResult | null {
  const input = inputFromVault(db, dossier, today);
  return input ? computeChecked(input) : null;
}

export interface EventRefusal {
  readonly path: string;
  readonly message: string;
}

/**
 * Why an event cannot be recorded, at its field, or null: what the law does not allow (one verdaging, at most the
 * regulation's maximum, made known within the running term: Ow 16.64 lid 2; the APV) and what the engine refuses.
 */
export function refusalOf(db: VaultDatabase, dossier: Dossier, event: TermijnGebeurtenisInput, today: string): EventRefusal | null {
  const recorded = termijnGebeurtenissen(db, dossier.id);
  if (event.soort === 'verdaging') {
    const spec = dossier.besluitsoort ? termSpecFor(dossier.besluitsoort, readTermSettings(db)) : null;
    // Only a regulation that gives the power may extend its term (Ow 16.64 lid 2; the APV); the Awb has no general
    // verdaging: a redelijke termijn is made known as later by the notice of art. 4:14 lid 3 instead.
    if (spec && !spec.extension) {
      const instead = spec.kind === 'redelijk' ? ' Komt het besluit later, leg dan de mededeling van art. 4:14 lid 3 Awb vast.' : '';
      return { path: 'gebeurtenis.soort', message: `De beslistermijn van dit besluit kan niet worden verdaagd: ${spec.legalBasis} kent geen verdaging.${instead}` };
    }
    const refusal = verdagingRefusal(spec?.extension, recorded.some((other) => other.soort === 'verdaging'), { weeks: event.weken, decidedOn: event.besluitOp }, dossier.ontvangenOp);
    if (refusal) return { path: `gebeurtenis.${refusal.field}`, message: refusal.message };
  }
  if (event.soort === 'mededeling-4-14-lid-3') {
    if (recorded.some((other) => other.soort === 'mededeling-4-14-lid-3')) {
      return { path: 'gebeurtenis.soort', message: 'De mededeling van art. 4:14 lid 3 Awb is al vastgelegd. Trek die in als zij niet klopt.' };
    }
    if (event.tegemoetTeZienOp <= event.verzondenOp) {
      return { path: 'gebeurtenis.tegemoetTeZienOp', message: 'De datum waarop het besluit tegemoet kan worden gezien, ligt na de dag van de mededeling (art. 4:14 lid 3 Awb).' };
    }
  }
  const input = inputFromVault(db, dossier, today, [event]);
  if (!input) return { path: 'gebeurtenis', message: 'Kies eerst de soort besluit en vul de datum van ontvangst in.' };
  const refusal = computeChecked(input).warnings.find((warning) => warning.code === 'EXTENSION_TOO_LATE' || warning.code === 'EXTENSION_TOO_LONG');
  return refusal ? { path: event.soort === 'verdaging' ? 'gebeurtenis.besluitOp' : 'gebeurtenis', message: refusal.message } : null;
}
