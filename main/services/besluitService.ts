import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { besluitGegevensSchema, type BesluitGegevens, type ZienswijzeView } from '../../src/contract/besluitCalls';
import { formatDutchDate, proposeMunicipalTermEnd } from '../../src/domain/termijnen';
import { outcomeLabel, zienswijzeRequired, type WorkflowFacts } from '../../src/domain/workflow';
import { DEFAULT_ZIENSWIJZE_WEEKS, afgerondeEerdereRondes, doubleInvitationProblem, geenNieuweRondeProblems, invitationProblems, onbeantwoordeZienswijzen, reactieProblems, responseProblems, verderBesluitStapGedaan, zienswijzeStepDone, type PartijProblem, type ZienswijzePartij } from '../../src/domain/zienswijze';
import { afwijkingProblemen, afwijkingVanAdvies } from '../../src/domain/afwijkingAdvies';
import { conclusieVan } from './beoordelingService';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier } from '../vault/repositories/betrokkenen';
import { requireDossier } from '../vault/repositories/dossiers';
import { informatieverzoekenOfDossier } from '../vault/repositories/informatieverzoeken';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { findGeenNieuweRonde, findPartij, insertPartij, partijenOfDossier, readBesluit, recordResponse, withdrawPartij, writeBesluit, writeGeenNieuweRonde, writeReactie } from '../vault/repositories/zienswijzen';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { readTermSettings } from './deadlineService';
import { problemsError } from './problems';
import { movePhaseForStep } from './dossierService';
import { lbbAdviceReceived } from '../../src/domain/informatieverzoeken';
import { besluitsoort, rechtsmiddelVoor } from '../../src/domain/besluitsoorten';
import { verdereBesluitenOfDossier } from '../vault/repositories/verdereBesluiten';
import type { Toepassingsgebied } from '../../src/domain/toepassingsgebied';

const EMPTY_BESLUIT: BesluitGegevens = { besluitOp: null, contractclausule: null, bezwaar: null, beroep: null, lbbAdviesMate: null, afwijkingLbbReden: '' };

function lbbAdvice(db: VaultDatabase, dossierId: string): boolean {
  return lbbAdviceReceived(informatieverzoekenOfDossier(db, dossierId));
}

export function besluitOf(db: VaultDatabase, dossierId: string): BesluitGegevens {
  const parsed = besluitGegevensSchema.safeParse(readBesluit(db, dossierId));
  return parsed.success ? parsed.data : EMPTY_BESLUIT;
}

type Uitkomst = WorkflowFacts['outcome'];

/**
 * Whether the art. 33 step is done for an intended outcome: of the dossier's own decision (its own round, or Awb 4:11
 * onder b), or with `besluitId` of one of its further decisions (the invitations made on that decision's outcome).
 */
export function stepDone(db: VaultDatabase, dossierId: string, uitkomst: Uitkomst, now: string, besluitId: string | null = null): boolean {
  if (besluitId !== null) return verderBesluitStapGedaan(partijenOfDossier(db, dossierId), besluitId, uitkomst ?? null, now);
  return zienswijzeStepDone(partijenOfDossier(db, dossierId), now, uitkomst, findGeenNieuweRonde(db, dossierId, uitkomst));
}

/** The further decisions whose intended outcome needs the art. 33 step (lid 1, or lid 2 for vastgoed), each with its state. */
function verdereBesluitenMetZienswijze(db: VaultDatabase, dossierId: string, gebied: Toepassingsgebied, partijen: readonly ZienswijzePartij[], now: string): ZienswijzeView['verdereBesluiten'] {
  return verdereBesluitenOfDossier(db, dossierId).flatMap((besluit) => {
    if (besluit.uitkomst === null) return [];
    const vereist = zienswijzeRequired({ toepassingsgebied: gebied, outcome: besluit.uitkomst });
    if (!vereist.required) return [];
    return [
      {
        besluitId: besluit.id,
        label: besluitsoort(besluit.besluitsoort)?.inBrief ?? besluit.besluitsoort,
        uitkomst: besluit.uitkomst,
        legalBasis: vereist.legalBasis ?? 'art. 33 Wet Bibob',
        stapAfgerond: verderBesluitStapGedaan(partijen, besluit.id, besluit.uitkomst, now),
      },
    ];
  });
}

/**
 * The workflow's fact: the art. 33 step is recorded for the betrokkene and every third party invited on the
 * current intended outcome. A changed outcome needs a new round (or a recorded Awb 4:11 onder b reason).
 */
