import { besluitsoort as besluitsoortById } from '../besluitsoorten';
import { addDays, compareDates, dayDifference, formatDutchDate, lbbAdviceDays, LBB_MAX_EXTENSION_WEEKS } from '../termijnen';
import type { SuspensionEvent } from '../termijnen';
import { addressees } from './addressees';
import type { Geadresseerde, Informatieverzoek, LbbGegevensverzoek, VerzoekStatus } from './types';
import type { Probleem } from '../probleem';

/** A refusal of one input field, in the shape the services report (`pad` is the field). */
export type VerzoekProblem = Probleem;

/** Sent and not yet answered or withdrawn: the request still waits for its answer. */
export function isOpen(status: VerzoekStatus): boolean {
  return status === 'verzonden' || status === 'verlengd';
}

/** The LBB has answered: its advice is in. */
export function lbbAdviceReceived(verzoeken: readonly Pick<Informatieverzoek, 'geadresseerde' | 'status'>[]): boolean {
  return verzoeken.some((verzoek) => verzoek.geadresseerde === 'lbb' && verzoek.status === 'beantwoord');
}

/** An open request whose due date has passed (the due date itself is still in time). */
export function isOverdue(verzoek: Pick<Informatieverzoek, 'status' | 'uiterlijkOp'>, today: string): boolean {
  return isOpen(verzoek.status) && verzoek.uiterlijkOp !== null && compareDates(verzoek.uiterlijkOp, today) < 0;
}

/**
 * The moves of a request. A concept is sent (or dropped: it never left the office, so it is deleted, not
 * withdrawn); a sent request gets a later due date, its answer, or is withdrawn. Answered and withdrawn are final.
 */
const moves: Readonly<Record<VerzoekStatus, readonly VerzoekStatus[]>> = {
  concept: ['verzonden'],
  verzonden: ['verlengd', 'beantwoord', 'ingetrokken'],
  verlengd: ['verlengd', 'beantwoord', 'ingetrokken'],
  beantwoord: [],
  ingetrokken: [],
};

const statusWords: Readonly<Record<VerzoekStatus, string>> = {
  concept: 'een concept',
  verzonden: 'verzonden',
  verlengd: 'verlengd',
  beantwoord: 'beantwoord',
  ingetrokken: 'ingetrokken',
};

/** Why the request cannot move to `to`, or null when it can. */
export function transitionRefusal(from: VerzoekStatus, to: VerzoekStatus): string | null {
  if (moves[from].includes(to)) return null;
  if (from === 'beantwoord' || from === 'ingetrokken') return `Dit verzoek is al ${statusWords[from]}; het kan niet meer veranderen.`;
  if (from === 'concept') return 'Dit verzoek is nog een concept: verstuur het eerst.';
  return `Een verzoek dat ${statusWords[from]} is, kan niet ${to === 'concept' ? 'terug naar concept' : `naar '${statusWords[to]}'`}.`;
}

/**
 * Wet Bibob art. 9 lid 1: the LBB advises only a bestuursorgaan that a law empowers to ask (Ow 5.31 lid 3,
 * Alcoholwet 27 lid 4 for a refusal and 31 lid 3 onder a (second sentence) for a revocation, art. 7 lid 2 Wet Bibob
 * for APV permits, art. 5a for vastgoed: see besluitsoorten.ts).
 * Returns the power, or the Dutch refusal.
 */
export function lbbAdviceAuthority(besluitsoortId: string | null): { readonly ok: true; readonly bevoegdheid: string } | { readonly ok: false; readonly melding: string } {
  if (besluitsoortId === null) return { ok: false, melding: 'Kies eerst de soort besluit: alleen dan is te zien of de wet een adviesaanvraag aan het LBB toestaat (art. 9 lid 1 Wet Bibob).' };
  const soort = besluitsoortById(besluitsoortId);
  if (!soort) return { ok: false, melding: 'Deze soort besluit is onbekend.' };
  if (soort.lbbAdviesBevoegdheid === null) {
    return { ok: false, melding: `Voor "${soort.label}" geeft geen wet de bevoegdheid om het Landelijk Bureau Bibob om advies te vragen (art. 9 lid 1 Wet Bibob).` };
  }
  return { ok: true, bevoegdheid: soort.lbbAdviesBevoegdheid };
}

