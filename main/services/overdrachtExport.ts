import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { BibobError } from '../../src/contract/errors';
import { ontvangerKeuzes, ontvangerProblem, type OverdrachtOntvanger, type PakketSoort } from '../../src/domain/overdracht';
import { readAttachmentChunks } from '../files/attachmentStore';
import { newWachtwoordzin, writePakket } from '../files/pakketCipher';
import type { VaultDatabase } from '../vault/database';
import { schemaVersion } from '../vault/database';
import { appendAudit, listAudit } from '../vault/repositories/auditLog';
import { findDossiers, openDossierSql, presentDossierSql } from '../vault/repositories/dossiers';
import { findOntvangst, insertOverdrachtLog, reactieNotitiesOf } from '../vault/repositories/overdracht';
import { collectDossierRows } from '../vault/repositories/overdrachtRows';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { insertVerstrekking } from '../vault/repositories/verstrekkingen';
import { today, type ServiceContext } from './context';
import { afzenderOf, jsonRecord, pakketNaam, vaultIterations, type Manifest, type OverdrachtData, type ReactieData } from './overdrachtPakket';

/*
 * Making a package (issue 24 §3): the dossiers' rows, their betrokkenen and relations, the sender's audit records of
 * them and their attachments' contents, streamed into one encrypted file where the coordinator points the save
 * dialog; then, in one transaction, the package in the overdracht log, per dossier a verstrekking (RIEC, other
 * bestuursorgaan) or nothing (internal hand-over), a timeline entry and one audit record. When that transaction
 * fails, the file is removed: no package without its record.
 */


/** The audit action of a package made, per kind of package. */
const verzondenAudit = { overdracht: { action: 'overdracht.verzonden' }, reactie: { action: 'overdracht.reactie-verzonden' } } as const;