export function zienswijzeFact(db: VaultDatabase, dossierId: string, now: string): Pick<WorkflowFacts, 'zienswijzeStepDone'> {
  return { zienswijzeStepDone: stepDone(db, dossierId, requireDossier(db, dossierId).uitkomst as Uitkomst, now) };
}

export function zienswijzeView(db: VaultDatabase, dossierId: string, now: string): ZienswijzeView {
  const dossier = requireDossier(db, dossierId);
  const uitkomst = (dossier.uitkomst as Uitkomst) ?? null;
  const required = zienswijzeRequired({ toepassingsgebied: dossier.toepassingsgebied, outcome: uitkomst });
  const namen = new Map(betrokkenenOfDossier(db, dossierId).map((link) => [link.betrokkene.id, link.betrokkene.naam]));
  const partijen = partijenOfDossier(db, dossierId);
  const geenNieuweRonde = findGeenNieuweRonde(db, dossierId, uitkomst);
  const verdereBesluiten = verdereBesluitenMetZienswijze(db, dossierId, dossier.toepassingsgebied as Toepassingsgebied, partijen, now);
  return {
    vereist: required.required,
    verdereBesluiten,
    legalBasis: required.legalBasis ?? null,
    lbbAdvies: lbbAdvice(db, dossierId),
    stapAfgerond: zienswijzeStepDone(partijen, now, uitkomst, geenNieuweRonde),
    partijen: partijen.map(({ dossierId: _dossier, verdereUitkomsten: _verdere, ...partij }) => ({
      ...partij,
      naam: namen.get(partij.betrokkeneId) ?? 'geen betrokkene meer van dit dossier',
      huidigeRonde: uitkomst !== null && partij.uitkomst === uitkomst,
    })),
    besluit: besluitOf(db, dossierId),
    afwijkingLbb: afwijkingVanAdvies(besluitOf(db, dossierId).lbbAdviesMate, uitkomst, conclusieVan(db, dossier)),
    rechtsmiddel: rechtsmiddelVoor(dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : dossier.toepassingsgebied === 'vastgoed' ? { beschikking: false } : undefined).soort,
    uitkomst,
    eerdereRondes: afgerondeEerdereRondes(partijen, uitkomst, now),
    geenNieuweRonde: geenNieuweRonde ? { eerdereUitkomst: geenNieuweRonde.eerdereUitkomst, reden: geenNieuweRonde.reden } : null,
  };
}

