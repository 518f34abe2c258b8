import { formatDutchDate, type IsoDate } from '../termijnen';
import type { Brief } from './types';

/**
 * Letters to the applicant that follow a step of the procedure (../shared/bibob-domain.md §10). Each builder
 * returns the body; main/letters puts the letterhead, date, kenmerk, subject, addressee and signature around it.
 */

export interface HerstelBriefInput {
  readonly aanvragerNaam: string;
  readonly besluit: string;
  readonly verzondenOp: IsoDate;
  readonly termijnTot: IsoDate;
  readonly ontbrekend: readonly { readonly omschrijving: string; readonly waarom: string }[];
}

/** A herstelverzoek without a term or without missing items cannot be sent: the letter is refused, not made. */
export function herstelBriefProblemen(input: HerstelBriefInput): string[] {
  const problems: string[] = [];
  if (input.ontbrekend.length === 0) problems.push('Een herstelverzoek noemt wat ontbreekt; deze aanvraag mist niets.');
  if (!input.termijnTot) problems.push('Een herstelverzoek zonder termijn schort de beslistermijn niet op (art. 4:15 lid 1 sub a Awb).');
  return problems;
}

/** Herstelverzoek (Awb 4:5): each missing item and why, the term, the consequence, and the suspension of 4:15. */
export function herstelBrief(input: HerstelBriefInput): Brief {
  return {
    titel: 'Verzoek om aanvulling van uw aanvraag',
    vertrouwelijk: true,
    blokken: [
      { soort: 'alinea', tekst: `Geachte heer, mevrouw,` },
      {
        soort: 'alinea',
        tekst: `Wij hebben uw aanvraag voor ${input.besluit} in behandeling. Voor het Bibob-onderzoek ontbreken nog de volgende gegevens en stukken. Wij vragen u die aan te vullen.`,
      },
      { soort: 'lijst', items: input.ontbrekend.map((item) => `${item.omschrijving} — ${item.waarom}`) },
      { soort: 'kop', tekst: 'Termijn' },
      { soort: 'alinea', tekst: `Wij moeten de gegevens uiterlijk op ${formatDutchDate(input.termijnTot)} hebben ontvangen.` },
      {
        soort: 'alinea',
        tekst: `Vult u de aanvraag niet of niet volledig aan binnen deze termijn, dan kunnen wij besluiten de aanvraag niet te behandelen (artikel 4:5 van de Algemene wet bestuursrecht).`,
      },
      {
        soort: 'alinea',
        tekst: `De termijn waarbinnen wij op uw aanvraag beslissen, is opgeschort vanaf de dag na de dagtekening van deze brief (${formatDutchDate(input.verzondenOp)}) tot de dag waarop uw aanvulling binnen is of de termijn ongebruikt is verstreken (artikel 4:15 lid 1 sub a van de Algemene wet bestuursrecht).`,
      },
    ],
  };
}

export interface MededelingAdviesInput {
  readonly besluit: string;
  readonly aangevraagdOp: IsoDate;
  /** The latest day the LBB's advice is due (art. 15), which bounds the suspension of art. 31. */
  readonly adviesUiterlijk: IsoDate;
  /** The latest decision date as it now stands; null when the decision has no statutory term. */
  readonly beslisdatum: IsoDate | null;
}

/**
 * Mededeling adviesaanvraag (art. 32 Wet Bibob): that the LBB was asked for advice — the only statutory element —
 * and, as good practice, the date, the suspension of art. 31 and its maximum, and the expected latest decision date.
 * Not a decision: no bezwaar clause.
 */
export function mededelingAdviesBrief(input: MededelingAdviesInput): Brief {
  return {
    titel: 'Mededeling: advies gevraagd aan het Landelijk Bureau Bibob',
    vertrouwelijk: true,
    blokken: [
      { soort: 'alinea', tekst: 'Geachte heer, mevrouw,' },
      {
        soort: 'alinea',
        tekst: `Over uw aanvraag voor ${input.besluit} hebben wij op ${formatDutchDate(input.aangevraagdOp)} het Landelijk Bureau Bibob om advies gevraagd. Dit laten wij u weten op grond van artikel 32 van de Wet Bibob.`,
      },
      {
        soort: 'alinea',
        tekst: `Zolang het advies er niet is, is de termijn waarbinnen wij beslissen opgeschort (artikel 31 van de Wet Bibob). De opschorting duurt ten hoogste tot ${formatDutchDate(input.adviesUiterlijk)}: de adviestermijn van het Landelijk Bureau Bibob van acht weken, eventueel verlengd met ten hoogste vier weken (artikel 15 van de Wet Bibob).`,
      },
      {
        soort: 'alinea',
        tekst: input.beslisdatum
          ? `Naar verwachting beslissen wij uiterlijk op ${formatDutchDate(input.beslisdatum)}.`
          : 'Wij laten u weten wanneer wij verwachten te beslissen.',
      },
      { soort: 'alinea', tekst: 'Deze brief is geen besluit; u kunt er geen bezwaar tegen maken.' },
    ],
  };
}
