import { randomUUID } from 'node:crypto';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { BibobError } from '../../src/contract/errors';
import type { OverdrachtPreview } from '../../src/contract/overdrachtCalls';
import type { BetrokkeneInput } from '../../src/contract/schemas';
import { maskBsn } from '../../src/domain/betrokkenen';
import { formatDutchDate } from '../../src/domain/termijnen';
import { nextZaaknummer, DEFAULT_ZAAKNUMMER_PREFIX } from '../../src/domain/zaaknummer';
import { ontvangenVanTekst } from '../../src/domain/overdracht';
import { insertContent, writeContentFile, type WrittenFile } from '../files/attachmentCopy';
import { damagedPackage, openPakket, type PakketReader } from '../files/pakketCipher';
import type { VaultDatabase } from '../vault/database';
import { schemaVersion } from '../vault/database';
import { appendAudit } from '../vault/repositories/auditLog';
import { findBetrokkene, possibleDuplicates, relatieExists, sameIdentifier } from '../vault/repositories/betrokkenen';
import { findDossier, zaaknummersWithPrefix, zaaknummerTaken } from '../vault/repositories/dossiers';
import { insertGeschiedenis, insertOntvangst, insertOverdrachtLog, insertReactieNotitie, packageKnown, reactieNotitieExists } from '../vault/repositories/overdracht';
import { dossierTables, insertRow, type Row } from '../vault/repositories/overdrachtRows';
import { indexEntry } from '../vault/repositories/searchIndex';
import { readSetting } from '../vault/repositories/settings';
import { appendTimelineEvent } from '../vault/repositories/timeline';
import { today, type ServiceContext } from './context';
import { refreshDeadline } from './deadlineService';
import { ZAAKNUMMER_PREFIX_SETTING, indexDossier } from './dossierService';
import { manifestSchema, overdrachtDataSchema, reactieDataSchema, readJsonRecord, refuseOtherSchema, type Manifest, type OverdrachtData, type ReactieData } from './overdrachtPakket';

/*
 * Reading a package into this vault (issue 24 §3). The preview decrypts the manifest and the data and shows who sent
 * what, with the betrokkenen that may already be here. The import reads the whole package again: every record is
 * authenticated and every attachment written as a new encrypted file of this vault before ONE transaction inserts
 * the rows, the receipt, the sender's audit records (read-only, beside this vault's chain), the timeline entry and one
 * audit record per dossier, with which this vault's own trail of the dossier starts. A failure anywhere leaves
 * nothing: the new files are removed.
 *
 * Zaaknummer: kept when free here; otherwise the dossier gets the next zaaknummer of this vault, and the sender's is
 * kept with the receipt and shown on the dossier — refusing would strand a colleague's hand-over on a numbering
 * clash that neither can change. Ids are kept (uuids): the reactiepakket finds the dossier by its uuid. A betrokkene
 * the coordinator links to an existing one takes that one's id everywhere in the rows.
 */

/** Per context, the package the coordinator chose (the renderer never names a path). */
const chosen = new WeakMap<ServiceContext, { path: string; name: string }>();

export async function choosePackage(ctx: ServiceContext): Promise<CallOutput<'overdracht.chooseFile'>> {
  const choose = ctx.importSource?.choosePackage;
  if (!choose) throw new BibobError('INTERNAL', 'Een pakket kiezen is hier niet mogelijk.');
  const file = await choose.call(ctx.importSource);
  if (!file) return { gekozen: false, bestandsnaam: chosen.get(ctx)?.name ?? null };
  chosen.set(ctx, file);
  return { gekozen: true, bestandsnaam: file.name };
}

function chosenPath(ctx: ServiceContext): string {
  const file = chosen.get(ctx);
  if (!file) throw new BibobError('VALIDATION', 'Kies eerst het pakket dat u wilt inlezen.', { issues: [{ path: 'bestand', message: 'Kies eerst het pakket dat u wilt inlezen.' }] });
  return file.path;
}

