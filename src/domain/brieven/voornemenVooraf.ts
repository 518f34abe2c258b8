import { compareDates, type IsoDate } from '../termijnen';
import type { PartijRol, ZienswijzePartij } from '../zienswijze';
import { zienswijzeRequired } from '../workflow/facts';
import type { Outcome } from '../workflow';
import type { Toepassingsgebied } from '../toepassingsgebied';

/**
 * The real order of the zienswijze step (art. 33 lid 1 Wet Bibob; Awb 4:7 and 4:8): the bestuursorgaan first writes
 * the voornemen — the intended decision, inviting the betrokkene (or a third party named in it) to give a zienswijze —
 * and then records that the invitation went out. So the letter is offered as soon as the intended outcome and the
 * people to invite are known, before any invitation is recorded.
 */

export interface MogelijkeOntvanger {
  readonly betrokkeneId: string;
  readonly naam: string;
  /** Has the rol aanvrager in the dossier: the betrokkene the voornemen is for (art. 1 Wet Bibob, "betrokkene"). */
  readonly aanvrager: boolean;
}

/** The intended outcome a voornemen can be made on before its invitation: one that needs the art. 33 step. */
export function voornemenUitkomst(toepassingsgebied: Toepassingsgebied, uitkomst: Outcome | null): Outcome | null {
  return uitkomst !== null && zienswijzeRequired({ toepassingsgebied, outcome: uitkomst }).required ? uitkomst : null;
}

/**
 * Who can be sent the letter of this rol before the invitation is recorded: for the voornemen the applicant, for the
 * bericht aan een derde every other betrokkene of the dossier — each only while not yet invited on this intended
 * outcome (a zienswijze belongs to one voornemen, art. 33 lid 1). Nobody while no outcome is intended.
 */
export function nogUitTeNodigen(
  rol: PartijRol,
  ontvangers: readonly MogelijkeOntvanger[],
  partijen: readonly Pick<ZienswijzePartij, 'betrokkeneId' | 'uitkomst'>[],
  uitkomst: Outcome | null,
): MogelijkeOntvanger[] {
  if (uitkomst === null) return [];
  return ontvangers.filter((ontvanger) => ontvanger.aanvrager === (rol === 'betrokkene') && !partijen.some((partij) => partij.betrokkeneId === ontvanger.betrokkeneId && partij.uitkomst === uitkomst));
}

/**
 * The term a letter made before the invitation names: the coordinator sets it (the law gives no length; the app's
 * default is two weeks), and the letter says until when the zienswijze can be given, in writing or orally
 * (art. 33 lid 1 and 3 Wet Bibob with Awb 4:9). It ends after the day the letter is made.
 */
export function zienswijzeTermijnProblemen(termijnTot: IsoDate | null, vandaag: IsoDate): string[] {
  if (termijnTot === null) return ['Vul de laatste dag van de zienswijzetermijn in: de brief zegt tot wanneer de zienswijze kan worden gegeven (art. 33 lid 1 en 3 Wet Bibob, art. 4:9 Awb).'];
  if (compareDates(termijnTot, vandaag) <= 0) return ['De zienswijzetermijn moet na vandaag eindigen.'];
  return [];
}
