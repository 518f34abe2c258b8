import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { VerzoekView } from '../../src/contract/requestCalls';
import {
  addressees,
  addresseeName,
  answerChanges,
  answerProblems,
  defaultDueDate,
  extendProblems,
  isOverdue,
  lbbAdviceAuthority,
  lbbAdviceDue,
  lbbExtensionProblems,
  lbbNoticeDue,
  isOpen,
  lbbSendProblems,
  lbbWaitingDays,
  newRequestProblems,
  notBeforeRequest,
  sendProblems,
  statusAfterAnswerWithdrawn,
  transitionRefusal,
  type VerzoekProblem,
  type VerzoekStatus,
} from '../../src/domain/informatieverzoeken';
import { formatDutchDate } from '../../src/domain/termijnen';
import { attachmentInfo } from '../files/attachmentStore';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier, findBetrokkene } from '../vault/repositories/betrokkenen';
import { requireDossier } from '../vault/repositories/dossiers';
import {
  correctAnswer,
  deleteConcept,
  findInformatieverzoek,
  findLbbDataRequest,
  informatieverzoekenOfDossier,
  insertInformatieverzoek,
  insertLbbDataRequest,
  markSent,
  recordAnswer,
  recordBetrokkeneInformed,
  recordLbbDataReceived,
  recordLbbExtension,
  requestWasExtended,
  setDueDate,
  updateDueDate,
  withdraw,
  withdrawAnswer,
  type StoredInformatieverzoek,
} from '../vault/repositories/informatieverzoeken';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { refreshDeadline } from './deadlineService';
import { lbbBevindingenProblemen } from './eigenOnderzoekService';
import { problemsError } from './problems';
import { movePhaseForStep } from './dossierService';
import type { RecordedStep } from '../../src/domain/workflow';

type RequestsView = CallOutput<'verzoeken.list'>;

function requireRequest(db: VaultDatabase, id: string): StoredInformatieverzoek {
  const verzoek = findInformatieverzoek(db, id);
  if (!verzoek) throw new BibobError('NOT_FOUND', 'Dit verzoek bestaat niet (meer).');
  return verzoek;
}

function requireMove(verzoek: StoredInformatieverzoek, to: VerzoekStatus): void {
  const refusal = transitionRefusal(verzoek.status, to);
  if (refusal) throw new BibobError('TRANSITION_REFUSED', refusal);
}

function requireLbb(verzoek: StoredInformatieverzoek): void {
  if (verzoek.geadresseerde !== 'lbb') throw new BibobError('CONFLICT', 'Dit is geen adviesaanvraag aan het Landelijk Bureau Bibob.');
  if (verzoek.status === 'concept') throw new BibobError('CONFLICT', 'Deze adviesaanvraag is nog niet verzonden.');
  if (verzoek.status === 'ingetrokken') throw new BibobError('CONFLICT', 'Deze adviesaanvraag is ingetrokken.');
}

function viewOf(db: VaultDatabase, verzoek: StoredInformatieverzoek, now: string): VerzoekView {
  const info = addressees[verzoek.geadresseerde];
  return {
    id: verzoek.id,
    geadresseerde: verzoek.geadresseerde,
    geadresseerdeLabel: info.label,
    geadresseerdeNaam: verzoek.geadresseerdeNaam,
    legalBasis: info.legalBasis,
    betrokkenen: verzoek.betrokkeneIds.map((id) => ({ id, naam: findBetrokkene(db, id)?.naam ?? 'onbekende betrokkene' })),
    vragen: verzoek.vragen,
    status: verzoek.status,
    verzondenOp: verzoek.verzondenOp,
    uiterlijkOp: verzoek.uiterlijkOp,
    teLaat: isOverdue(verzoek, now),
    antwoord: verzoek.antwoord
      ? {
          ...verzoek.antwoord,
          bijlagen: verzoek.antwoordBijlagen.map((id) => ({ id, bestandsnaam: attachmentInfo(db, id)?.bestandsnaam ?? null })),
          beperkingen: [...verzoek.antwoordBeperkingen],
        }
      : null,
    ingetrokkenReden: verzoek.ingetrokkenReden,
    lbb: verzoek.lbb
      ? {
          gegevensverzoeken: [...verzoek.lbb.gegevensverzoeken],
          wachtdagen: lbbWaitingDays(verzoek.lbb.gegevensverzoeken, now),
          verlenging: verzoek.lbb.verlenging,
          betrokkeneGeinformeerdOp: verzoek.lbb.betrokkeneGeinformeerdOp,
          mededelingOpen: lbbNoticeDue(verzoek),
        }
      : null,
  };
}