interface Opened {
  readonly reader: PakketReader;
  readonly manifest: Manifest;
  readonly data: OverdrachtData | ReactieData;
}

async function openChosen(ctx: ServiceContext, wachtwoordzin: string): Promise<Opened> {
  const reader = await openPakket(chosenPath(ctx), wachtwoordzin);
  try {
    const manifest = await readJsonRecord(reader, manifestSchema);
    const data = manifest.soort === 'overdracht' ? await readJsonRecord(reader, overdrachtDataSchema) : await readJsonRecord(reader, reactieDataSchema);
    refuseOtherSchema(manifest, schemaVersion(ctx.vault.database()));
    return { reader, manifest, data };
  } catch (error) {
    await reader.close();
    throw error;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function betrokkeneInputOf(row: Row): BetrokkeneInput {
  return {
    soort: row.soort === 'rechtspersoon' ? 'rechtspersoon' : 'persoon',
    naam: String(row.naam ?? ''),
    ...(text(row.geboortedatum) ? { geboortedatum: text(row.geboortedatum) } : {}),
    ...(text(row.geboorteplaats) ? { geboorteplaats: text(row.geboorteplaats) } : {}),
    ...(text(row.bsn) ? { bsn: text(row.bsn) } : {}),
    ...(text(row.kvk_nummer) ? { kvkNummer: text(row.kvk_nummer) } : {}),
    ...(text(row.rechtsvorm) ? { rechtsvorm: text(row.rechtsvorm) } : {}),
    adres: String(row.adres ?? ''),
  } as BetrokkeneInput;
}

function omschrijving(b: { soort: string; kvkNummer?: string | null; geboortedatum?: string | null; bsnGemaskeerd?: string | null; adres?: string | null }): string {
  const parts = [b.soort === 'rechtspersoon' ? 'rechtspersoon' : 'persoon'];
  if (b.kvkNummer) parts.push(`KvK ${b.kvkNummer}`);
  if (b.geboortedatum) parts.push(`geboren ${b.geboortedatum}`);
  if (b.bsnGemaskeerd) parts.push(`BSN ${b.bsnGemaskeerd}`);
  if (b.adres) parts.push(b.adres);
  return parts.join(', ');
}

/** The existing betrokkenen of this vault that may be the package's betrokkene: the same record first, then duplicates.ts's rule. */
function kandidatenOf(db: VaultDatabase, row: Row): { id: string; naam: string; omschrijving: string }[] {
  const same = findBetrokkene(db, String(row.id));
  const found = [...(same ? [same] : []), ...possibleDuplicates(db, betrokkeneInputOf(row)).filter((b) => b.id !== same?.id)];
  return found.map((b) => ({ id: b.id, naam: b.naam, omschrijving: omschrijving(b) }));
}

function zaaknummerHier(db: VaultDatabase, ctx: ServiceContext, zaaknummer: string, taken: Set<string>): string {
  if (!zaaknummerTaken(db, zaaknummer) && !taken.has(zaaknummer)) return zaaknummer;
  const prefix = readSetting(db, ZAAKNUMMER_PREFIX_SETTING) ?? DEFAULT_ZAAKNUMMER_PREFIX;
  const year = Number(today(ctx).slice(0, 4));
  return nextZaaknummer(prefix, year, [...zaaknummersWithPrefix(db, `${prefix}-${year}-`), ...taken]);
}

function dossierProblem(db: VaultDatabase, soort: Manifest['soort'], id: string): string | null {
  const present = findDossier(db, id);
  if (soort === 'overdracht') return present ? `Dit dossier staat al in deze kluis (${present.zaaknummer}); het wordt niet nog eens ingelezen.` : null;
  return present ? null : 'Het dossier van deze reactie staat niet in deze kluis.';
}

function previewOf(ctx: ServiceContext, opened: Opened): OverdrachtPreview {
  const db = ctx.vault.database();
  const { manifest, data } = opened;
  const taken = new Set<string>();
  const dossiers = manifest.dossiers.map((dossier) => {
    const hier = manifest.soort === 'overdracht' ? zaaknummerHier(db, ctx, dossier.zaaknummer, taken) : (findDossier(db, dossier.id)?.zaaknummer ?? dossier.zaaknummer);
    taken.add(hier);
    return { ...dossier, zaaknummerHier: hier, probleem: dossierProblem(db, manifest.soort, dossier.id) };
  });
  const betrokkenen =
    manifest.soort === 'overdracht'
      ? (data as OverdrachtData).betrokkenen.map((row) => ({
          id: String(row.id),
          naam: String(row.naam),
          soort: row.soort === 'rechtspersoon' ? ('rechtspersoon' as const) : ('persoon' as const),
          omschrijving: omschrijving({ soort: String(row.soort), kvkNummer: text(row.kvk_nummer) ?? null, geboortedatum: text(row.geboortedatum) ?? null, bsnGemaskeerd: text(row.bsn) ? maskBsn(String(row.bsn)) : null, adres: text(row.adres) ?? null }),
          kandidaten: kandidatenOf(db, row),
        }))
      : [];
  return { soort: manifest.soort, afzender: manifest.afzender, verzondenOp: manifest.verzondenOp, ontvangerSoort: manifest.ontvangerSoort, grondslag: manifest.grondslag, dossiers, betrokkenen, notities: manifest.notities, bijlagen: manifest.bijlagen.length };
}

function refuseKnown(db: VaultDatabase, pakketId: string): void {
  if (packageKnown(db, pakketId)) throw new BibobError('CONFLICT', 'Dit pakket is al ingelezen in deze kluis.', { issues: [{ path: 'bestand', message: 'Dit pakket is al ingelezen.' }] });
}

export async function previewPackage(ctx: ServiceContext, input: ParsedInput<'overdracht.preview'>): Promise<CallOutput<'overdracht.preview'>> {
  const opened = await openChosen(ctx, input.wachtwoordzin);
  try {
    refuseKnown(ctx.vault.database(), opened.reader.pakketId);
    const preview = previewOf(ctx, opened);
    ctx.vault.transaction((db) => {
      appendAudit(db, {
        at: ctx.now().toISOString(),
        actor: ctx.actor,
        action: 'overdracht.pakketBekeken',
        entityType: 'kluis',
        entityId: null,
        details: { pakketId: opened.reader.pakketId, soort: opened.manifest.soort, afzender: opened.manifest.afzender, zaaknummers: opened.manifest.dossiers.map((d) => d.zaaknummer) },
      });
    });
    return preview;
  } finally {
    await opened.reader.close();
  }
}

/** The pieces of one attachment's content, read from the package until its announced size is reached. */
async function* contentPieces(reader: PakketReader, grootte: number): AsyncGenerator<Buffer> {
  let read = 0;
  while (read < grootte) {
    const piece = await reader.next();
    read += piece.length;
    if (read > grootte) throw damagedPackage('bijlage');
    yield piece;
  }
}

/** Replaces every id of `mapping` inside the text values of a row (ids are uuids: no other text contains one). */
function remap(row: Row, mapping: ReadonlyMap<string, string>): Row {
  if (mapping.size === 0) return row;
  const pattern = new RegExp([...mapping.keys()].map((id) => id.replace(/[^0-9a-f-]/gi, '')).join('|'), 'gi');
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) out[column] = typeof value === 'string' ? value.replace(pattern, (match) => mapping.get(match.toLowerCase()) ?? match) : value;
  return out;
}

function conflictOnConstraint<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof Error && 'code' in error && typeof (error as { code: unknown }).code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT')) {
      throw new BibobError('CONFLICT', 'Het pakket bevat gegevens die al in deze kluis staan of niet in deze kluis passen; er is niets ingelezen.', { reden: (error as { code: string }).code });
    }
    throw error;
  }
}

