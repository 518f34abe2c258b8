/**
 * The deadline engine (termijnen) of the Bibob procedure: pure functions of plain data, each result with its
 * legal basis (../shared/bibob-domain.md §5).
 */
export type {
  DatedStep,
  DeadlineInput,
  DeadlineResult,
  DeadlineSettings,
  DeadlineStep,
  DeadlineWarning,
  HolidayData,
  IsoDate,
  RedelijkeTermijnMededeling,
  SuspensionEvent,
  TermExtension,
  TermSpec,
} from './types';
export { decisionDeadline, DEFAULT_REMINDER_DAYS, REDELIJKE_TERMIJN_WEEKS } from './decisionDeadline';
export {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  dayDifference,
  findDutchDate,
  formatDutchDate,
  formatDutchDateRange,
  isIsoDate,
  weekday,
} from './calendar';
export {
  atwHolidayCalendar,
  atwHolidays,
  DEFAULT_DECREED_DAYS,
  DEFAULT_HOLIDAY_DATA,
  easterSunday,
  firstWorkingDayAfter,
  isAtwNonWorkingDay,
  koningsdag,
  nextWorkingDay,
  type AtwHoliday,
} from './holidays';
export { applyAtw, ATW_MAX_WEEKS } from './atw';
export {
  BEZWAARTERMIJN_WEEKS,
  bezwaartermijnEnd,
  BUITEN_BEHANDELING_WEEKS,
  buitenBehandelingDeadline,
  proposeMunicipalTermEnd,
} from './otherTerms';
export { LBB_ADVICE_WEEKS, LBB_MAX_EXTENSION_WEEKS, lbbAdviceDays, lbbExtensionInTime, lbbSuspensionLastDay } from './suspensions';
export {
  apvTerm,
  OMGEVINGSVERGUNNING_MET_INSTEMMING_TERM,
  OMGEVINGSVERGUNNING_TERM,
  REDELIJKE_TERMIJN,
  UNIFORME_VOORBEREIDING_TERM,
  VASTGOED_GEEN_BESLISTERMIJN,
  type ApvTermSettings,
} from './termSpecs';
export { LEGAL_BASIS } from './legalBasis';
export { verdagingRefusal, type VerdagingRefusal } from './extension';