/** The dossier's requests as the page shows them, with the LBB power of its kind of decision. */
export function requestsView(db: VaultDatabase, dossierId: string, now: string): RequestsView {
  const dossier = requireDossier(db, dossierId);
  const authority = lbbAdviceAuthority(dossier.besluitsoort);
  return {
    verzoeken: informatieverzoekenOfDossier(db, dossierId).map((verzoek) => viewOf(db, verzoek, now)),
    lbb: authority.ok ? { bevoegdheid: authority.bevoegdheid, melding: null } : { bevoegdheid: null, melding: authority.melding },
  };
}

export function listRequests(ctx: ServiceContext, input: ParsedInput<'verzoeken.list'>): RequestsView {
  return inTransactionWithAudit(ctx, (db) => ({
    result: requestsView(db, input.dossierId, today(ctx)),
    audit: { action: 'verzoeken.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} },
  }));
}

/**
 * Runs a change of one request in one transaction with its timeline entry and audit record, then returns the
 * dossier's requests. The deadline is recomputed, since an LBB request suspends the beslistermijn (art. 31).
 */
function changeRequest(
  ctx: ServiceContext,
  verzoekId: string,
  change: (db: VaultDatabase, verzoek: StoredInformatieverzoek, now: string) => { action: string; omschrijving: string; details: Record<string, unknown>; step?: { step: RecordedStep; op: string } },
): RequestsView {
  return inTransactionWithAudit(ctx, (db) => {
    const verzoek = requireRequest(db, verzoekId);
    const now = today(ctx);
    const { action, omschrijving, details, step } = change(db, verzoek, now);
    appendTimelineEvent(db, verzoek.dossierId, { at: ctx.now().toISOString(), soort: action, omschrijving }, { verzoekId: verzoek.id });
    if (step) movePhaseForStep(ctx, db, verzoek.dossierId, step.step, step.op, { verzoekId: verzoek.id });
    refreshDeadline(db, requireDossier(db, verzoek.dossierId), now);
    return {
      result: requestsView(db, verzoek.dossierId, now),
      audit: { action, entityType: 'dossier', entityId: verzoek.dossierId, details: { verzoekId: verzoek.id, geadresseerde: verzoek.geadresseerde, ...details } },
    };
  });
}

export function createRequest(ctx: ServiceContext, input: ParsedInput<'verzoeken.create'>): RequestsView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const onDossier = new Set(betrokkenenOfDossier(db, dossier.id).map((link) => link.betrokkene.id));
    const request = { geadresseerde: input.geadresseerde, geadresseerdeNaam: input.geadresseerdeNaam ?? '', betrokkeneIds: input.betrokkeneIds, vragen: input.vragen };
    const problems = newRequestProblems(request, onDossier);
    if (input.geadresseerde === 'lbb') {
      const authority = lbbAdviceAuthority(dossier.besluitsoort);
      if (!authority.ok) problems.push({ pad: 'geadresseerde', melding: authority.melding });
    }
    if (problems.length > 0) throw problemsError('Het verzoek is niet aangemaakt.', problems);
    const id = randomUUID();
    insertInformatieverzoek(db, { id, dossierId: dossier.id, ...request }, ctx.now().toISOString());
    return {
      result: requestsView(db, dossier.id, today(ctx)),
      audit: { action: 'verzoek.aangemaakt', entityType: 'dossier', entityId: dossier.id, details: { verzoekId: id, geadresseerde: input.geadresseerde, betrokkenen: input.betrokkeneIds.length } },
    };
  });
}