export async function importPackage(ctx: ServiceContext, input: ParsedInput<'overdracht.import'>): Promise<CallOutput<'overdracht.import'>> {
  const opened = await openChosen(ctx, input.wachtwoordzin);
  const written: { file: WrittenFile; meta: Manifest['bijlagen'][number] }[] = [];
  let committed = false;
  try {
    const db = ctx.vault.database();
    refuseKnown(db, opened.reader.pakketId);
    const problems = opened.manifest.dossiers.map((dossier) => dossierProblem(db, opened.manifest.soort, dossier.id)).filter((p): p is string => p !== null);
    if (problems.length > 0) throw new BibobError('CONFLICT', problems[0]!, { issues: [{ path: 'bestand', message: problems[0]! }] });
    if (opened.manifest.soort === 'reactie') {
      await opened.reader.finish();
      const result = importReactie(ctx, opened.reader.pakketId, opened.manifest, opened.data as ReactieData);
      committed = true;
      return result;
    }
    const data = opened.data as OverdrachtData;
    const mapping = betrokkeneMapping(db, data, input.koppelingen);
    for (const meta of opened.manifest.bijlagen) {
      const file = await writeContentFile(db, contentPieces(opened.reader, meta.grootte), meta.grootte).catch((error: unknown) => {
        throw error instanceof BibobError ? error : damagedPackage('bijlage');
      });
      written.push({ file, meta });
      if (file.sha256 !== meta.sha256) throw damagedPackage('bijlage');
    }
    await opened.reader.finish();
    const result = conflictOnConstraint(() => ctx.vault.transaction((tx) => insertOverdracht(ctx, tx, opened, data, mapping, written)));
    committed = true;
    return result;
  } finally {
    await opened.reader.close();
    for (const { file } of written) {
      if (committed && keptFiles.has(file)) file.release();
      else await file.discard();
    }
  }
}

