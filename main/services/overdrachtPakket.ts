import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import { overdrachtOntvangers } from '../../src/domain/overdracht';
import { damagedPackage, type PakketReader } from '../files/pakketCipher';
import { readKeyFile } from '../vault/keyFile';
import type { ServiceContext } from './context';
import { readBriefhoofd } from './briefService';
import type { VaultDatabase } from '../vault/database';

/*
 * What an overdrachtspakket holds inside its encryption (see main/files/pakketCipher.ts for the file): record 0 the
 * manifest — kind, sender, date, recipient and basis, contents list — record 1 the data, then each attachment's
 * content in pieces, in the manifest's order. Both JSON records are checked on reading, though they authenticated.
 */

const afzender = z.strictObject({ naam: z.string().max(300), organisatie: z.string().max(300) });

export const manifestSchema = z.strictObject({
  soort: z.enum(['overdracht', 'reactie']),
  schemaVersie: z.number().int(),
  afzender,
  verzondenOp: z.string().max(40),
  ontvangerSoort: z.enum(overdrachtOntvangers),
  ontvanger: z.string().max(300),
  grondslag: z.string().max(500),
  dossiers: z.array(z.strictObject({ id: z.uuid(), zaaknummer: z.string().max(100), aanvragerNaam: z.string().max(1000), toepassingsgebied: z.string().max(40) })).max(2000),
  bijlagen: z.array(z.strictObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), grootte: z.number().int().positive(), type: z.string().max(20), mime: z.string().max(200) })).max(100_000),
  notities: z.number().int().min(0),
});
export type Manifest = z.infer<typeof manifestSchema>;

const row = z.record(z.string(), z.unknown());

export const overdrachtDataSchema = z.strictObject({
  tables: z.record(z.string(), z.array(row)),
  betrokkenen: z.array(row),
  relaties: z.array(row),
  geschiedenis: z.record(z.string(), z.array(z.strictObject({ volgnummer: z.number(), at: z.string(), actor: z.string(), action: z.string(), details: z.string(), hash: z.string() }))),
});
export type OverdrachtData = z.infer<typeof overdrachtDataSchema>;

export const reactieDataSchema = z.strictObject({
  notities: z.array(z.strictObject({ id: z.uuid(), dossierId: z.uuid(), tekst: z.string().min(1).max(5000), auteur: z.string().max(300), organisatie: z.string().max(300), gemaaktOp: z.string().max(40) })).max(100_000),
});
export type ReactieData = z.infer<typeof reactieDataSchema>;

export function jsonRecord(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

export async function readJsonRecord<T>(reader: PakketReader, schema: z.ZodType<T>): Promise<T> {
  const plain = await reader.next();
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain.toString('utf8'));
  } catch {
    throw damagedPackage('inhoud');
  } finally {
    plain.fill(0);
  }
  const checked = schema.safeParse(parsed);
  if (!checked.success) throw damagedPackage('inhoud');
  return checked.data;
}

/** The sender as the package names it: the coordinator's name as given, the municipality of the briefhoofd. */
export function afzenderOf(db: VaultDatabase, naam: string): { naam: string; organisatie: string } {
  return { naam, organisatie: readBriefhoofd(db)?.gemeente ?? '' };
}

/** The key derivation's cost: the vault's own iteration count (as for its passphrase). */
export function vaultIterations(ctx: ServiceContext): number {
  return readKeyFile(ctx.vault.files.keyFile).passphrase.iterations;
}

/** The package must come from the same version of the schema: its rows are inserted column for column. */
export function refuseOtherSchema(manifest: Manifest, version: number): void {
  if (manifest.schemaVersie !== version) {
    throw new BibobError(
      'FILE_REJECTED',
      `Het pakket is gemaakt met een ${manifest.schemaVersie < version ? 'oudere' : 'nieuwere'} versie van Bibob Werkbank (kluisversie ${manifest.schemaVersie}, hier ${version}). Laat afzender en ontvanger dezelfde versie gebruiken.`,
      { reden: 'andere-versie' },
    );
  }
}

/** "Overdracht BIBOB-2026-001 2026-12-02.bibob-overdracht" */
export function pakketNaam(soort: 'overdracht' | 'reactie', zaaknummers: readonly string[], datum: string): string {
  const wat = zaaknummers.length === 1 ? zaaknummers[0]! : `${zaaknummers.length} dossiers`;
  return `${soort === 'overdracht' ? 'Overdracht' : 'Reactie'} ${wat.replace(/[^A-Za-z0-9 _-]/g, '_')} ${datum}.bibob-overdracht`;
}
