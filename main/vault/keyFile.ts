import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import { MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './keyCrypto';
import { TEMP_MARKER, writeFileAtomic, type AtomicWriteHooks } from './atomicWrite';

/**
 * The key file beside the vault holds only wrapped keys and KDF parameters: nothing in it opens the vault
 * without the passphrase or the recovery key, and it holds no dossier data.
 */
export const KEY_FILE_FORMAT = 2;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const wrappedKeySchema = z.strictObject({ iv: base64, ciphertext: base64, tag: base64 });

/**
 * The audit trail's anchor (format 2): the number and hash of the last audit record when the vault was last locked
 * (or at the last interval), where the keyed chain begins, and an HMAC over them under the anchor key. Kept outside
 * the database so that a truncated trail or an older copy of vault.db is seen.
 */
const auditAnchorSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keyedFromSeq: z.number().int().min(1),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

export const keyFileSchema = z.strictObject({
  // Format 1 files (before the anchor) are read as they are and written as format 2 at the next lock.
  format: z.union([z.literal(1), z.literal(KEY_FILE_FORMAT)]),
  vaultId: z.uuid(),
  createdAt: z.string(),
  cipher: z.literal('sqlcipher-4'),
  passphrase: z.strictObject({
    kdf: z.literal('pbkdf2-hmac-sha512'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
    salt: base64,
    wrapped: wrappedKeySchema,
  }),
  recovery: z.strictObject({
    kdf: z.literal('hkdf-sha256'),
    salt: base64,
    wrapped: wrappedKeySchema,
  }),
  auditAnchor: auditAnchorSchema.optional(),
});

export type KeyFile = z.infer<typeof keyFileSchema>;

export function readKeyFile(file: string): KeyFile {
  let raw: unknown;
  if (!existsSync(file)) {
    throw new BibobError('VAULT_DAMAGED', 'Het sleutelbestand van de kluis ontbreekt. Zet het uit een back-up terug.');
  }
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new BibobError('VAULT_DAMAGED', 'Het sleutelbestand van de kluis is onleesbaar. Zet het uit een back-up terug.');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > KEY_FILE_FORMAT) {
    throw new BibobError(
      'VAULT_TOO_NEW',
      'Deze kluis is gemaakt met een nieuwere versie van Bibob Werkbank. Installeer die versie om de kluis te openen; de kluis is niet gewijzigd.',
    );
  }
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path.join('.') === 'passphrase.iterations' && issue.code === 'too_big')) {
    throw new BibobError(
      'VAULT_DAMAGED',
      `Het sleutelbestand van de kluis vraagt meer dan ${MAX_PBKDF2_ITERATIONS.toLocaleString('nl-NL')} rondes sleutelafleiding; dat maakt Bibob Werkbank nooit. Het bestand is beschadigd of gewijzigd. Zet het uit een back-up terug.`,
    );
  }
  if (!parsed.success) {
    throw new BibobError('VAULT_DAMAGED', 'Het sleutelbestand van de kluis is beschadigd. Zet het uit een back-up terug.');
  }
  return parsed.data;
}

export function writeKeyFile(file: string, keyFile: KeyFile, hooks?: AtomicWriteHooks): void {
  writeFileAtomic(file, `${JSON.stringify(keyFileSchema.parse(keyFile), null, 2)}\n`, hooks);
}

/** Temporary files of an interrupted replacement are never read; remove them. */
export function removeInterruptedKeyFileWrites(file: string): void {
  const directory = path.dirname(file);
  if (!existsSync(directory)) return;
  const prefix = `${path.basename(file)}${TEMP_MARKER}`;
  for (const name of readdirSync(directory)) {
    if (name.startsWith(prefix)) rmSync(path.join(directory, name), { force: true });
  }
}