/**
 * Art. 15 lid 2 Wet Bibob: the LBB's term is suspended "met ingang van de dag waarop … is verzocht om gegevens …
 * tot de dag waarop die gegevens zijn ontvangen": from the request day up to, not including, the day of receipt.
 * A request still open counts through `today`. Days covered by more than one request count once.
 */
export function lbbWaitingDays(verzoeken: readonly LbbGegevensverzoek[], today: string): number {
  const days = new Set<number>();
  for (const verzoek of verzoeken) {
    const end = verzoek.ontvangenOp ?? addDays(today, 1);
    const first = dayDifference('1970-01-01', verzoek.verzochtOp);
    const length = dayDifference(verzoek.verzochtOp, end);
    for (let offset = 0; offset < length; offset += 1) days.add(first + offset);
  }
  return days.size;
}

/**
 * The day by which the LBB's advice is due: 8 weeks after the request (art. 15 lid 1), later by the days it waited
 * for data (lid 2) and by its one announced extension of at most 4 weeks (lid 3).
 */
export function lbbAdviceDue(requestedOn: string, waitingDays: number, extensionWeeks: number): string {
  return addDays(requestedOn, lbbAdviceDays(waitingDays, extensionWeeks));
}

/** The suspension of the beslistermijn while the LBB advises (art. 31 Wet Bibob), for the deadline engine. */
export function lbbSuspension(verzoek: Informatieverzoek, today: string): SuspensionEvent | null {
  if (verzoek.geadresseerde !== 'lbb' || verzoek.verzondenOp === null || verzoek.status === 'ingetrokken') return null;
  return {
    kind: 'lbb-advies',
    requestedOn: verzoek.verzondenOp,
    receivedOn: verzoek.status === 'beantwoord' ? (verzoek.antwoord?.ontvangenOp ?? null) : null,
    lbbWaitingDays: lbbWaitingDays(verzoek.lbb?.gegevensverzoeken ?? [], today),
    extensionWeeks: verzoek.lbb?.verlenging?.weken ?? 0,
    extensionNoticeOn: verzoek.lbb?.verlenging?.gemeldOp ?? null,
  };
}

/** Art. 32 Wet Bibob: once the LBB is asked, the betrokkene must be told; due until that is recorded. */
export function lbbNoticeDue(verzoek: Informatieverzoek): boolean {
  return verzoek.geadresseerde === 'lbb' && verzoek.verzondenOp !== null && verzoek.status !== 'ingetrokken' && !verzoek.lbb?.betrokkeneGeinformeerdOp;
}

/**
 * Art. 32 Wet Bibob: "Het bestuursorgaan … informeert de betrokkene dat het Bureau om advies is verzocht." The law
 * sets no term, but the notice belongs before the decision: while the dossier is open and a sent LBB request has no
 * recorded notice, the dossier warns, naming art. 32.
 */
export function lbbNoticeWarning(verzoeken: readonly Informatieverzoek[]): { code: string; message: string } | null {
  const open = verzoeken.find(lbbNoticeDue);
  if (!open || open.verzondenOp === null) return null;
  return {
    code: 'ART32_MEDEDELING_ONTBREEKT',
    message: `Het Landelijk Bureau Bibob is op ${formatDutchDate(open.verzondenOp)} om advies gevraagd, maar er is niet vastgelegd dat de betrokkene dat is meegedeeld. Die mededeling is verplicht (art. 32 Wet Bibob): doe haar vóór het besluit of het afsluiten van het dossier en leg haar vast bij de adviesaanvraag.`,
  };
}

/** The due date a request starts with when it is sent; for the LBB the statutory 8 weeks. */
export function defaultDueDate(geadresseerde: Geadresseerde, verzondenOp: string): string {
  return geadresseerde === 'lbb' ? lbbAdviceDue(verzondenOp, 0, 0) : addDays(verzondenOp, addressees[geadresseerde].standaardTermijnDagen);
}