function dossierIdsFor(db: VaultDatabase, input: ParsedInput<'overdracht.export'>): string[] {
  if (input.alleOpen) {
    const ids = (db.prepare(`SELECT id FROM dossier WHERE ${openDossierSql} ORDER BY zaaknummer`).all() as { id: string }[]).map((row) => row.id);
    if (ids.length === 0) throw new BibobError('VALIDATION', 'Er zijn geen open dossiers om over te dragen.', { issues: [{ path: 'alleOpen', message: 'Er zijn geen open dossiers om over te dragen.' }] });
    return ids;
  }
  const ids = [...new Set(input.dossierIds ?? [])];
  const present = new Set((db.prepare(`SELECT id FROM dossier WHERE ${presentDossierSql} AND id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[]).map((row) => row.id));
  if (ids.some((id) => !present.has(id))) throw new BibobError('NOT_FOUND', 'Een gekozen dossier bestaat niet (meer).', { issues: [{ path: 'dossierIds', message: 'Een gekozen dossier bestaat niet (meer).' }] });
  return ids;
}

interface Content {
  readonly sha256: string;
  readonly grootte: number;
  readonly type: string;
  readonly mime: string;
  readonly bijlageId: string;
}

function contentsOf(db: VaultDatabase, dossierIds: readonly string[]): Content[] {
  return db
    .prepare(
      `SELECT i.sha256, i.grootte, i.type, i.mime, MIN(b.id) AS bijlageId FROM bijlage b JOIN bestand_inhoud i ON i.sha256 = b.sha256
       WHERE b.dossier_id IN (SELECT value FROM json_each(?)) GROUP BY i.sha256 ORDER BY i.sha256`,
    )
    .all(JSON.stringify(dossierIds)) as Content[];
}

async function choosePath(ctx: ServiceContext, naam: string): Promise<string | null> {
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  return chooseSavePath.call(ctx.exportTarget, naam);
}

interface Registration {
  readonly soort: PakketSoort;
  readonly ontvangerSoort: OverdrachtOntvanger;
  readonly ontvanger: string;
  readonly afzender: { naam: string; organisatie: string };
  readonly dossiers: readonly { id: string; zaaknummer: string }[];
  readonly details: Record<string, unknown>;
}

/** The log entry, the verstrekkingen, the timeline entries and one audit record per dossier, in one transaction. */
function register(ctx: ServiceContext, pakketId: string, entry: Registration): void {
  const keuze = ontvangerKeuzes[entry.ontvangerSoort];
  ctx.vault.transaction((db) => {
    const at = ctx.now().toISOString();
    insertOverdrachtLog(db, {
      id: pakketId,
      richting: 'verzonden',
      soort: entry.soort,
      ontvangerSoort: entry.ontvangerSoort,
      ontvanger: entry.ontvanger,
      afzenderNaam: entry.afzender.naam,
      afzenderOrganisatie: entry.afzender.organisatie,
      grondslag: keuze.grondslag,
      zaaknummers: entry.dossiers.map((dossier) => dossier.zaaknummer),
      op: at,
      door: ctx.actor,
    });
    const wat = entry.soort === 'overdracht' ? 'Overdrachtspakket' : 'Reactiepakket';
    for (const dossier of entry.dossiers) {
      if (keuze.categorie) {
        insertVerstrekking(db, { id: randomUUID(), dossierId: dossier.id, wat: `${wat} (hele dossier)`, categorie: keuze.categorie, ontvanger: entry.ontvanger, verstrektOp: at, verstrektDoor: ctx.actor });
      }
      appendTimelineEvent(
        db,
        dossier.id,
        { at, soort: `overdracht.${entry.soort === 'overdracht' ? 'verzonden' : 'reactie-verzonden'}`, omschrijving: `${wat} gemaakt voor ${entry.ontvanger} (${keuze.grondslag}).` },
        { pakketId },
      );
      appendAudit(db, {
        at,
        actor: ctx.actor,
        action: verzondenAudit[entry.soort].action,
        entityType: 'dossier',
        entityId: dossier.id,
        details: { pakketId, ontvangerSoort: entry.ontvangerSoort, ontvanger: entry.ontvanger, grondslag: keuze.grondslag, aantalDossiers: entry.dossiers.length, ...entry.details },
      });
    }
  });
}

async function writeAndRegister(ctx: ServiceContext, naam: string, records: () => AsyncGenerator<Buffer>, entry: Registration): Promise<CallOutput<'overdracht.export'>> {
  const target = await choosePath(ctx, naam);
  const zaaknummers = entry.dossiers.map((dossier) => dossier.zaaknummer);
  if (!target) return { exported: false, wachtwoordzin: null, bestandsnaam: null, zaaknummers };
  const wachtwoordzin = newWachtwoordzin();
  const { pakketId } = await writePakket(target, wachtwoordzin, vaultIterations(ctx), records());
  try {
    register(ctx, pakketId, entry);
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { exported: true, wachtwoordzin, bestandsnaam: path.basename(target), zaaknummers };
}

export async function exportDossiers(ctx: ServiceContext, input: ParsedInput<'overdracht.export'>): Promise<CallOutput<'overdracht.export'>> {
  const problem = ontvangerProblem(input.ontvangerSoort, input.voorwaardenBevestigd);
  if (problem) throw new BibobError('VALIDATION', problem, { issues: [{ path: 'voorwaardenBevestigd', message: problem }] });
  const db = ctx.vault.database();
  const ids = dossierIdsFor(db, input);
  const dossiers = findDossiers(db, ids);
  const afzender = afzenderOf(db, input.afzenderNaam);
  const contents = contentsOf(db, ids);
  const rows = collectDossierRows(db, ids);
  const geschiedenis: OverdrachtData['geschiedenis'] = {};
  for (const id of ids) {
    geschiedenis[id] = listAudit(db, { entityType: 'dossier', entityId: id }).map((entry) => ({ volgnummer: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, details: JSON.stringify(entry.details), hash: entry.hash }));
  }
  const keuze = ontvangerKeuzes[input.ontvangerSoort];
  const manifest: Manifest = {
    soort: 'overdracht',
    schemaVersie: schemaVersion(db),
    afzender,
    verzondenOp: ctx.now().toISOString(),
    ontvangerSoort: input.ontvangerSoort,
    ontvanger: input.ontvanger,
    grondslag: keuze.grondslag,
    dossiers: dossiers.map((dossier) => ({ id: dossier.id, zaaknummer: dossier.zaaknummer, aanvragerNaam: dossier.aanvragerNaam, toepassingsgebied: dossier.toepassingsgebied })),
    bijlagen: contents.map(({ sha256, grootte, type, mime }) => ({ sha256, grootte, type, mime })),
    notities: 0,
  };
  const data: OverdrachtData = { ...rows, geschiedenis };
  async function* records(): AsyncGenerator<Buffer> {
    yield jsonRecord(manifest);
    yield jsonRecord(data);
    for (const content of contents) yield* readAttachmentChunks(ctx.vault.database(), content.bijlageId);
  }
  const sorted = [...dossiers].sort((a, b) => a.zaaknummer.localeCompare(b.zaaknummer));
  return writeAndRegister(ctx, pakketNaam('overdracht', sorted.map((dossier) => dossier.zaaknummer), today(ctx)), records, {
    soort: 'overdracht',
    ontvangerSoort: input.ontvangerSoort,
    ontvanger: input.ontvanger,
    afzender,
    dossiers: sorted,
    details: { alleOpen: input.alleOpen === true, bijlagen: contents.length },
  });
}

/**
 * The reviewer's reactiepakket: the reactienotities written here on a received dossier, back to its sender, on the
 * basis it came on (the RIEC answers as a RIEC participant, sub d; another bestuursorgaan under sub m; a colleague
 * internally). Carries the dossier's uuid, not its zaaknummer, so it finds the same dossier at the sender.
 */
export async function exportReactie(ctx: ServiceContext, input: ParsedInput<'overdracht.exportReactie'>): Promise<CallOutput<'overdracht.exportReactie'>> {
  const db = ctx.vault.database();
  const [dossier] = findDossiers(db, [input.dossierId]);
  if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
  const ontvangst = findOntvangst(db, dossier.id);
  if (!ontvangst) {
    throw new BibobError('VALIDATION', 'Een reactiepakket gaat terug naar de afzender van een ontvangen dossier; dit dossier is hier niet ontvangen.', { issues: [{ path: 'dossierId', message: 'Dit dossier is niet ontvangen uit een overdrachtspakket.' }] });
  }
  const notities = reactieNotitiesOf(db, dossier.id).filter((notitie) => notitie.pakketId === null);
  if (notities.length === 0) throw new BibobError('VALIDATION', 'Schrijf eerst een reactienotitie; een reactiepakket zonder notities wordt niet gemaakt.', { issues: [{ path: 'tekst', message: 'Schrijf eerst een reactienotitie.' }] });
  const afzender = afzenderOf(db, input.afzenderNaam);
  const ontvanger = ontvangst.afzenderOrganisatie ? `${ontvangst.afzenderNaam} (${ontvangst.afzenderOrganisatie})` : ontvangst.afzenderNaam;
  const manifest: Manifest = {
    soort: 'reactie',
    schemaVersie: schemaVersion(db),
    afzender,
    verzondenOp: ctx.now().toISOString(),
    ontvangerSoort: ontvangst.ontvangerSoort,
    ontvanger,
    grondslag: ontvangerKeuzes[ontvangst.ontvangerSoort].grondslag,
    dossiers: [{ id: dossier.id, zaaknummer: ontvangst.zaaknummerAfzender, aanvragerNaam: dossier.aanvragerNaam, toepassingsgebied: dossier.toepassingsgebied }],
    bijlagen: [],
    notities: notities.length,
  };
  const data: ReactieData = { notities: notities.map(({ id, dossierId, tekst, auteur, organisatie, gemaaktOp }) => ({ id, dossierId, tekst, auteur, organisatie, gemaaktOp })) };
  async function* records(): AsyncGenerator<Buffer> {
    yield jsonRecord(manifest);
    yield jsonRecord(data);
  }
  return writeAndRegister(ctx, pakketNaam('reactie', [dossier.zaaknummer], today(ctx)), records, {
    soort: 'reactie',
    ontvangerSoort: ontvangst.ontvangerSoort,
    ontvanger,
    afzender,
    dossiers: [dossier],
    details: { notities: notities.length },
  });
}