/** The written files whose content row was committed (the others duplicate content this vault had). */
const keptFiles = new WeakSet<WrittenFile>();

interface Mapping {
  /** Package id → id here, for betrokkenen linked to an existing one or renumbered. */
  readonly ids: Map<string, string>;
  /** Package ids of the betrokkenen inserted as new. */
  readonly nieuw: Set<string>;
}

/** Checks the coordinator's choice for every betrokkene that may already be here; nothing is linked without one. */
function betrokkeneMapping(db: VaultDatabase, data: OverdrachtData, koppelingen: ParsedInput<'overdracht.import'>['koppelingen']): Mapping {
  const chosen = new Map(koppelingen.map((k) => [k.betrokkeneId, k.bestaandeId]));
  const ids = new Map<string, string>();
  const nieuw = new Set<string>();
  data.betrokkenen.forEach((row) => {
    const id = String(row.id);
    const kandidaten = kandidatenOf(db, row);
    const path = `koppelingen.${id}`;
    if (kandidaten.length > 0 && !chosen.has(id)) {
      const message = `Kies voor ${String(row.naam)}: koppelen aan een bestaande betrokkene of als nieuwe betrokkene.`;
      throw new BibobError('VALIDATION', message, { issues: [{ path, message }] });
    }
    const bestaandeId = chosen.get(id) ?? null;
    if (bestaandeId) {
      if (!kandidaten.some((k) => k.id === bestaandeId)) {
        const message = `De gekozen bestaande betrokkene hoort niet bij ${String(row.naam)}.`;
        throw new BibobError('VALIDATION', message, { issues: [{ path, message }] });
      }
      ids.set(id.toLowerCase(), bestaandeId);
      return;
    }
    const input = betrokkeneInputOf(row);
    const same = sameIdentifier(db, input);
    if (same) {
      const message = `Er is al een betrokkene met ${same.veld === 'bsn' ? 'dit BSN' : 'dit KvK-nummer'}: ${same.betrokkene.naam}. Koppel ${String(row.naam)} aan die betrokkene.`;
      throw new BibobError('CONFLICT', message, { issues: [{ path, message }] });
    }
    if (findBetrokkene(db, id)) ids.set(id.toLowerCase(), randomUUID());
    nieuw.add(id);
  });
  return { ids, nieuw };
}