export interface NewRequestInput {
  readonly geadresseerde: Geadresseerde;
  readonly geadresseerdeNaam: string;
  readonly betrokkeneIds: readonly string[];
  readonly vragen: string;
}

/** What a new request lacks: the bestuursorgaan's name for 'ander-bestuursorgaan', whom it is about, what is asked. */
export function newRequestProblems(input: NewRequestInput, dossierBetrokkeneIds: ReadonlySet<string>): VerzoekProblem[] {
  const problems: VerzoekProblem[] = [];
  if (input.geadresseerde === 'ander-bestuursorgaan' && input.geadresseerdeNaam.trim() === '') {
    problems.push({ pad: 'geadresseerdeNaam', melding: 'Noem het bestuursorgaan dat u om gegevens vraagt (art. 28 lid 2 onder m Wet Bibob).' });
  }
  if (input.betrokkeneIds.length === 0) problems.push({ pad: 'betrokkeneIds', melding: 'Kies de betrokkenen waarover u informatie vraagt.' });
  for (const id of input.betrokkeneIds) {
    if (!dossierBetrokkeneIds.has(id)) problems.push({ pad: 'betrokkeneIds', melding: 'Kies alleen betrokkenen van dit dossier.' });
  }
  if (input.vragen.trim() === '') problems.push({ pad: 'vragen', melding: 'Schrijf op wat u vraagt.' });
  return problems;
}

export interface SendInput {
  readonly verzondenOp: string;
  readonly uiterlijkOp: string;
}

/** A due date before the day of sending cannot be met. */
export function sendProblems(input: SendInput): VerzoekProblem[] {
  if (compareDates(input.uiterlijkOp, input.verzondenOp) < 0) {
    return [{ pad: 'uiterlijkOp', melding: `De uiterste datum ligt vóór de verzending (${formatDutchDate(input.verzondenOp)}).` }];
  }
  return [];
}

/** The LBB request needs the power of art. 9, the formulier bevindingen eigen onderzoek (art. 7a lid 4), and no other running request. */
export function lbbSendProblems(besluitsoortId: string | null, bevindingenProblemen: readonly string[], otherActiveLbbRequest: boolean): VerzoekProblem[] {
  const problems: VerzoekProblem[] = [];
  const authority = lbbAdviceAuthority(besluitsoortId);
  if (!authority.ok) problems.push({ pad: 'geadresseerde', melding: authority.melding });
  if (bevindingenProblemen.length > 0) {
    problems.push({
      pad: 'bevindingen',
      melding: `Het formulier bevindingen eigen onderzoek is nog niet compleet; zonder die bevindingen kan het LBB afzien van advies (art. 7a lid 4 en art. 9 lid 5 Wet Bibob). Ontbreekt: ${bevindingenProblemen.join('; ')}`,
    });
  }
  if (otherActiveLbbRequest) problems.push({ pad: 'geadresseerde', melding: 'Er loopt in dit dossier al een adviesaanvraag aan het LBB.' });
  return problems;
}

/** A later due date for a sent request; for the LBB its extension of art. 15 lid 3 is recorded instead. */
export function extendProblems(verzoek: Informatieverzoek, uiterlijkOp: string): VerzoekProblem[] {
  if (verzoek.geadresseerde === 'lbb') return [{ pad: 'uiterlijkOp', melding: 'Bij het LBB legt u de verlenging vast die het LBB meldt (art. 15 lid 3 Wet Bibob); de uiterste datum volgt daaruit.' }];
  if (verzoek.uiterlijkOp !== null && compareDates(uiterlijkOp, verzoek.uiterlijkOp) <= 0) {
    return [{ pad: 'uiterlijkOp', melding: `Kies een datum na de huidige uiterste datum (${formatDutchDate(verzoek.uiterlijkOp)}).` }];
  }
  return [];
}

