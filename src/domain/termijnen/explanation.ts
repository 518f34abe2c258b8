/**
 * The deadline in one Dutch sentence, in the form of the worked example of ../shared/bibob-domain.md §5:
 * "Uiterste beslisdatum maandag 8 maart 2027: 8 weken na ontvangst op 4 januari 2027 (art. 16.64 lid 1
 * Omgevingswet) = maandag 1 maart 2027, + 7 dagen opschorting herstel 19–25 januari 2027 (art. 4:15 lid 1 sub a
 * Awb)", followed by the caveats the reader needs.
 */
import { addDays, dutchDays, dutchMonths, dutchWeeks, earlierDate, formatDutchDate, formatDutchDateRange, laterDate, type IsoDate } from './calendar';

export interface ExplainedPeriod {
  readonly kind: string;
  readonly label: string;
  readonly legalBasis: string;
  readonly first: IsoDate | null;
  readonly last: IsoDate | null;
  readonly addedDays: number;
  readonly daysInTerm: number;
  readonly provisional: boolean;
  /** Counted under a setting on an unsettled point (art. 31 for a redelijke termijn). */
  readonly excluded: boolean;
}

export interface ExplanationInput {
  readonly kind: 'wettelijk' | 'redelijk';
  readonly deadline: IsoDate;
  readonly receivedOn: IsoDate;
  readonly baseWeeks: number;
  /** A term in months (Awb 3:18 lid 1) instead of weeks. */
  readonly baseMonths?: number;
  readonly baseLegalBasis: string;
  readonly baseEnd: IsoDate;
  readonly extension: { readonly weeks: number; readonly legalBasis: string } | null;
  readonly periods: readonly ExplainedPeriod[];
  /** Last day before the Atw, and what happened to it. */
  readonly rawEnd: IsoDate;
  readonly atw:
    | { readonly outcome: 'moved'; readonly holidayName: string | null; readonly legalBasis: string }
    | { readonly outcome: 'not-applicable-on-non-working-day'; readonly holidayName: string | null; readonly reason: string }
    | { readonly outcome: 'none' };
  readonly provisional: boolean;
}

function periodPart(period: ExplainedPeriod, receivedOn: IsoDate, end: IsoDate): string | null {
  if (period.first === null || period.last === null || period.daysInTerm === 0 || period.excluded) return null;
  const first = laterDate(period.first, addDays(receivedOn, 1));
  const last = earlierDate(period.last, end);
  const notes = [period.legalBasis];
  const overlap = period.daysInTerm - period.addedDays;
  if (overlap > 0) notes.push(`${overlap === 1 ? '1 dag valt' : `${overlap} dagen vallen`} al onder een eerdere opschorting`);
  if (period.provisional) notes.push('voorlopig');
  return `+ ${dutchDays(period.addedDays)} opschorting ${period.label} ${formatDutchDateRange(first, last)} (${notes.join('; ')})`;
}

export function explainDeadline(input: ExplanationInput): string {
  const heading =
    input.kind === 'redelijk'
      ? `Uiterste beslisdatum (vangnet redelijke termijn) ${formatDutchDate(input.deadline, true)}`
      : `Uiterste beslisdatum ${formatDutchDate(input.deadline, true)}`;
  const parts = [
    `${input.baseMonths !== undefined ? dutchMonths(input.baseMonths) : dutchWeeks(input.baseWeeks)} na ontvangst op ${formatDutchDate(input.receivedOn)} (${input.baseLegalBasis}) = ${formatDutchDate(input.baseEnd, true)}`,
  ];
  if (input.extension) parts.push(`+ ${dutchWeeks(input.extension.weeks)} verlenging (${input.extension.legalBasis})`);
  for (const period of input.periods) {
    const part = periodPart(period, input.receivedOn, input.rawEnd);
    if (part) parts.push(part);
  }
  let sentence = `${heading}: ${parts.join(', ')}`;
  const rawShown = input.rawEnd === input.baseEnd && parts.length === 1;
  const rawText = rawShown ? '' : `, dat is ${formatDutchDate(input.rawEnd, true)}`;
  if (input.atw.outcome === 'moved') {
    const holiday = input.atw.holidayName ? ` (${input.atw.holidayName})` : '';
    sentence += `${rawText}${holiday}: geen werkdag, dus tot en met ${formatDutchDate(input.deadline, true)} (${input.atw.legalBasis})`;
  } else if (input.atw.outcome === 'not-applicable-on-non-working-day') {
    const holiday = input.atw.holidayName ? ` (${input.atw.holidayName})` : '';
    sentence += `${rawText}${holiday}: geen werkdag, maar ${input.atw.reason}, dus de datum schuift niet op`;
  }
  const sentences = [`${sentence}.`];
  if (input.periods.some((period) => period.kind === 'herstel' && period.daysInTerm > 0)) {
    sentences.push(
      'De dag waarop de aanvraag is aangevuld telt niet als opgeschorte dag; loopt de hersteltermijn ongebruikt af, dan telt de laatste dag ervan wel mee. Van de mogelijke lezingen van art. 4:15 lid 1 sub a Awb schort deze de minste dagen op, zodat de app geen latere datum belooft dan een rechter kan aanvaarden.',
    );
  }
  if (input.kind === 'redelijk') {
    sentences.push(
      'Is vóór die datum niet beslist en niet meegedeeld dat de beschikking later komt, met een redelijke termijn (art. 4:14 lid 3 Awb), dan is de redelijke termijn in ieder geval verstreken; acht weken is een vangnet, geen maximum.',
    );
  }
  if (input.provisional) {
    sentences.push('Voorlopig: een opschorting loopt nog; gerekend is met het uiterste einde dat de regels toestaan.');
  }
  return sentences.join(' ');
}
