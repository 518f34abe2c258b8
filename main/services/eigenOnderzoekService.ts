import { randomUUID } from 'node:crypto';
import { BibobError } from '../../src/contract/errors';
import type { ParsedInput } from '../../src/contract';
import { formulierGegevensSchema, type FormulierGegevens, type OnderzoekView } from '../../src/contract/onderzoekCalls';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import {
  bevindingenFormulierProblems,
  composeBevindingenFormulier,
  financingCheck,
  onderzoeksBronnen,
  onderzoeksNotitieSchema,
  otherBestuursorgaanProblems,
  type AnderBestuursorgaanInformatie,
  type BetrokkeneRef,
  type BevindingenFormulier,
  type BevindingenFormulierInput,
} from '../../src/domain/eigenOnderzoek';
import { formatDutchDate } from '../../src/domain/termijnen';
import { wijzigingen } from '../../src/domain/correctie';
import { attachmentInfo } from '../files/attachmentStore';
import type { VaultDatabase } from '../vault/database';
import { betrokkenenOfDossier, type LinkedBetrokkene } from '../vault/repositories/betrokkenen';
import { requireDossier } from '../vault/repositories/dossiers';
import {
  deleteFinancingPost,
  deleteNote,
  deleteOtherBodyData,
  financingOfDossier,
  findNote,
  insertHerkomst,
  insertInvestering,
  insertNote,
  insertOtherBodyData,
  notesOfDossier,
  noteWithdrawn,
  otherBodyDataOfDossier,
  readFormulier,
  updateNote,
  withdrawNote,
  writeFormulier,
} from '../vault/repositories/eigenOnderzoek';
import { findVragenformulier } from '../vault/repositories/vragenformulieren';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { movePhaseForStep } from './dossierService';
import { inTransactionWithAudit, today, type ServiceContext } from './context';
import { problemsError } from './problems';

/** The dossier's betrokkenen with their roles, as the eigen onderzoek sees them. */
function refsOf(links: readonly LinkedBetrokkene[]): BetrokkeneRef[] {
  return links.map((link) => ({ id: link.betrokkene.id, naam: link.betrokkene.naam, rollen: link.rollen.map((rol) => rol.rol) }));
}

function betrokkeneRefs(db: VaultDatabase, dossierId: string): BetrokkeneRef[] {
  return refsOf(betrokkenenOfDossier(db, dossierId));
}

/** What the form says before the coordinator wrote anything: the aanvrager, the decision, whether the form came back. */
function defaultFormulier(db: VaultDatabase, dossierId: string): FormulierGegevens {
  const dossier = requireDossier(db, dossierId);
  const soort = dossier.besluitsoort ? besluitsoort(dossier.besluitsoort) : undefined;
  const aanvrager = betrokkenenOfDossier(db, dossierId).find((link) => link.rollen.some((rol) => rol.rol === 'aanvrager'));
  return {
    betrokkeneId: aanvrager?.betrokkene.id ?? '',
    handelsnamen: [],
    besluit: soort ? `${soort.label}${dossier.locatieAdres ? `, ${dossier.locatieAdres}` : ''} (${soort.bibobGrond})` : '',
    besluitGenomen: soort?.ambtshalve ?? false,
    ondernemingInBedrijf: null,
    aanleiding: { berichtArt26: false, riecAdvies: false, toelichting: '' },
    onderzoeksvragen: [],
    vragenformulierMetBijlagen: findVragenformulier(db, dossierId)?.ontvangenOp != null,
    overigeBijlagen: [],
    financieringGecontroleerd: false,
  };
}

function formulierOf(db: VaultDatabase, dossierId: string): FormulierGegevens {
  const stored = formulierGegevensSchema.safeParse(readFormulier(db, dossierId));
  return stored.success ? stored.data : defaultFormulier(db, dossierId);
}

/** Everything the formulier bevindingen eigen onderzoek is composed from, read from the vault. */
function formInput(db: VaultDatabase, dossierId: string, now: string, formulier: FormulierGegevens = formulierOf(db, dossierId)): BevindingenFormulierInput {
  const links = betrokkenenOfDossier(db, dossierId);
  return {
    opgesteldOp: now,
    betrokkeneId: formulier.betrokkeneId,
    handelsnamen: formulier.handelsnamen,
    besluit: formulier.besluit,
    besluitGenomen: formulier.besluitGenomen,
    ondernemingInBedrijf: formulier.ondernemingInBedrijf,
    aanleiding: formulier.aanleiding,
    betrokkenen: refsOf(links),
    notities: notesOfDossier(db, dossierId),
    financiering: formulier.financieringGecontroleerd ? financingOfDossier(db, dossierId) : null,
    anderBestuursorgaan: otherBodyDataOfDossier(db, dossierId),
    andereDossiers: links.flatMap((link) => link.ookInDossiers.map((other) => ({ betrokkeneId: link.betrokkene.id, dossier: other.zaaknummer }))),
    onderzoeksvragen: formulier.onderzoeksvragen,
    bijlagen: { vragenformulierMetBijlagen: formulier.vragenformulierMetBijlagen, overige: formulier.overigeBijlagen },
  };
}

