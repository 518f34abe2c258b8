/**
 * The one extension of a beslistermijn the regulation allows (Ow 16.64 lid 2: "eenmaal met ten hoogste zes weken
 * verlengen. Dit besluit wordt bekendgemaakt binnen de beslistermijn"; an APV commonly 8 weeks). An extension
 * made known after the running term ended is refused, not applied; one longer than allowed counts only for the
 * maximum.
 */
import { LEGAL_BASIS } from './legalBasis';
import { compareDates, dutchWeeks, formatDutchDate, parseIsoDate, type IsoDate } from './calendar';
import type { DeadlineStep, DeadlineWarning, TermExtension, TermSpec } from './types';

export interface ExtensionOutcome {
  /** Weeks added to the term (0 when none or refused). */
  readonly weeks: number;
  readonly legalBasis: string | null;
  readonly steps: readonly DeadlineStep[];
  readonly warnings: readonly DeadlineWarning[];
}

const NONE: ExtensionOutcome = { weeks: 0, legalBasis: null, steps: [], warnings: [] };

/** `runningTermEnd`: the last day of the unextended term as it stands (suspensions and Atw included). */
export function evaluateExtension(
  term: TermSpec,
  extension: TermExtension | null,
  runningTermEnd: IsoDate,
): ExtensionOutcome {
  if (extension === null) return NONE;
  parseIsoDate(extension.decidedOn);
  if (!Number.isInteger(extension.weeks) || extension.weeks < 1) {
    throw new RangeError(`Een verlenging is een geheel aantal weken ≥ 1: ${extension.weeks}`);
  }
  const allowed = term.kind === 'wettelijk' ? term.extension ?? null : null;
  const decided = `Verlengingsbesluit van ${formatDutchDate(extension.decidedOn, true)} (${dutchWeeks(extension.weeks)})`;
  if (allowed === null) {
    const message =
      term.kind === 'redelijk'
        ? `${decided} niet toegepast: een redelijke termijn kent geen verlengingsbesluit. Doe binnen de acht weken de mededeling van art. 4:14 lid 3 Awb en noem een redelijke termijn.`
        : `${decided} niet toegepast: de regeling (${term.legalBasis}) kent geen verlenging van deze termijn.`;
    return {
      ...NONE,
      steps: [{ description: message, legalBasis: term.kind === 'redelijk' ? LEGAL_BASIS.awb4_14Lid3 : term.legalBasis, date: extension.decidedOn, days: 0 }],
      warnings: [{ code: 'EXTENSION_NOT_ALLOWED', message }],
    };
  }
  if (compareDates(extension.decidedOn, runningTermEnd) > 0) {
    const message = `${decided} niet toegepast: het is bekendgemaakt na het einde van de lopende beslistermijn op ${formatDutchDate(runningTermEnd, true)}, en een verlenging moet binnen de beslistermijn worden bekendgemaakt (${allowed.legalBasis}).`;
    return {
      ...NONE,
      steps: [{ description: message, legalBasis: allowed.legalBasis, date: extension.decidedOn, days: 0 }],
      warnings: [{ code: 'EXTENSION_TOO_LATE', message }],
    };
  }
  const weeks = Math.min(extension.weeks, allowed.maxWeeks);
  const warnings: DeadlineWarning[] = [];
  if (extension.weeks > allowed.maxWeeks) {
    warnings.push({
      code: 'EXTENSION_TOO_LONG',
      message: `${decided}: de regeling staat eenmaal ten hoogste ${dutchWeeks(allowed.maxWeeks)} toe (${allowed.legalBasis}). Gerekend is met ${dutchWeeks(allowed.maxWeeks)}.`,
    });
  }
  return {
    weeks,
    legalBasis: allowed.legalBasis,
    steps: [
      {
        description: `${decided}, bekendgemaakt binnen de lopende beslistermijn (die liep tot en met ${formatDutchDate(runningTermEnd, true)}): de termijn wordt ${dutchWeeks(weeks)} langer.`,
        legalBasis: allowed.legalBasis,
        date: extension.decidedOn,
        days: 7 * weeks,
      },
    ],
    warnings,
  };
}

/** Why a new verdaging cannot be recorded, at its field (`weken`, `besluitOp`, `soort`), or null. */
export interface VerdagingRefusal {
  readonly field: 'soort' | 'weken' | 'besluitOp';
  readonly message: string;
}

/**
 * The verdaging the regulation allows (Ow 16.64 lid 2: "kan de beslistermijn eenmaal met ten hoogste zes weken
 * verlengen"; an APV likewise once, by its own maximum): a second one is refused, one longer than the maximum is
 * refused (not silently shortened), and one decided before the application was received cannot have been made
 * known within the running term. Whether it was made known in time is the engine's (EXTENSION_TOO_LATE).
 */
export function verdagingRefusal(
  extension: { readonly maxWeeks: number; readonly legalBasis: string } | null | undefined,
  alreadyExtended: boolean,
  verdaging: TermExtension,
  receivedOn: IsoDate | null,
): VerdagingRefusal | null {
  const basis = extension?.legalBasis ?? 'de regeling van dit besluit';
  if (alreadyExtended) {
    return { field: 'soort', message: `De beslistermijn is al verdaagd; verdagen kan maar één keer (${basis}). Trek de vastgelegde verdaging in als die niet klopt.` };
  }
  if (extension && verdaging.weeks > extension.maxWeeks) {
    return {
      field: 'weken',
      message: `Verdagen kan eenmaal met ten hoogste ${dutchWeeks(extension.maxWeeks)} (${basis}); ingevuld is ${dutchWeeks(verdaging.weeks)}. De verdaging is niet vastgelegd: vul ten hoogste ${dutchWeeks(extension.maxWeeks)} in.`,
    };
  }
  if (receivedOn !== null && compareDates(verdaging.decidedOn, receivedOn) < 0) {
    return {
      field: 'besluitOp',
      message: `Het verdagingsbesluit kan niet vóór de ontvangst van de aanvraag (${formatDutchDate(receivedOn)}) liggen: het wordt binnen de lopende beslistermijn bekendgemaakt (${basis}).`,
    };
  }
  return null;
}
