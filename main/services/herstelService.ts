import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { herstelverzoekProblem, proposeHersteltermijn } from '../../src/domain/herstel';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { formatDutchDate } from '../../src/domain/termijnen';
import { findDossier, requireDossier } from '../vault/repositories/dossiers';
import { phaseLabels, type Phase } from '../../src/domain/workflow';
import { findHerstelverzoek, insertHerstelverzoek, recordAanvulling, withdrawHerstelverzoek } from '../vault/repositories/herstelverzoeken';
import { appendTimelineEvent, phaseMoveCausedBy } from '../vault/repositories/timeline';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { readTermSettings } from './deadlineService';
import { dossierDetail, movePhaseForStep } from './dossierService';

/** The proposed end of a hersteltermijn: never on a non-working day (../shared/bibob-domain.md §5). */
export function proposeTerm(ctx: ServiceContext, input: ParsedInput<'herstel.proposeTerm'>): CallOutput<'herstel.proposeTerm'> {
  const holidays = { decreedDays: readTermSettings(ctx.vault.database()).decreedDays };
  return { termijnTot: proposeHersteltermijn(input.verzondenOp, input.weken, holidays) };
}

/** Registers a herstelverzoek (Awb 4:5); its term suspends the beslistermijn (Awb 4:15 lid 1 sub a). */
export function registerHerstelverzoek(ctx: ServiceContext, input: ParsedInput<'herstel.register'>): CallOutput<'herstel.register'> {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = findDossier(db, input.dossierId);
    if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
    if (dossier.besluitsoort && besluitsoort(dossier.besluitsoort)?.ambtshalve) {
      throw new BibobError(
        'CONFLICT',
        'Bij een ambtshalve besluit (zoals een intrekking) is er geen aanvraag om aan te vullen. Weigert de vergunninghouder het formulier in te vullen, dan geldt dat als ernstig gevaar (art. 4 lid 1 Wet Bibob).',
      );
    }
    const problem = herstelverzoekProblem(input);
    if (problem) throw new BibobError('VALIDATION', problem, { issues: [{ path: 'termijnTot', message: problem }] });
    const id = randomUUID();
    const at = ctx.now().toISOString();
    insertHerstelverzoek(db, dossier.id, { id, verzondenOp: input.verzondenOp, termijnTot: input.termijnTot, ontbrekend: input.ontbrekend, aangevuldOp: null, aanvulling: null }, at);
    appendTimelineEvent(db, dossier.id, {
      at,
      soort: 'herstel.verzonden',
      omschrijving: `Herstelverzoek verzonden op ${formatDutchDate(input.verzondenOp)} met hersteltermijn tot en met ${formatDutchDate(input.termijnTot)} (${input.ontbrekend.length} ontbrekende onderdelen; art. 4:5 Awb).`,
    });
    movePhaseForStep(ctx, db, dossier.id, 'herstelverzoek-verzonden', input.verzondenOp, { herstelId: id });
    return {
      result: dossierDetail(ctx, db, dossier.id),
      audit: {
        action: 'herstel.geregistreerd',
        entityType: 'dossier',
        entityId: dossier.id,
        details: { herstelId: id, verzondenOp: input.verzondenOp, termijnTot: input.termijnTot, ontbrekend: input.ontbrekend.map((item) => item.omschrijving) },
      },
    };
  });
}

/** Records how the applicant completed the application; an incomplete completion leads to the Awb 4:5 proposal. */
export function recordCompletion(ctx: ServiceContext, input: ParsedInput<'herstel.recordCompletion'>): CallOutput<'herstel.recordCompletion'> {
  return inTransactionWithAudit(ctx, (db) => {
    const verzoek = findHerstelverzoek(db, input.herstelId);
    if (!verzoek) throw new BibobError('NOT_FOUND', 'Dit herstelverzoek bestaat niet (meer).');
    if (input.aangevuldOp < verzoek.verzondenOp) {
      const message = `De aanvulling ligt vóór het herstelverzoek (${formatDutchDate(verzoek.verzondenOp)}).`;
      throw new BibobError('VALIDATION', message, { issues: [{ path: 'aangevuldOp', message }] });
    }
    if (!recordAanvulling(db, verzoek.id, input.aangevuldOp, input.aanvulling)) {
      throw new BibobError('CONFLICT', 'De aanvulling op dit herstelverzoek is al vastgelegd.');
    }
    const at = ctx.now().toISOString();
    appendTimelineEvent(db, verzoek.dossierId, {
      at,
      soort: 'herstel.aangevuld',
      omschrijving: `Aanvulling ontvangen op ${formatDutchDate(input.aangevuldOp)}: ${input.aanvulling === 'volledig' ? 'volledig' : 'onvolledig'}.`,
    });
    return {
      result: dossierDetail(ctx, db, verzoek.dossierId),
      audit: { action: 'herstel.aanvulling-vastgelegd', entityType: 'dossier', entityId: verzoek.dossierId, details: { herstelId: verzoek.id, aangevuldOp: [null, input.aangevuldOp], aanvulling: [null, input.aanvulling] } },
    };
  });
}

/**
 * Withdraws a herstelverzoek that was entered by mistake, with the reason: it stays in the timeline and the audit
 * trail, and from now on counts nowhere — the suspension of Awb 4:15 lid 1 sub a falls away, so the beslistermijn is
 * what it would have been without it, and no buiten-behandeling proposal rests on it.
 */
export function withdraw(ctx: ServiceContext, input: ParsedInput<'herstel.withdraw'>): CallOutput<'herstel.withdraw'> {
  return inTransactionWithAudit(ctx, (db) => {
    const verzoek = findHerstelverzoek(db, input.herstelId);
    if (!verzoek) throw new BibobError('NOT_FOUND', 'Dit herstelverzoek bestaat niet (meer) of is al ingetrokken.');
    const at = ctx.now().toISOString();
    withdrawHerstelverzoek(db, verzoek.id, input.reden, at);
    // The phase this herstelverzoek moved the dossier to stays: later steps may rest on it, so the withdrawal says so
    // and leaves a move back to the coordinator, who sees it in the timeline.
    const move = phaseMoveCausedBy(db, verzoek.dossierId, 'herstelId', verzoek.id);
    const fase = requireDossier(db, verzoek.dossierId).fase as Phase;
    const phaseNote = move && move.naar === fase ? ` Het dossier blijft in fase '${phaseLabels[fase]}', waar het bij dit herstelverzoek naartoe ging; zet het zo nodig met de hand terug.` : '';
    appendTimelineEvent(db, verzoek.dossierId, {
      at,
      soort: 'herstel.ingetrokken',
      omschrijving: `Herstelverzoek van ${formatDutchDate(verzoek.verzondenOp)} ingetrokken: ${input.reden} Het telt niet meer mee voor de beslistermijn.${phaseNote}`,
    });
    return {
      result: dossierDetail(ctx, db, verzoek.dossierId),
      audit: {
        action: 'herstel.ingetrokken',
        entityType: 'dossier',
        entityId: verzoek.dossierId,
        details: { herstelId: verzoek.id, reden: input.reden, verzondenOp: verzoek.verzondenOp, termijnTot: verzoek.termijnTot, aangevuldOp: verzoek.aangevuldOp, aanvulling: verzoek.aanvulling },
      },
    };
  });
}