export function getZienswijze(ctx: ServiceContext, input: ParsedInput<'zienswijze.get'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => ({ result: zienswijzeView(db, input.dossierId, today(ctx)), audit: { action: 'zienswijze.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} } }));
}

/** The default zienswijzetermijn, ending on a working day (../shared/bibob-domain.md §5). */
export function proposeTerm(ctx: ServiceContext, input: ParsedInput<'zienswijze.proposeTerm'>): CallOutput<'zienswijze.proposeTerm'> {
  const holidays = { decreedDays: readTermSettings(ctx.vault.database()).decreedDays };
  return { termijnTot: proposeMunicipalTermEnd(input.uitgenodigdOp, DEFAULT_ZIENSWIJZE_WEEKS, holidays) };
}

export function invite(ctx: ServiceContext, input: ParsedInput<'zienswijze.invite'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const naam = betrokkenenOfDossier(db, dossier.id).find((link) => link.betrokkene.id === input.betrokkeneId)?.betrokkene.naam;
    if (!naam) throw problemsError('Kies een betrokkene van dit dossier.', [{ pad: 'betrokkeneId', melding: 'Kies een betrokkene van dit dossier.' }]);
    const partij = {
      id: randomUUID(),
      dossierId: dossier.id,
      betrokkeneId: input.betrokkeneId,
      rol: input.rol,
      uitgenodigdOp: input.uitgenodigdOp,
      termijnTot: input.termijnTot,
      redenKorteTermijn: input.redenKorteTermijn ?? '',
      afschriftAdvies: input.afschriftAdvies,
      geheimhoudingGewezen: input.geheimhoudingGewezen,
      // The round belongs to the outcome announced in the voornemen (art. 33 lid 1 Wet Bibob), and so to the intended
      // outcome of each further decision as it stands now.
      uitkomst: (dossier.uitkomst as Uitkomst) ?? null,
      verdereUitkomsten: Object.fromEntries(
        verdereBesluitenOfDossier(db, dossier.id).flatMap((besluit) => (besluit.uitkomst === null ? [] : [[besluit.id, besluit.uitkomst] as const])),
      ),
    };
    const dubbel = doubleInvitationProblem(partij, partijenOfDossier(db, dossier.id), naam);
    const problems = [...(dubbel ? [dubbel] : []), ...invitationProblems(partij, lbbAdvice(db, dossier.id))];
    if (problems.length > 0) throw problemsError('De uitnodiging is niet vastgelegd.', problems);
    const at = ctx.now().toISOString();
    insertPartij(db, partij, at);
    // The invitation is the voornemen's step (art. 33 Wet Bibob): the dossier moves on to voornemen en zienswijze.
    movePhaseForStep(ctx, db, dossier.id, 'zienswijze-uitgenodigd', input.uitgenodigdOp, { partijId: partij.id });
    appendTimelineEvent(db, dossier.id, {
      at,
      soort: 'zienswijze.uitgenodigd',
      omschrijving: `${naam} (${input.rol === 'derde' ? 'derde' : 'betrokkene'}) uitgenodigd voor een zienswijze${partij.uitkomst ? ` op het voornemen tot ${outcomeLabel(partij.uitkomst, dossier.toepassingsgebied)}` : ''} op ${formatDutchDate(input.uitgenodigdOp)}, termijn tot en met ${formatDutchDate(input.termijnTot)} (art. 33 Wet Bibob)${input.afschriftAdvies ? '; afschrift van het advies en wijzing op de geheimhoudingsplicht (art. 28 lid 3)' : ''}.`,
    });
    return {
      result: zienswijzeView(db, dossier.id, today(ctx)),
      audit: { action: 'zienswijze.uitgenodigd', entityType: 'dossier', entityId: dossier.id, details: { partijId: partij.id, betrokkeneId: input.betrokkeneId, rol: input.rol, termijnTot: input.termijnTot, uitkomst: partij.uitkomst } },
    };
  });
}

export function recordZienswijze(ctx: ServiceContext, input: ParsedInput<'zienswijze.recordResponse'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const partij = findPartij(db, input.partijId);
    if (!partij) throw new BibobError('NOT_FOUND', 'Deze uitnodiging bestaat niet (meer).');
    const problems = responseProblems(partij, input.ontvangenOp, input.samenvatting);
    if (problems.length > 0) throw problemsError('De zienswijze is niet vastgelegd.', problems);
    if (!recordResponse(db, partij.id, input.ontvangenOp, input.samenvatting)) throw new BibobError('CONFLICT', 'Deze zienswijze is al vastgelegd.');
    appendTimelineEvent(db, partij.dossierId, { at: ctx.now().toISOString(), soort: 'zienswijze.ontvangen', omschrijving: `Zienswijze ontvangen op ${formatDutchDate(input.ontvangenOp)}.` });
    return {
      result: zienswijzeView(db, partij.dossierId, today(ctx)),
      audit: { action: 'zienswijze.ontvangen', entityType: 'dossier', entityId: partij.dossierId, details: { partijId: partij.id, ontvangenOp: input.ontvangenOp } },
    };
  });
}

/**
 * Sets or corrects the bestuursorgaan's answer to a received zienswijze: the besluit summarises each zienswijze and
 * answers it (Awb 3:46 with art. 33 lid 3 Wet Bibob). The earlier answer stays in the audit trail.
 */
export function recordReactie(ctx: ServiceContext, input: ParsedInput<'zienswijze.recordReactie'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const partij = findPartij(db, input.partijId);
    if (!partij) throw new BibobError('NOT_FOUND', 'Deze uitnodiging bestaat niet (meer).');
    const problems = reactieProblems(partij, input.reactie);
    if (problems.length > 0 || !writeReactie(db, partij.id, input.reactie)) throw problemsError('De reactie is niet vastgelegd.', problems);
    const naam = betrokkenenOfDossier(db, partij.dossierId).find((link) => link.betrokkene.id === partij.betrokkeneId)?.betrokkene.naam ?? 'de betrokkene';
    appendTimelineEvent(db, partij.dossierId, {
      at: ctx.now().toISOString(),
      soort: 'zienswijze.reactie',
      omschrijving: `${partij.reactie.trim() === '' ? 'Reactie vastgelegd' : 'Reactie gecorrigeerd'} op de zienswijze van ${naam} van ${formatDutchDate(partij.ontvangenOp!)}.`,
    });
    return {
      result: zienswijzeView(db, partij.dossierId, today(ctx)),
      audit: { action: partij.reactie.trim() === '' ? 'zienswijze.reactie' : 'zienswijze.reactie-gecorrigeerd', entityType: 'dossier', entityId: partij.dossierId, details: { partijId: partij.id, reactie: [partij.reactie, input.reactie] } },
    };
  });
}