export function deleteRequestConcept(ctx: ServiceContext, input: ParsedInput<'verzoeken.deleteConcept'>): RequestsView {
  return inTransactionWithAudit(ctx, (db) => {
    const verzoek = requireRequest(db, input.verzoekId);
    if (!deleteConcept(db, verzoek.id)) throw new BibobError('CONFLICT', 'Alleen een concept kan worden verwijderd; een verzonden verzoek trekt u in.');
    return {
      result: requestsView(db, verzoek.dossierId, today(ctx)),
      audit: { action: 'verzoek.concept-verwijderd', entityType: 'dossier', entityId: verzoek.dossierId, details: { verzoekId: verzoek.id } },
    };
  });
}

export function sendRequest(ctx: ServiceContext, input: ParsedInput<'verzoeken.send'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    requireMove(verzoek, 'verzonden');
    let uiterlijkOp = input.uiterlijkOp ?? defaultDueDate(verzoek.geadresseerde, input.verzondenOp);
    const problems: VerzoekProblem[] = [];
    if (verzoek.geadresseerde === 'lbb') {
      if (input.uiterlijkOp !== undefined) problems.push({ pad: 'uiterlijkOp', melding: 'Het LBB adviseert binnen 8 weken (art. 15 lid 1 Wet Bibob); die datum volgt uit de wet.' });
      uiterlijkOp = lbbAdviceDue(input.verzondenOp, 0, 0);
      const dossier = requireDossier(db, verzoek.dossierId);
      const otherActive = informatieverzoekenOfDossier(db, dossier.id).some((other) => other.id !== verzoek.id && other.geadresseerde === 'lbb' && isOpen(other.status));
      problems.push(...lbbSendProblems(dossier.besluitsoort, lbbBevindingenProblemen(db, dossier.id, today(ctx)), otherActive));
    }
    problems.push(...sendProblems({ verzondenOp: input.verzondenOp, uiterlijkOp }));
    if (problems.length > 0) throw problemsError('Het verzoek is niet verzonden.', problems);
    if (!markSent(db, verzoek.id, input.verzondenOp, uiterlijkOp)) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    const lbb = verzoek.geadresseerde === 'lbb';
    return {
      action: lbb ? 'lbb.advies-aangevraagd' : 'verzoek.verzonden',
      omschrijving: lbb
        ? `Advies gevraagd aan het Landelijk Bureau Bibob op ${formatDutchDate(input.verzondenOp)}; advies uiterlijk ${formatDutchDate(uiterlijkOp)} (art. 9 en 15 Wet Bibob). De beslistermijn is opgeschort (art. 31). Informeer de betrokkene dat het LBB om advies is gevraagd (art. 32).`
        : `Verzoek om informatie aan ${addresseeName(verzoek)} verzonden op ${formatDutchDate(input.verzondenOp)}; antwoord uiterlijk ${formatDutchDate(uiterlijkOp)}.`,
      details: { verzondenOp: input.verzondenOp, uiterlijkOp },
      step: { step: lbb ? ('lbb-adviesverzoek-verzonden' as const) : ('informatieverzoek-verzonden' as const), op: input.verzondenOp },
    };
  });
}

export function extendRequest(ctx: ServiceContext, input: ParsedInput<'verzoeken.extend'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    requireMove(verzoek, 'verlengd');
    const problems = extendProblems(verzoek, input.uiterlijkOp);
    if (problems.length > 0) throw problemsError('De termijn is niet verlengd.', problems);
    if (!setDueDate(db, verzoek.id, input.uiterlijkOp, 'verlengd')) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    return {
      action: 'verzoek.verlengd',
      omschrijving: `Termijn van het verzoek aan ${addresseeName(verzoek)} verlengd tot en met ${formatDutchDate(input.uiterlijkOp)}.`,
      details: { uiterlijkOp: [verzoek.uiterlijkOp, input.uiterlijkOp] },
    };
  });
}