/**
 * What the formulier bevindingen eigen onderzoek still lacks before an advice request can go to the LBB (art. 7a
 * lid 4 Wet Bibob; without it the LBB may decline, art. 9 lid 5). Empty when it can go.
 */
export function lbbBevindingenProblemen(db: VaultDatabase, dossierId: string, now: string): string[] {
  return bevindingenFormulierProblems(formInput(db, dossierId, now)).map((problem) => problem.melding);
}

export function onderzoekView(db: VaultDatabase, dossierId: string, now: string): OnderzoekView {
  const formulier = formulierOf(db, dossierId);
  const input = formInput(db, dossierId, now, formulier);
  const namen = new Map(input.betrokkenen.map((betrokkene) => [betrokkene.id, betrokkene.naam]));
  const naam = (id: string) => namen.get(id) ?? 'geen betrokkene meer van dit dossier';
  const { investeringen, herkomsten } = input.financiering ?? financingOfDossier(db, dossierId);
  const check = financingCheck(investeringen, herkomsten, input.betrokkenen);
  return {
    notities: input.notities.map((notitie) => ({
      id: notitie.id,
      betrokkeneId: notitie.betrokkeneId,
      betrokkeneNaam: naam(notitie.betrokkeneId),
      bron: notitie.bron,
      bronLabel: onderzoeksBronnen[notitie.bron].label,
      geraadpleegdOp: notitie.geraadpleegdOp,
      bevinding: notitie.bevinding,
      kenmerk: notitie.kenmerk ?? null,
    })),
    financiering: {
      investeringen: [...investeringen],
      herkomsten: herkomsten.map((herkomst) => ({
        id: herkomst.id,
        omschrijving: herkomst.omschrijving,
        soort: herkomst.soort,
        bedragCent: herkomst.bedragCent,
        bewijs: herkomst.bewijs.map((id) => ({ id, bestandsnaam: attachmentInfo(db, id)?.bestandsnaam ?? null })),
        verstrekker: herkomst.verstrekkerBetrokkeneId ? { id: herkomst.verstrekkerBetrokkeneId, naam: naam(herkomst.verstrekkerBetrokkeneId) } : null,
        onderbouwd: check.herkomsten.find((beoordeling) => beoordeling.herkomstId === herkomst.id)?.status === 'onderbouwd',
      })),
      investeringCent: check.investeringCent,
      onderbouwdCent: check.onderbouwdCent,
      onverklaardCent: check.onverklaardCent,
      toelichting: [...check.toelichting],
      legalBasis: check.legalBasis,
    },
    anderBestuursorgaan: input.anderBestuursorgaan.map((info) => ({
      id: info.id,
      betrokkeneId: info.betrokkeneId,
      betrokkeneNaam: naam(info.betrokkeneId),
      verstrekkendOrgaan: info.verstrekkendOrgaan,
      omschrijving: info.omschrijving,
      verkregenOp: info.verkregenOp,
      verstrektOp: info.verstrektOp ?? now,
    })),
    formulier,
    bevindingenFormulier: (() => {
      const composed = composeBevindingenFormulier(input);
      return { titel: composed.titel, vertrouwelijk: composed.vertrouwelijk, legalBasis: composed.legalBasis, sections: composed.sections.map((section) => ({ titel: section.titel, regels: [...section.regels] })) };
    })(),
    problemen: bevindingenFormulierProblems(input),
  };
}

export function getOnderzoek(ctx: ServiceContext, input: ParsedInput<'onderzoek.get'>): OnderzoekView {
  return inTransactionWithAudit(ctx, (db) => {
    requireDossier(db, input.dossierId);
    return { result: onderzoekView(db, input.dossierId, today(ctx)), audit: { action: 'eigen-onderzoek.bekeken', entityType: 'dossier', entityId: input.dossierId, details: {} } };
  });
}