function insertOverdracht(ctx: ServiceContext, db: VaultDatabase, opened: Opened, data: OverdrachtData, mapping: Mapping, written: readonly { file: WrittenFile; meta: Manifest['bijlagen'][number] }[]): CallOutput<'overdracht.import'> {
  const at = ctx.now().toISOString();
  const { manifest, reader } = opened;
  for (const { file, meta } of written) if (insertContent(db, file, meta, at)) keptFiles.add(file);
  for (const row of data.betrokkenen) {
    if (!mapping.nieuw.has(String(row.id))) continue;
    const inserted = remap(row, mapping.ids);
    insertRow(db, 'betrokkene', inserted);
    indexEntry(db, 'betrokkene', String(inserted.id), [String(inserted.naam ?? ''), text(inserted.kvk_nummer), text(inserted.adres), text(inserted.geboorteplaats)]);
  }
  for (const row of data.relaties) {
    const relatie = remap(row, mapping.ids);
    if (relatie.van_id === relatie.naar_id || relatieExists(db, String(relatie.van_id), String(relatie.naar_id), relatie.soort as never)) continue;
    const exists = db.prepare('SELECT 1 FROM betrokkene_relatie WHERE id = ?').get(String(relatie.id));
    insertRow(db, 'betrokkene_relatie', exists ? { ...relatie, id: randomUUID() } : relatie);
  }
  const zaaknummers = new Map<string, string>();
  const taken = new Set<string>();
  for (const dossier of manifest.dossiers) {
    const hier = zaaknummerHier(db, ctx, dossier.zaaknummer, taken);
    taken.add(hier);
    zaaknummers.set(dossier.id, hier);
  }
  for (const spec of dossierTables) {
    for (const row of data.tables[spec.table] ?? []) {
      const inserted = remap(row, mapping.ids);
      if (spec.table === 'dossier') {
        if (!zaaknummers.has(String(inserted.id))) throw damagedPackage('inhoud');
        insertRow(db, 'dossier', { ...inserted, zaaknummer: zaaknummers.get(String(inserted.id)) });
      } else {
        insertRow(db, spec.table, inserted);
      }
    }
  }
  insertOverdrachtLog(db, {
    id: reader.pakketId,
    richting: 'ontvangen',
    soort: 'overdracht',
    ontvangerSoort: manifest.ontvangerSoort,
    ontvanger: manifest.ontvanger,
    afzenderNaam: manifest.afzender.naam,
    afzenderOrganisatie: manifest.afzender.organisatie,
    grondslag: manifest.grondslag,
    zaaknummers: [...zaaknummers.values()],
    op: at,
    door: ctx.actor,
  });
  const datum = formatDutchDate(manifest.verzondenOp.slice(0, 10));
  const result: { id: string; zaaknummer: string }[] = [];
  for (const dossier of manifest.dossiers) {
    const zaaknummer = zaaknummers.get(dossier.id)!;
    insertOntvangst(db, {
      dossierId: dossier.id,
      pakketId: reader.pakketId,
      afzenderNaam: manifest.afzender.naam,
      afzenderOrganisatie: manifest.afzender.organisatie,
      ontvangerSoort: manifest.ontvangerSoort,
      verzondenOp: manifest.verzondenOp,
      ontvangenOp: at,
      zaaknummerAfzender: dossier.zaaknummer,
    });
    insertGeschiedenis(db, dossier.id, data.geschiedenis[dossier.id] ?? []);
    const anders = zaaknummer === dossier.zaaknummer ? '' : `; zaaknummer bij de afzender: ${dossier.zaaknummer}, hier: ${zaaknummer}`;
    appendTimelineEvent(db, dossier.id, { at, soort: 'overdracht.ontvangen', omschrijving: `Dossier ${ontvangenVanTekst(manifest.afzender, datum)}${anders}.` }, { pakketId: reader.pakketId });
    const stored = findDossier(db, dossier.id)!;
    indexDossier(db, stored);
    refreshDeadline(db, stored, today(ctx));
    appendAudit(db, {
      at,
      actor: ctx.actor,
      action: 'overdracht.ontvangen',
      entityType: 'dossier',
      entityId: dossier.id,
      details: {
        pakketId: reader.pakketId,
        afzender: manifest.afzender,
        verzondenOp: manifest.verzondenOp,
        grondslag: manifest.grondslag,
        zaaknummer,
        zaaknummerAfzender: dossier.zaaknummer,
        betrokkenenGekoppeld: [...mapping.ids.entries()].filter(([oud]) => !mapping.nieuw.has(oud)).map(([oud, hier]) => ({ pakket: oud, hier })),
        geschiedenisRegels: (data.geschiedenis[dossier.id] ?? []).length,
      },
    });
    result.push({ id: dossier.id, zaaknummer });
  }
  return { soort: 'overdracht', dossiers: result, notitiesToegevoegd: 0 };
}

