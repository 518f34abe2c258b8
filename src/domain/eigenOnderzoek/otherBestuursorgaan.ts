/**
 * Information from another bestuursorgaan (Wet Bibob art. 28 lid 2 sub m).
 *
 * Data from an LBB advice are secret (art. 28 lid 1) and may be passed on only to the closed list of art. 28 lid 2;
 * art. 7a lid 6 applies that list to the questionnaire answers and the findings of an eigen onderzoek too. Sub m
 * allows a bestuursorgaan to pass them to another bestuursorgaan only "voor zover" all four conditions hold:
 *   1° it appears from art. 11a (Bibob-register), art. 26 (a notice) or a RIEC (lid 2 sub d) that the providing
 *      bestuursorgaan asked advice about, or did eigen onderzoek into, "dezelfde persoon" the receiver investigates;
 *   2° the data were obtained "niet langer dan vijf jaar geleden" from eigen onderzoek or an LBB advice;
 *   3° only data about that same person that the receiver could obtain itself by eigen onderzoek or an advice;
 *   4° needed for the receiver's eigen onderzoek into someone designated there as betrokkene, leidinggevende,
 *      zeggenschaphebbende, vermogensverschaffer, the leidinggevende/beheerder named on the beschikking, or whoever
 *      can reasonably be equated with the betrokkene by his actual influence.
 * The receiving municipality records such data only when they could lawfully be provided; this module says why not.
 */
import { compareDates, formatDutchDate, isIsoDate, isoDate, type IsoDate } from '../termijnen/calendar';
import { aangemerktAls, aangemerkteCategorieen } from './sources';
import type { AnderBestuursorgaanInformatie, Probleem } from './types';

export const ART_28M_LEGAL_BASIS = 'art. 28 lid 2 sub m Wet Bibob';
export const ART_28M_MAX_YEARS = 5;

/**
 * The last day on which data obtained on `verkregenOp` may still be provided under art. 28 lid 2 sub m 2°.
 *
 * The law says the data were obtained "niet langer dan vijf jaar geleden". On the same calendar date five years
 * later the data are exactly five years old: that is not *longer* than five years, so that day is still allowed;
 * from the next day on they are older and refused. Data obtained on 29 February: five years later there is no 29
 * February, and the last allowed day is 28 February. (Counting the anniversary as 1 March would allow one day more;
 * the secrecy of art. 28 lid 1 is the rule and sub m an exception to it, so the app takes the reading that allows
 * less. On 28 February the data are five years old or younger under either reading.)
 */