/** One change of the eigen onderzoek in one transaction with its timeline entry and audit record. */
function change(
  ctx: ServiceContext,
  dossierIdOf: (db: VaultDatabase) => string,
  work: (db: VaultDatabase, dossierId: string, now: string) => { action: string; omschrijving: string | null; details: Record<string, unknown> },
): OnderzoekView {
  return inTransactionWithAudit(ctx, (db) => {
    const dossierId = dossierIdOf(db);
    requireDossier(db, dossierId);
    const now = today(ctx);
    const { action, omschrijving, details } = work(db, dossierId, now);
    if (omschrijving) appendTimelineEvent(db, dossierId, { at: ctx.now().toISOString(), soort: action, omschrijving });
    return { result: onderzoekView(db, dossierId, now), audit: { action, entityType: 'dossier', entityId: dossierId, details } };
  });
}

function requireOwnBetrokkene(db: VaultDatabase, dossierId: string, betrokkeneId: string, pad: string): BetrokkeneRef {
  const ref = betrokkeneRefs(db, dossierId).find((candidate) => candidate.id === betrokkeneId);
  if (!ref) throw problemsError('Kies een betrokkene van dit dossier.', [{ pad, melding: 'Kies een betrokkene van dit dossier.' }]);
  return ref;
}

export function addNote(ctx: ServiceContext, input: ParsedInput<'onderzoek.addNote'>): OnderzoekView {
  return change(ctx, () => input.dossierId, (db, dossierId, now) => {
    const { naam } = requireOwnBetrokkene(db, dossierId, input.betrokkeneId, 'betrokkeneId');
    const notitie = { id: randomUUID(), betrokkeneId: input.betrokkeneId, bron: input.bron, geraadpleegdOp: input.geraadpleegdOp, bevinding: input.bevinding, ...(input.kenmerk ? { kenmerk: input.kenmerk } : {}) };
    const checked = onderzoeksNotitieSchema(now).safeParse(notitie);
    if (!checked.success) throw problemsError('De notitie is niet vastgelegd.', checked.error.issues.map((issue) => ({ pad: issue.path.join('.'), melding: issue.message })));
    insertNote(db, dossierId, notitie, ctx.now().toISOString());
    // The first finding starts the eigen onderzoek (art. 7a lid 1 Wet Bibob): the dossier moves on to that phase.
    movePhaseForStep(ctx, db, dossierId, 'eigen-onderzoek-vastgelegd', input.geraadpleegdOp, { notitieId: notitie.id });
    return {
      action: 'eigen-onderzoek.notitie',
      omschrijving: `Eigen onderzoek: ${onderzoeksBronnen[input.bron].label} geraadpleegd op ${formatDutchDate(input.geraadpleegdOp)} over ${naam}.`,
      details: { notitieId: notitie.id, betrokkeneId: input.betrokkeneId, bron: input.bron },
    };
  });
}

export function removeNote(ctx: ServiceContext, input: ParsedInput<'onderzoek.deleteNote'>): OnderzoekView {
  return change(
    ctx,
    (db) => {
      const notitie = findNote(db, input.notitieId);
      if (!notitie) throw new BibobError('NOT_FOUND', 'Deze notitie bestaat niet (meer).');
      return notitie.dossierId;
    },
    (db) => {
      deleteNote(db, input.notitieId);
      return { action: 'eigen-onderzoek.notitie-verwijderd', omschrijving: null, details: { notitieId: input.notitieId } };
    },
  );
}

export function addInvestering(ctx: ServiceContext, input: ParsedInput<'onderzoek.addInvestering'>): OnderzoekView {
  return change(ctx, () => input.dossierId, (db, dossierId) => {
    const id = randomUUID();
    insertInvestering(db, dossierId, { id, omschrijving: input.omschrijving, bedragCent: input.bedragCent }, ctx.now().toISOString());
    return { action: 'eigen-onderzoek.investering', omschrijving: null, details: { postId: id, bedragCent: input.bedragCent } };
  });
}

export function addHerkomst(ctx: ServiceContext, input: ParsedInput<'onderzoek.addHerkomst'>): OnderzoekView {
  return change(ctx, () => input.dossierId, (db, dossierId) => {
    if (input.verstrekkerBetrokkeneId) requireOwnBetrokkene(db, dossierId, input.verstrekkerBetrokkeneId, 'verstrekkerBetrokkeneId');
    for (const bijlageId of input.bewijs) {
      if (attachmentInfo(db, bijlageId)?.dossierId !== dossierId) throw problemsError('Kies alleen bijlagen van dit dossier.', [{ pad: 'bewijs', melding: 'Kies alleen bijlagen van dit dossier.' }]);
    }
    const id = randomUUID();
    insertHerkomst(
      db,
      dossierId,
      { id, omschrijving: input.omschrijving, soort: input.soort, bedragCent: input.bedragCent, bewijs: input.bewijs, ...(input.verstrekkerBetrokkeneId ? { verstrekkerBetrokkeneId: input.verstrekkerBetrokkeneId } : {}) },
      ctx.now().toISOString(),
    );
    return { action: 'eigen-onderzoek.herkomst', omschrijving: null, details: { postId: id, soort: input.soort, bedragCent: input.bedragCent, bewijs: input.bewijs.length } };
  });
}