/**
 * What stands in the way of making the besluit besides the art. 33 step: a zienswijze of the current round without
 * the bestuursorgaan's answer (Awb 3:46), and a departure from the LBB advice without its reasons (Awb 3:50). The
 * same reasons refuse the besluit letter (main/services/briefGegevens.ts).
 */
export function besluitMotiveringProblemen(db: VaultDatabase, dossierId: string, besluit: BesluitGegevens = besluitOf(db, dossierId)): PartijProblem[] {
  const dossier = requireDossier(db, dossierId);
  const uitkomst = (dossier.uitkomst as Uitkomst) ?? null;
  const namen = new Map(betrokkenenOfDossier(db, dossierId).map((link) => [link.betrokkene.id, link.betrokkene.naam]));
  const problems: PartijProblem[] = onbeantwoordeZienswijzen(partijenOfDossier(db, dossierId), uitkomst).map((partij) => ({
    pad: 'reactie',
    melding: `De zienswijze van ${namen.get(partij.betrokkeneId) ?? 'een betrokkene'} (ontvangen op ${formatDutchDate(partij.ontvangenOp!)}) heeft nog geen reactie van het bestuursorgaan. Het besluit gaat op elke zienswijze in (art. 3:46 Awb, art. 33 Wet Bibob): leg eerst de reactie vast.`,
  }));
  if (uitkomst !== null) {
    problems.push(...afwijkingProblemen({ lbbAdviesOntvangen: lbbAdvice(db, dossierId), adviesMate: besluit.lbbAdviesMate, uitkomst, eigenConclusie: conclusieVan(db, dossier), reden: besluit.afwijkingLbbReden }));
  }
  return problems;
}

/**
 * Withdraws an invitation entered by mistake (the wrong person, a wrong date), with the reason: it stays in the
 * timeline and the audit trail and no longer counts for the zienswijze step of art. 33 or the date of the besluit.
 */
export function withdrawInvitation(ctx: ServiceContext, input: ParsedInput<'zienswijze.withdraw'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const partij = findPartij(db, input.partijId);
    if (!partij) throw new BibobError('NOT_FOUND', 'Deze uitnodiging bestaat niet (meer) of is al ingetrokken.');
    const at = ctx.now().toISOString();
    withdrawPartij(db, partij.id, input.reden, at);
    appendTimelineEvent(db, partij.dossierId, {
      at,
      soort: 'zienswijze.ingetrokken',
      omschrijving: `Uitnodiging voor een zienswijze van ${formatDutchDate(partij.uitgenodigdOp)} ingetrokken: ${input.reden}`,
    });
    return {
      result: zienswijzeView(db, partij.dossierId, today(ctx)),
      audit: {
        action: 'zienswijze.ingetrokken',
        entityType: 'dossier',
        entityId: partij.dossierId,
        details: { partijId: partij.id, betrokkeneId: partij.betrokkeneId, reden: input.reden, uitgenodigdOp: partij.uitgenodigdOp, termijnTot: partij.termijnTot, ontvangenOp: partij.ontvangenOp },
      },
    };
  });
}

/**
 * The decision's date, bezwaar and beroep. For a vastgoedtransactie there is no bezwaar (no beschikking), and
 * suspending or dissolving the contract needs its clause recorded as present (art. 5a sub b Wet Bibob).
 */