export function laatsteVerstrekkingsdag(verkregenOp: IsoDate): IsoDate {
  if (!isIsoDate(verkregenOp)) throw new RangeError(`Geen geldige datum (JJJJ-MM-DD): ${String(verkregenOp)}`);
  const [year, month, day] = verkregenOp.split('-').map(Number) as [number, number, number];
  const targetYear = year + ART_28M_MAX_YEARS;
  const candidate = `${String(targetYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : isoDate(targetYear, month, day - 1);
}

/** Whether data obtained on `verkregenOp` may be provided on `verstrektOp` as far as their age goes (sub m 2°). */
export function nietOuderDanVijfJaar(verkregenOp: IsoDate, verstrektOp: IsoDate): boolean {
  return compareDates(verstrektOp, laatsteVerstrekkingsdag(verkregenOp)) <= 0;
}

const aanleidingOntbreekt =
  'Uit het Bibob-register (art. 11a), een bericht op grond van art. 26 of een RIEC (art. 28 lid 2 sub d) moet blijken dat het verstrekkende bestuursorgaan eerder advies vroeg over of eigen onderzoek deed naar dezelfde persoon (art. 28 lid 2 sub m 1° Wet Bibob). Geef aan waaruit dat blijkt.';

/**
 * Why information from another bestuursorgaan may not be received and used under art. 28 lid 2 sub m; empty when it
 * may. `rollen` are the roles of the person concerned in this eigen onderzoek (for sub m 4°); `today` bounds the
 * dates and is the day of provision when `verstrektOp` is omitted.
 */
export function otherBestuursorgaanProblems(info: AnderBestuursorgaanInformatie, today: IsoDate, rollen: readonly string[]): Probleem[] {
  if (!isIsoDate(today)) throw new RangeError(`Geen geldige datum voor vandaag (JJJJ-MM-DD): ${String(today)}`);
  const problems: Probleem[] = [];

  if (info.verstrekkendOrgaan.trim() === '') {
    problems.push({ pad: 'verstrekkendOrgaan', melding: `Noem het bestuursorgaan dat de gegevens verstrekt (${ART_28M_LEGAL_BASIS}).` });
  }
  if (info.omschrijving.trim() === '') {
    problems.push({ pad: 'omschrijving', melding: 'Beschrijf welke gegevens het andere bestuursorgaan heeft verstrekt.' });
  }

  if (info.aanleiding === null) problems.push({ pad: 'aanleiding', melding: aanleidingOntbreekt });
  if (!info.zelfdePersoon) {
    problems.push({
      pad: 'zelfdePersoon',
      melding: 'Het andere bestuursorgaan mag alleen gegevens verstrekken over dezelfde persoon als naar wie u eigen onderzoek doet (art. 28 lid 2 sub m 1° en 3° Wet Bibob).',
    });
  }
  if (info.herkomst === 'anders') {
    problems.push({
      pad: 'herkomst',
      melding: 'Alleen gegevens die het andere bestuursorgaan verkreeg uit eigen onderzoek of uit een advies van het LBB mogen op deze grond worden verstrekt (art. 28 lid 2 sub m 2° Wet Bibob).',
    });
  }

  const verkregenGeldig = isIsoDate(info.verkregenOp);
  const verstrektGeldig = info.verstrektOp === undefined || isIsoDate(info.verstrektOp);
  if (!verkregenGeldig) {
    problems.push({ pad: 'verkregenOp', melding: 'Vul in wanneer het andere bestuursorgaan de gegevens verkreeg, als jjjj-mm-dd (een bestaande datum).' });
  }
  if (!verstrektGeldig) {
    problems.push({ pad: 'verstrektOp', melding: 'Vul de datum van verstrekking in als jjjj-mm-dd (een bestaande datum).' });
  }
  if (verkregenGeldig && verstrektGeldig) {
    const verstrektOp = info.verstrektOp ?? today;
    if (info.verstrektOp !== undefined && compareDates(info.verstrektOp, today) > 0) {
      problems.push({ pad: 'verstrektOp', melding: `De verstrekking kan niet na vandaag (${formatDutchDate(today)}) liggen.` });
    }
    if (compareDates(info.verkregenOp, verstrektOp) > 0) {
      problems.push({ pad: 'verkregenOp', melding: `De gegevens kunnen niet na de verstrekking (${formatDutchDate(verstrektOp)}) zijn verkregen.` });
    } else if (!nietOuderDanVijfJaar(info.verkregenOp, verstrektOp)) {
      problems.push({
        pad: 'verkregenOp',
        melding: `Deze gegevens zijn op ${formatDutchDate(info.verkregenOp)} verkregen, langer dan vijf jaar vóór de verstrekking op ${formatDutchDate(verstrektOp)}. Art. 28 lid 2 sub m 2° Wet Bibob staat alleen gegevens toe die "niet langer dan vijf jaar geleden" zijn verkregen; de laatste dag daarvoor was ${formatDutchDate(laatsteVerstrekkingsdag(info.verkregenOp))}.`,
      });
    }
  }

  if (!info.zelfVerkrijgbaar) {
    problems.push({
      pad: 'zelfVerkrijgbaar',
      melding: 'Alleen gegevens die u zelf zou kunnen verkrijgen door eigen onderzoek of een adviesaanvraag bij het LBB mogen worden verstrekt (art. 28 lid 2 sub m 3° Wet Bibob).',
    });
  }
  if (!info.noodzakelijk) {
    problems.push({ pad: 'noodzakelijk', melding: 'De gegevens moeten noodzakelijk zijn voor uw eigen onderzoek (art. 28 lid 2 sub m 4° Wet Bibob).' });
  }
  if (aangemerktAls(rollen).length === 0) {
    problems.push({
      pad: 'betrokkeneId',
      melding: `De persoon over wie de gegevens gaan, moet in uw eigen onderzoek zijn aangemerkt als ${Object.values(aangemerkteCategorieen).join(', ')} (art. 28 lid 2 sub m 4° Wet Bibob). Met de rollen ${rollen.length === 0 ? '(geen)' : rollen.join(', ')} is dat niet zo.`,
    });
  }
  return problems;
}