export function recordRequestAnswer(ctx: ServiceContext, input: ParsedInput<'verzoeken.recordAnswer'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    requireMove(verzoek, 'beantwoord');
    const problems = answerProblems(verzoek, input.ontvangenOp, input.samenvatting);
    for (const bijlageId of input.bijlageIds ?? []) {
      if (attachmentInfo(db, bijlageId)?.dossierId !== verzoek.dossierId) problems.push({ pad: 'bijlageIds', melding: 'Kies alleen bijlagen van dit dossier.' });
    }
    if (problems.length > 0) throw problemsError('Het antwoord is niet vastgelegd.', problems);
    if (!recordAnswer(db, verzoek.id, { ontvangenOp: input.ontvangenOp, samenvatting: input.samenvatting, bijlageIds: input.bijlageIds ?? [], beperkingen: input.beperkingen ?? [] })) {
      throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    }
    const lbb = verzoek.geadresseerde === 'lbb';
    return {
      action: lbb ? 'lbb.advies-ontvangen' : 'verzoek.beantwoord',
      omschrijving: lbb
        ? `Advies van het Landelijk Bureau Bibob ontvangen op ${formatDutchDate(input.ontvangenOp)}; de opschorting van de beslistermijn eindigt (art. 31 Wet Bibob).`
        : `Antwoord van ${addresseeName(verzoek)} ontvangen op ${formatDutchDate(input.ontvangenOp)}.`,
      details: { ontvangenOp: input.ontvangenOp, bijlagen: input.bijlageIds?.length ?? 0, beperkingen: input.beperkingen ?? [] },
    };
  });
}

export function withdrawRequest(ctx: ServiceContext, input: ParsedInput<'verzoeken.withdraw'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    requireMove(verzoek, 'ingetrokken');
    if (!withdraw(db, verzoek.id, input.reden)) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    return {
      action: 'verzoek.ingetrokken',
      omschrijving: `Verzoek aan ${addresseeName(verzoek)} ingetrokken: ${input.reden}`,
      details: { reden: input.reden },
    };
  });
}

/** The LBB's due date follows its waiting for data and its extension; stored so that lists can show it. */
function refreshLbbDueDate(db: VaultDatabase, verzoekId: string, now: string): void {
  const verzoek = requireRequest(db, verzoekId);
  if (!verzoek.verzondenOp || !verzoek.lbb) return;
  updateDueDate(db, verzoek.id, lbbAdviceDue(verzoek.verzondenOp, lbbWaitingDays(verzoek.lbb.gegevensverzoeken, now), verzoek.lbb.verlenging?.weken ?? 0));
}

export function addLbbDataRequest(ctx: ServiceContext, input: ParsedInput<'verzoeken.lbbDataRequest'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek, now) => {
    requireLbb(verzoek);
    if (verzoek.status === 'beantwoord') throw new BibobError('CONFLICT', 'Het advies is al ontvangen.');
    const problems = notBeforeRequest(verzoek, input.verzochtOp, 'verzochtOp');
    if (problems.length > 0) throw problemsError('Het verzoek van het LBB is niet vastgelegd.', problems);
    insertLbbDataRequest(db, verzoek.id, { id: randomUUID(), omschrijving: input.omschrijving, verzochtOp: input.verzochtOp }, ctx.now().toISOString());
    refreshLbbDueDate(db, verzoek.id, now);
    return {
      action: 'lbb.gegevens-gevraagd',
      omschrijving: `Het LBB vraagt op ${formatDutchDate(input.verzochtOp)} om gegevens: ${input.omschrijving}. Zijn adviestermijn is opgeschort tot de gegevens er zijn (art. 15 lid 2 Wet Bibob).`,
      details: { verzochtOp: input.verzochtOp },
    };
  });
}