export function removeFinancingPost(ctx: ServiceContext, input: ParsedInput<'onderzoek.deletePost'>): OnderzoekView {
  return change(
    ctx,
    (db) => {
      const row = (db.prepare('SELECT dossier_id FROM financiering_investering WHERE id = ? UNION SELECT dossier_id FROM financiering_herkomst WHERE id = ?').get(input.postId, input.postId) ?? undefined) as
        | { dossier_id: string }
        | undefined;
      if (!row) throw new BibobError('NOT_FOUND', 'Deze regel bestaat niet (meer).');
      return row.dossier_id;
    },
    (db) => {
      deleteFinancingPost(db, input.postId);
      return { action: 'eigen-onderzoek.financiering-verwijderd', omschrijving: null, details: { postId: input.postId } };
    },
  );
}

/** Art. 28 lid 2 sub m: data of another bestuursorgaan only when all four conditions hold; older than five years is refused. */
export function addOtherBodyData(ctx: ServiceContext, input: ParsedInput<'onderzoek.addAnderBestuursorgaan'>): OnderzoekView {
  return change(ctx, () => input.dossierId, (db, dossierId, now) => {
    const { naam, rollen } = requireOwnBetrokkene(db, dossierId, input.betrokkeneId, 'betrokkeneId');
    const { dossierId: _dossier, ...fields } = input;
    const info: AnderBestuursorgaanInformatie = { id: randomUUID(), ...fields };
    const problems = otherBestuursorgaanProblems(info, now, rollen);
    if (problems.length > 0) throw problemsError('Deze gegevens mogen niet worden verwerkt (art. 28 lid 2 sub m Wet Bibob).', problems);
    insertOtherBodyData(db, dossierId, info, ctx.now().toISOString());
    return {
      action: 'eigen-onderzoek.gegevens-ander-bestuursorgaan',
      omschrijving: `Gegevens van ${input.verstrekkendOrgaan} over ${naam} ontvangen op ${formatDutchDate(input.verstrektOp)} (verkregen op ${formatDutchDate(input.verkregenOp)}; art. 28 lid 2 sub m Wet Bibob).`,
      details: { gegevensId: info.id, betrokkeneId: input.betrokkeneId, verstrekkendOrgaan: input.verstrekkendOrgaan },
    };
  });
}

export function removeOtherBodyData(ctx: ServiceContext, input: ParsedInput<'onderzoek.deleteAnderBestuursorgaan'>): OnderzoekView {
  return change(
    ctx,
    (db) => {
      const row = db.prepare('SELECT dossier_id FROM ander_bestuursorgaan_gegevens WHERE id = ?').get(input.gegevensId) as { dossier_id: string } | undefined;
      if (!row) throw new BibobError('NOT_FOUND', 'Deze gegevens bestaan niet (meer).');
      return row.dossier_id;
    },
    (db) => {
      deleteOtherBodyData(db, input.gegevensId);
      return { action: 'eigen-onderzoek.gegevens-verwijderd', omschrijving: null, details: { gegevensId: input.gegevensId } };
    },
  );
}

export function updateFormulier(ctx: ServiceContext, input: ParsedInput<'onderzoek.updateFormulier'>): OnderzoekView {
  return change(ctx, () => input.dossierId, (db, dossierId) => {
    if (input.formulier.betrokkeneId !== '') requireOwnBetrokkene(db, dossierId, input.formulier.betrokkeneId, 'formulier.betrokkeneId');
    const before = formulierOf(db, dossierId);
    writeFormulier(db, dossierId, input.formulier, ctx.now().toISOString());
    const changed = (Object.keys(input.formulier) as (keyof FormulierGegevens)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(input.formulier[key]));
    return { action: 'eigen-onderzoek.formulier', omschrijving: null, details: { gewijzigd: changed } };
  });
}

/** The formulier bevindingen eigen onderzoek as it stands, for the LBB advice request letter, with what it still lacks. */
export function bevindingenFormulierVan(db: VaultDatabase, dossierId: string, now: string): { formulier: BevindingenFormulier; problemen: string[] } {
  const input = formInput(db, dossierId, now);
  return { formulier: composeBevindingenFormulier(input), problemen: bevindingenFormulierProblems(input).map((problem) => problem.melding) };
}