/** Art. 15 lid 3 Wet Bibob: one announced extension, of at most 4 weeks, after the request. */
export function lbbExtensionProblems(verzoek: Informatieverzoek, gemeldOp: string, weken: number): VerzoekProblem[] {
  const problems: VerzoekProblem[] = [];
  if (verzoek.lbb?.verlenging) problems.push({ pad: 'weken', melding: 'Het LBB kan zijn adviestermijn maar één keer verlengen (art. 15 lid 3 en art. 31 Wet Bibob).' });
  if (!Number.isInteger(weken) || weken < 1 || weken > LBB_MAX_EXTENSION_WEEKS) {
    problems.push({ pad: 'weken', melding: `De verlenging is 1 tot en met ${LBB_MAX_EXTENSION_WEEKS} weken (art. 15 lid 3 Wet Bibob).` });
  }
  if (verzoek.verzondenOp !== null && compareDates(gemeldOp, verzoek.verzondenOp) < 0) {
    problems.push({ pad: 'gemeldOp', melding: `De melding kan niet vóór de adviesaanvraag (${formatDutchDate(verzoek.verzondenOp)}) liggen.` });
  }
  return problems;
}

/** An answer or advice arrives on or after the day the request was sent, and is summarised. */
export function answerProblems(verzoek: Informatieverzoek, ontvangenOp: string, samenvatting: string): VerzoekProblem[] {
  const problems: VerzoekProblem[] = [];
  if (verzoek.verzondenOp !== null && compareDates(ontvangenOp, verzoek.verzondenOp) < 0) {
    problems.push({ pad: 'ontvangenOp', melding: `Het antwoord kan niet vóór de verzending (${formatDutchDate(verzoek.verzondenOp)}) zijn ontvangen.` });
  }
  if (samenvatting.trim() === '') problems.push({ pad: 'samenvatting', melding: 'Vat het antwoord samen.' });
  return problems;
}

/** A dated step after the request: not before the day the LBB was asked. */
export function notBeforeRequest(verzoek: Informatieverzoek, date: string, pad: string): VerzoekProblem[] {
  if (verzoek.verzondenOp !== null && compareDates(date, verzoek.verzondenOp) < 0) {
    return [{ pad, melding: `Deze datum ligt vóór de adviesaanvraag (${formatDutchDate(verzoek.verzondenOp)}).` }];
  }
  return [];
}

/** What a correction of a recorded answer or advice can change (issue 18 §2). */
export interface AntwoordCorrectie {
  readonly ontvangenOp: string;
  readonly samenvatting: string;
  readonly beperkingen: readonly string[];
}

/**
 * The fields a correction changes, each as [old, new] for the audit trail; empty when it changes nothing. The use
 * restrictions compare as a set: the order they were ticked in says nothing.
 */
export function answerChanges(before: AntwoordCorrectie, after: AntwoordCorrectie): Partial<Record<keyof AntwoordCorrectie, [unknown, unknown]>> {
  const changes: Partial<Record<keyof AntwoordCorrectie, [unknown, unknown]>> = {};
  if (before.ontvangenOp !== after.ontvangenOp) changes.ontvangenOp = [before.ontvangenOp, after.ontvangenOp];
  if (before.samenvatting !== after.samenvatting) changes.samenvatting = [before.samenvatting, after.samenvatting];
  const oud = [...new Set(before.beperkingen)].sort();
  const nieuw = [...new Set(after.beperkingen)].sort();
  if (oud.join('|') !== nieuw.join('|')) changes.beperkingen = [oud, nieuw];
  return changes;
}

/**
 * Issue 18 §2: an answer recorded by mistake is withdrawn and the request is awaited again, as it stood before the
 * receipt: extended when its due date was ever extended, sent otherwise. For the LBB this means the suspension of
 * the beslistermijn runs again from the request (art. 31 Wet Bibob), as if the advice had not come.
 */
export function statusAfterAnswerWithdrawn(extended: boolean): 'verzonden' | 'verlengd' {
  return extended ? 'verlengd' : 'verzonden';
}