export function recordLbbDataReceivedCall(ctx: ServiceContext, input: ParsedInput<'verzoeken.lbbDataReceived'>): RequestsView {
  const request = findLbbDataRequest(ctx.vault.database(), input.gegevensverzoekId);
  if (!request) throw new BibobError('NOT_FOUND', 'Dit verzoek van het LBB bestaat niet (meer).');
  return changeRequest(ctx, request.verzoekId, (db, verzoek, now) => {
    requireLbb(verzoek);
    if (input.ontvangenOp < request.verzochtOp) {
      throw problemsError('De gegevens zijn niet vastgelegd.', [{ pad: 'ontvangenOp', melding: `De gegevens kunnen niet vóór het verzoek (${formatDutchDate(request.verzochtOp)}) zijn ontvangen.` }]);
    }
    if (!recordLbbDataReceived(db, request.id, input.ontvangenOp)) throw new BibobError('CONFLICT', 'Deze gegevens zijn al als ontvangen vastgelegd.');
    refreshLbbDueDate(db, verzoek.id, now);
    return {
      action: 'lbb.gegevens-ontvangen',
      omschrijving: `Het LBB heeft de gevraagde gegevens (${request.omschrijving}) ontvangen op ${formatDutchDate(input.ontvangenOp)}.`,
      details: { gegevensverzoekId: request.id, ontvangenOp: input.ontvangenOp },
    };
  });
}

export function recordLbbExtensionCall(ctx: ServiceContext, input: ParsedInput<'verzoeken.lbbExtension'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek, now) => {
    requireLbb(verzoek);
    if (verzoek.status === 'beantwoord') throw new BibobError('CONFLICT', 'Het advies is al ontvangen.');
    const problems = lbbExtensionProblems(verzoek, input.gemeldOp, input.weken);
    if (problems.length > 0) throw problemsError('De verlenging is niet vastgelegd.', problems);
    const uiterlijkOp = lbbAdviceDue(verzoek.verzondenOp!, lbbWaitingDays(verzoek.lbb?.gegevensverzoeken ?? [], now), input.weken);
    if (!recordLbbExtension(db, verzoek.id, input.gemeldOp, input.weken, uiterlijkOp)) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    return {
      action: 'lbb.verlengd',
      omschrijving: `Het LBB meldt op ${formatDutchDate(input.gemeldOp)} dat het advies ${input.weken === 1 ? '1 week' : `${input.weken} weken`} later komt (art. 15 lid 3 Wet Bibob); advies uiterlijk ${formatDutchDate(uiterlijkOp)}.`,
      details: { gemeldOp: input.gemeldOp, weken: input.weken },
    };
  });
}

export function recordLbbBetrokkeneInformed(ctx: ServiceContext, input: ParsedInput<'verzoeken.lbbBetrokkeneInformed'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    requireLbb(verzoek);
    const problems = notBeforeRequest(verzoek, input.op, 'op');
    if (problems.length > 0) throw problemsError('De mededeling is niet vastgelegd.', problems);
    if (!recordBetrokkeneInformed(db, verzoek.id, input.op)) throw new BibobError('CONFLICT', 'De mededeling aan de betrokkene is al vastgelegd.');
    return {
      action: 'lbb.betrokkene-geinformeerd',
      omschrijving: `De betrokkene is op ${formatDutchDate(input.op)} geïnformeerd dat het Landelijk Bureau Bibob om advies is gevraagd (art. 32 Wet Bibob).`,
      details: { op: input.op },
    };
  });
}

const veldWoorden: Readonly<Record<string, string>> = { ontvangenOp: 'de ontvangstdatum', samenvatting: 'de samenvatting', beperkingen: 'de gebruiksbeperkingen' };

function requireAnswer(verzoek: StoredInformatieverzoek, wat: string): NonNullable<StoredInformatieverzoek['antwoord']> {
  if (verzoek.status !== 'beantwoord' || !verzoek.antwoord) {
    const lbb = verzoek.geadresseerde === 'lbb';
    throw new BibobError('CONFLICT', lbb ? `Er is geen ontvangen advies van het LBB om ${wat}.` : `Er is geen ontvangen antwoord om ${wat}.`);
  }
  return verzoek.antwoord;
}