export function saveBesluit(ctx: ServiceContext, input: ParsedInput<'besluit.save'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const problems: PartijProblem[] = [];
    const vastgoed = dossier.toepassingsgebied === 'vastgoed';
    if (vastgoed && (input.besluit.bezwaar || input.besluit.beroep)) {
      problems.push({ pad: 'bezwaar', melding: 'Bij een vastgoedtransactie beslist de gemeente als contractpartij: daartegen staan geen bezwaar en beroep open.' });
    }
    const rechtsmiddel = rechtsmiddelVoor(dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined);
    if (rechtsmiddel.soort === 'beroep' && input.besluit.bezwaar) {
      problems.push({
        pad: 'bezwaar',
        melding: `Dit besluit is voorbereid met de uniforme openbare voorbereidingsprocedure (afd. 3.4 Awb, ${rechtsmiddel.voorbereiding}): daartegen staat geen bezwaar open, maar rechtstreeks beroep (art. 7:1 lid 1 onder d Awb). Leg het beroep vast.`,
      });
    }
    if (dossier.uitkomst === 'contract-ontbinden' && input.besluit.contractclausule !== true) {
      problems.push({
        pad: 'contractclausule',
        melding: 'De overeenkomst kan alleen worden opgeschort of ontbonden op grond van een beding dat dat toestaat (art. 5a sub b Wet Bibob). Leg vast dat het beding in de overeenkomst staat.',
      });
    }
    if (input.besluit.bezwaar && input.besluit.besluitOp && input.besluit.bezwaar.ingediendOp < input.besluit.besluitOp) {
      problems.push({ pad: 'bezwaar.ingediendOp', melding: `Bezwaar kan niet vóór het besluit (${formatDutchDate(input.besluit.besluitOp)}) zijn ingediend.` });
    }
    const before = besluitOf(db, dossier.id);
    // Taking the decision (a date set or moved) needs every zienswijze answered and a departure from the advice reasoned.
    if (input.besluit.besluitOp && input.besluit.besluitOp !== before.besluitOp) problems.push(...besluitMotiveringProblemen(db, dossier.id, input.besluit));
    if (problems.length > 0) throw problemsError('Het besluit is niet opgeslagen.', problems);
    const at = ctx.now().toISOString();
    writeBesluit(db, dossier.id, input.besluit, at);
    if (input.besluit.besluitOp && input.besluit.besluitOp !== before.besluitOp) {
      appendTimelineEvent(db, dossier.id, {
        at,
        soort: 'besluit.genomen',
        omschrijving: `Besluit genomen op ${formatDutchDate(input.besluit.besluitOp)}${dossier.uitkomst ? `: ${outcomeLabel(dossier.uitkomst as NonNullable<WorkflowFacts['outcome']>, dossier.toepassingsgebied)}` : ''}.`,
      });
      movePhaseForStep(ctx, db, dossier.id, 'besluit-genomen', input.besluit.besluitOp);
    }
    return {
      result: zienswijzeView(db, dossier.id, today(ctx)),
      audit: { action: 'besluit.opgeslagen', entityType: 'dossier', entityId: dossier.id, details: { besluitOp: [before.besluitOp, input.besluit.besluitOp], bezwaar: input.besluit.bezwaar?.uitkomst ?? null, beroep: input.besluit.beroep?.uitkomst ?? null } },
    };
  });
}

/**
 * Records why the changed intended outcome gets no new zienswijze round: the betrokkene was given the opportunity
 * in an earlier, finished round and no new facts or circumstances arose since (Awb 4:11 onder b, applying through
 * art. 33 lid 3 Wet Bibob). Refused without such an earlier round or without the reason.
 */
export function recordGeenNieuweRonde(ctx: ServiceContext, input: ParsedInput<'zienswijze.geenNieuweRonde'>): ZienswijzeView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossier = requireDossier(db, input.dossierId);
    const uitkomst = (dossier.uitkomst as Uitkomst) ?? null;
    const problems = geenNieuweRondeProblems(partijenOfDossier(db, dossier.id), uitkomst, input.eerdereUitkomst, input.reden, today(ctx));
    if (problems.length > 0 || uitkomst === null) throw problemsError('Er is niet vastgelegd dat een nieuwe ronde achterwege blijft.', problems);
    const at = ctx.now().toISOString();
    writeGeenNieuweRonde(db, dossier.id, { uitkomst, eerdereUitkomst: input.eerdereUitkomst, reden: input.reden }, at);
    appendTimelineEvent(db, dossier.id, {
      at,
      soort: 'zienswijze.geen-nieuwe-ronde',
      omschrijving: `Geen nieuwe zienswijzeronde voor het voornemen tot ${outcomeLabel(uitkomst, dossier.toepassingsgebied)}: de betrokkene kreeg al gelegenheid bij het voornemen tot ${outcomeLabel(input.eerdereUitkomst, dossier.toepassingsgebied)} en er zijn sindsdien geen nieuwe feiten of omstandigheden (art. 4:11 onder b Awb, art. 33 lid 3 Wet Bibob): ${input.reden}`,
    });
    return {
      result: zienswijzeView(db, dossier.id, today(ctx)),
      audit: { action: 'zienswijze.geen-nieuwe-ronde', entityType: 'dossier', entityId: dossier.id, details: { uitkomst, eerdereUitkomst: input.eerdereUitkomst, reden: input.reden } },
    };
  });
}