/** The note a correction or withdrawal names: NOT_FOUND when unknown, CONFLICT when it was withdrawn already. */
function requireNote(db: VaultDatabase, notitieId: string): NonNullable<ReturnType<typeof findNote>> {
  const notitie = findNote(db, notitieId);
  if (notitie) return notitie;
  if (noteWithdrawn(db, notitieId)) throw new BibobError('CONFLICT', 'Deze notitie is al ingetrokken.');
  throw new BibobError('NOT_FOUND', 'Deze notitie bestaat niet (meer).');
}

const notitieVelden = { betrokkeneId: 'de betrokkene', bron: 'de bron', geraadpleegdOp: 'de datum van raadpleging', bevinding: 'de bevinding', kenmerk: 'het kenmerk' } as const;

/**
 * Corrects a research note (issue 18 §2) under the rules of a new one, with the reason: the audit trail keeps old →
 * new, the timeline says what was corrected, and the formulier bevindingen follows at once.
 */
export function correctNote(ctx: ServiceContext, input: ParsedInput<'onderzoek.correctNote'>): OnderzoekView {
  let oud: NonNullable<ReturnType<typeof findNote>> | null = null;
  return change(
    ctx,
    (db) => {
      oud = requireNote(db, input.notitieId);
      return oud.dossierId;
    },
    (db, dossierId, now) => {
      const before = oud!;
      const { naam } = requireOwnBetrokkene(db, dossierId, input.betrokkeneId, 'betrokkeneId');
      const notitie = { id: before.id, betrokkeneId: input.betrokkeneId, bron: input.bron, geraadpleegdOp: input.geraadpleegdOp, bevinding: input.bevinding, ...(input.kenmerk ? { kenmerk: input.kenmerk } : {}) };
      const checked = onderzoeksNotitieSchema(now).safeParse(notitie);
      if (!checked.success) throw problemsError('De correctie is niet vastgelegd.', checked.error.issues.map((issue) => ({ pad: issue.path.join('.'), melding: issue.message })));
      const changes = wijzigingen(before, notitie, Object.keys(notitieVelden) as (keyof typeof notitieVelden)[]);
      const velden = Object.keys(changes) as (keyof typeof notitieVelden)[];
      if (velden.length === 0) throw problemsError('Er is niets gewijzigd.', [{ pad: 'bevinding', melding: 'Wijzig ten minste één gegeven van de notitie.' }]);
      if (!updateNote(db, notitie)) throw new BibobError('CONFLICT', 'Deze notitie is intussen gewijzigd. Laad het dossier opnieuw.');
      return {
        action: 'eigen-onderzoek.notitie-gecorrigeerd',
        omschrijving: `Eigen onderzoek: notitie over ${naam} (${onderzoeksBronnen[input.bron].label}) gecorrigeerd: ${velden.map((veld) => notitieVelden[veld]).join(', ')}. Reden: ${input.reden}`,
        details: { notitieId: before.id, ...changes, reden: input.reden },
      };
    },
  );
}

/** Withdraws a research note entered by mistake (issue 18 §2), with the reason: it stays in the audit trail and counts nowhere after. */
export function withdrawNoteCall(ctx: ServiceContext, input: ParsedInput<'onderzoek.withdrawNote'>): OnderzoekView {
  let oud: NonNullable<ReturnType<typeof findNote>> | null = null;
  return change(
    ctx,
    (db) => {
      oud = requireNote(db, input.notitieId);
      return oud.dossierId;
    },
    (db, dossierId) => {
      const before = oud!;
      if (!withdrawNote(db, before.id, input.reden, ctx.now().toISOString())) throw new BibobError('CONFLICT', 'Deze notitie is al ingetrokken.');
      const naam = betrokkeneRefs(db, dossierId).find((ref) => ref.id === before.betrokkeneId)?.naam ?? 'een betrokkene';
      return {
        action: 'eigen-onderzoek.notitie-ingetrokken',
        omschrijving: `Eigen onderzoek: notitie over ${naam} (${onderzoeksBronnen[before.bron].label}, ${formatDutchDate(before.geraadpleegdOp)}) ingetrokken: ${input.reden}`,
        details: { notitieId: before.id, reden: input.reden, notitie: { betrokkeneId: before.betrokkeneId, bron: before.bron, geraadpleegdOp: before.geraadpleegdOp, bevinding: before.bevinding, kenmerk: before.kenmerk ?? null } },
      };
    },
  );
}