/**
 * Corrects the recorded answer or LBB advice (issue 18 §2): the date of receipt (through the same date rules as
 * recording it), the summary and the use restrictions, with the reason. The audit trail keeps old → new and the
 * timeline says what was corrected; a corrected receipt of the LBB advice moves the end of the suspension of art. 31
 * Wet Bibob, and the beslistermijn is computed again at once.
 */
export function correctRequestAnswer(ctx: ServiceContext, input: ParsedInput<'verzoeken.correctAnswer'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek) => {
    const antwoord = requireAnswer(verzoek, 'te corrigeren');
    const problems = answerProblems(verzoek, input.ontvangenOp, input.samenvatting);
    if (problems.length > 0) throw problemsError('De correctie is niet vastgelegd.', problems);
    const changes = answerChanges({ ...antwoord, beperkingen: verzoek.antwoordBeperkingen }, input);
    const fields = Object.keys(changes);
    if (fields.length === 0) throw problemsError('Er is niets gewijzigd.', [{ pad: 'samenvatting', melding: 'Wijzig ten minste de datum, de samenvatting of de gebruiksbeperkingen.' }]);
    if (!correctAnswer(db, verzoek.id, input)) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    const lbb = verzoek.geadresseerde === 'lbb';
    const wat = fields.map((field) => veldWoorden[field]).join(', ');
    const datum = changes.ontvangenOp ? ` Ontvangen op ${formatDutchDate(input.ontvangenOp)} in plaats van ${formatDutchDate(antwoord.ontvangenOp)}.` : '';
    return {
      action: lbb ? 'lbb.advies-gecorrigeerd' : 'verzoek.antwoord-gecorrigeerd',
      omschrijving: `${lbb ? 'Advies van het Landelijk Bureau Bibob' : `Antwoord van ${addresseeName(verzoek)}`} gecorrigeerd (${wat}).${datum} Reden: ${input.reden}`,
      details: { ...changes, reden: input.reden },
    };
  });
}

/**
 * Withdraws an answer or LBB advice recorded by mistake (issue 18 §2), with the reason: the request is awaited again
 * as it stood before (sent or extended), what the answer said stays in the audit trail, and for the LBB the
 * suspension of the beslistermijn runs again as if the advice had not come (art. 31 Wet Bibob); the LBB's own due
 * date follows its waiting for data again (art. 15).
 */
export function withdrawRequestAnswer(ctx: ServiceContext, input: ParsedInput<'verzoeken.withdrawAnswer'>): RequestsView {
  return changeRequest(ctx, input.verzoekId, (db, verzoek, now) => {
    const antwoord = requireAnswer(verzoek, 'in te trekken');
    const terugNaar = statusAfterAnswerWithdrawn(requestWasExtended(db, verzoek.dossierId, verzoek.id));
    if (!withdrawAnswer(db, verzoek.id, terugNaar)) throw new BibobError('CONFLICT', 'Dit verzoek is intussen gewijzigd. Laad het dossier opnieuw.');
    const lbb = verzoek.geadresseerde === 'lbb';
    if (lbb) refreshLbbDueDate(db, verzoek.id, now);
    return {
      action: lbb ? 'lbb.advies-ingetrokken' : 'verzoek.antwoord-ingetrokken',
      omschrijving: lbb
        ? `Ontvangst van het advies van het Landelijk Bureau Bibob (${formatDutchDate(antwoord.ontvangenOp)}) ingetrokken: ${input.reden} Het advies wordt weer afgewacht; de beslistermijn blijft opgeschort tot het advies er is (art. 31 Wet Bibob).`
        : `Ontvangst van het antwoord van ${addresseeName(verzoek)} (${formatDutchDate(antwoord.ontvangenOp)}) ingetrokken: ${input.reden} Het antwoord wordt weer afgewacht.`,
      details: {
        reden: input.reden,
        status: ['beantwoord', terugNaar],
        ontvangenOp: [antwoord.ontvangenOp, null],
        samenvatting: [antwoord.samenvatting, null],
        bijlagen: [verzoek.antwoordBijlagen, []],
        beperkingen: [verzoek.antwoordBeperkingen, []],
      },
    };
  });
}