/** Adds the reviewer's notes to the same dossiers (by uuid); a note already here is left as it is. Nothing is overwritten. */
function importReactie(ctx: ServiceContext, pakketId: string, manifest: Manifest, data: ReactieData): CallOutput<'overdracht.import'> {
  const allowed = new Set(manifest.dossiers.map((d) => d.id));
  if (data.notities.some((notitie) => !allowed.has(notitie.dossierId))) throw damagedPackage('inhoud');
  return ctx.vault.transaction((db) => {
    const at = ctx.now().toISOString();
    let added = 0;
    const perDossier = new Map<string, number>();
    for (const notitie of data.notities) {
      if (reactieNotitieExists(db, notitie.id)) continue;
      insertReactieNotitie(db, { ...notitie, pakketId, ontvangenOp: at });
      added += 1;
      perDossier.set(notitie.dossierId, (perDossier.get(notitie.dossierId) ?? 0) + 1);
    }
    const dossiers = manifest.dossiers.map((d) => findDossier(db, d.id)!);
    insertOverdrachtLog(db, {
      id: pakketId,
      richting: 'ontvangen',
      soort: 'reactie',
      ontvangerSoort: manifest.ontvangerSoort,
      ontvanger: manifest.ontvanger,
      afzenderNaam: manifest.afzender.naam,
      afzenderOrganisatie: manifest.afzender.organisatie,
      grondslag: manifest.grondslag,
      zaaknummers: dossiers.map((d) => d.zaaknummer),
      op: at,
      door: ctx.actor,
    });
    const wie = manifest.afzender.organisatie ? `${manifest.afzender.naam} (${manifest.afzender.organisatie})` : manifest.afzender.naam;
    for (const dossier of dossiers) {
      const aantal = perDossier.get(dossier.id) ?? 0;
      appendTimelineEvent(db, dossier.id, { at, soort: 'overdracht.reactie-ontvangen', omschrijving: `Reactie van ${wie} ingelezen: ${aantal} ${aantal === 1 ? 'notitie' : 'notities'} toegevoegd.` }, { pakketId });
      appendAudit(db, { at, actor: ctx.actor, action: 'overdracht.reactie-ontvangen', entityType: 'dossier', entityId: dossier.id, details: { pakketId, afzender: manifest.afzender, notities: aantal } });
    }
    return { soort: 'reactie' as const, dossiers: dossiers.map((d) => ({ id: d.id, zaaknummer: d.zaaknummer })), notitiesToegevoegd: added };
  });
}
