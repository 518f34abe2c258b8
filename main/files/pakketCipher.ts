import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BibobError } from '../../src/contract/errors';
import { WACHTWOORDZIN_ALFABET, WACHTWOORDZIN_TEKENS, formatWachtwoordzin, normalizeWachtwoordzin } from '../../src/domain/overdracht';
import { MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS, derivePassphraseKey, newSalt } from '../vault/keyCrypto';

/*
 * The format of an overdrachtspakket or reactiepakket (issue 24 §3), one file:
 *
 *   magic     8 bytes  "BWOVERD1"
 *   header    u32 length ‖ JSON: { formaat, pakketId, kdf: { iteraties, zout }, controle }   (no dossier data)
 *   record*   u32 length ‖ nonce (12) ‖ AES-256-GCM ciphertext ‖ tag (16)
 *
 * The key is derived from the one-time passphrase as the vault's key is (PBKDF2-HMAC-SHA512, keyCrypto, with the
 * vault's own iteration count), then split by HKDF-SHA256 into the record key and a check key. `controle` is an
 * HMAC under the check key: a wrong passphrase is told apart from a changed file before anything is decrypted. The
 * associated data of every record binds it to this header (its SHA-256), its index and whether it is the last one,
 * so a record changed, moved, dropped, taken from another package, or a file cut short after a whole record, all
 * fail. Record 0 is the manifest (sender, date, contents), record 1 the dossiers' data, then the attachments'
 * contents in chunks. Records are encrypted in memory and only ciphertext is written: no plaintext temp file.
 */

export const PAKKET_MAGIC = Buffer.from('BWOVERD1', 'ascii');
export const PAKKET_EXTENSIE = '.bibob-overdracht';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;
/** A record holds at most this much plaintext: the data of many dossiers with their letters, or one chunk. */
const MAX_RECORD_BYTES = 512 * 1024 * 1024;
const AAD_LABEL = Buffer.from('bibob-werkbank overdracht v1\u0000', 'ascii');

const headerSchema = z.strictObject({
  formaat: z.literal(1),
  pakketId: z.uuid(),
  kdf: z.strictObject({ naam: z.literal('pbkdf2-sha512'), iteraties: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS), zout: z.string().max(64) }),
  controle: z.string().regex(/^[0-9a-f]{64}$/),
});
type PakketHeader = z.infer<typeof headerSchema>;

/** A new one-time passphrase: 30 characters of the unambiguous alphabet drawn uniformly, in six groups. */
export function newWachtwoordzin(): string {
  return formatWachtwoordzin(Array.from({ length: WACHTWOORDZIN_TEKENS }, () => randomInt(WACHTWOORDZIN_ALFABET.length)));
}

export const WRONG_PASSPHRASE_MESSAGE = 'Onjuiste overdrachtswachtwoordzin. Controleer de tekens die u van de afzender kreeg.';

export function damagedPackage(detail?: string): BibobError {
  return new BibobError('FILE_REJECTED', `Het pakket is gewijzigd, beschadigd of onvolledig en wordt geweigerd${detail ? ` (${detail})` : ''}. Vraag de afzender om een nieuw pakket.`, { reden: 'pakket-gewijzigd' });
}

interface PakketKeys {
  readonly recordKey: Buffer;
  readonly checkKey: Buffer;
}

async function deriveKeys(wachtwoordzin: string, salt: Buffer, iterations: number): Promise<PakketKeys> {
  const master = await derivePassphraseKey(normalizeWachtwoordzin(wachtwoordzin), salt, iterations);
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `bibob-werkbank overdracht ${purpose} v1`, 32));
  const keys = { recordKey: derive('record'), checkKey: derive('controle') };
  master.fill(0);
  return keys;
}

function checkValue(checkKey: Buffer, pakketId: string): string {
  return createHmac('sha256', checkKey).update(`bibob-werkbank overdracht controle v1:${pakketId}`).digest('hex');
}

function associatedData(headerHash: Buffer, index: number, final: boolean): Buffer {
  const place = Buffer.alloc(5);
  place.writeUInt32BE(index, 0);
  place.writeUInt8(final ? 1 : 0, 4);
  return Buffer.concat([AAD_LABEL, headerHash, place]);
}

function lengthPrefix(length: number): Buffer {
  const prefix = Buffer.alloc(4);
  prefix.writeUInt32BE(length, 0);
  return prefix;
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/**
 * Writes a package to `targetPath`: into a part file beside it, renamed when complete and flushed, so the target
 * never holds half a package. `records` yields the plaintext records in order; the last one is marked final.
 */
export async function writePakket(targetPath: string, wachtwoordzin: string, iterations: number, records: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<{ pakketId: string; grootte: number }> {
  const pakketId = randomUUID();
  const salt = newSalt();
  const keys = await deriveKeys(wachtwoordzin, salt, iterations);
  const header: PakketHeader = { formaat: 1, pakketId, kdf: { naam: 'pbkdf2-sha512', iteraties: iterations, zout: salt.toString('base64') }, controle: checkValue(keys.checkKey, pakketId) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerHash = createHash('sha256').update(headerBytes).digest();
  const partPath = path.join(path.dirname(targetPath), `.${path.basename(targetPath)}.${randomBytes(8).toString('hex')}.deel`);
  const handle = await open(partPath, 'wx', 0o600);
  let closed = false;
  let completed = false;
  let grootte = 0;
  const write = async (data: Buffer) => {
    await writeAll(handle, data);
    grootte += data.length;
  };
  try {
    await write(PAKKET_MAGIC);
    await write(lengthPrefix(headerBytes.length));
    await write(headerBytes);
    let index = 0;
    let pending: Buffer | null = null;
    const flush = async (plain: Buffer, final: boolean) => {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keys.recordKey, nonce);
      cipher.setAAD(associatedData(headerHash, index, final));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      const record = Buffer.concat([nonce, body, cipher.getAuthTag()]);
      await write(lengthPrefix(record.length));
      await write(record);
      index += 1;
    };
    // One record is held back, so the last one is known when it is encrypted.
    for await (const plain of records) {
      if (pending) await flush(pending, false);
      pending = plain;
    }
    if (!pending) throw new Error('a package has at least one record');
    await flush(pending, true);
    await handle.sync();
    await handle.close();
    closed = true;
    await rename(partPath, targetPath);
    completed = true;
    return { pakketId, grootte };
  } finally {
    keys.recordKey.fill(0);
    keys.checkKey.fill(0);
    if (!closed) await handle.close().catch(() => undefined);
    if (!completed) await rm(partPath, { force: true });
  }
}

/** An open package whose passphrase was checked: reads its records in order, each authenticated. */
export interface PakketReader {
  readonly pakketId: string;
  /** The next record's plaintext; refuses a changed, reordered or missing record. */
  next(): Promise<Buffer>;
  /** Refuses when records remain or the last record read was not the final one. */
  finish(): Promise<void>;
  close(): Promise<void>;
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer | null> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) return null;
    filled += bytesRead;
  }
  return buffer;
}

/**
 * Opens a package with its one-time passphrase. WRONG_PASSPHRASE when the check value does not match; FILE_REJECTED
 * when the file is no package or is changed, damaged or cut short.
 */
export async function openPakket(filePath: string, wachtwoordzin: string): Promise<PakketReader> {
  let handle: FileHandle;
  try {
    handle = await open(filePath, 'r');
  } catch {
    throw new BibobError('FILE_REJECTED', 'Het gekozen pakket is niet (meer) te lezen. Kies het bestand opnieuw.', { reden: 'onleesbaar' });
  }
  try {
    const magic = await readExactly(handle, PAKKET_MAGIC.length, 0);
    if (!magic || !magic.equals(PAKKET_MAGIC)) {
      throw new BibobError('FILE_REJECTED', 'Dit bestand is geen overdrachtspakket van Bibob Werkbank.', { reden: 'geen-pakket' });
    }
    const lengthBytes = await readExactly(handle, 4, PAKKET_MAGIC.length);
    const headerLength = lengthBytes?.readUInt32BE(0) ?? 0;
    if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw damagedPackage('kop');
    const headerBytes = await readExactly(handle, headerLength, PAKKET_MAGIC.length + 4);
    if (!headerBytes) throw damagedPackage('kop');
    let header: PakketHeader;
    try {
      header = headerSchema.parse(JSON.parse(headerBytes.toString('utf8')));
    } catch {
      throw damagedPackage('kop');
    }
    const keys = await deriveKeys(wachtwoordzin, Buffer.from(header.kdf.zout, 'base64'), header.kdf.iteraties);
    const expected = Buffer.from(checkValue(keys.checkKey, header.pakketId), 'hex');
    keys.checkKey.fill(0);
    if (!timingSafeEqual(expected, Buffer.from(header.controle, 'hex'))) {
      keys.recordKey.fill(0);
      throw new BibobError('WRONG_PASSPHRASE', WRONG_PASSPHRASE_MESSAGE, { issues: [{ path: 'wachtwoordzin', message: WRONG_PASSPHRASE_MESSAGE }] });
    }
    return pakketReader(handle, header.pakketId, createHash('sha256').update(headerBytes).digest(), keys.recordKey, PAKKET_MAGIC.length + 4 + headerLength);
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}

function pakketReader(handle: FileHandle, pakketId: string, headerHash: Buffer, recordKey: Buffer, start: number): PakketReader {
  let position = start;
  let index = 0;
  let sawFinal = false;
  const size = handle.stat().then((info) => info.size);
  const readRecord = async (): Promise<{ plain: Buffer; final: boolean }> => {
    if (sawFinal) throw damagedPackage('meer gelezen dan het pakket bevat');
    const prefix = await readExactly(handle, 4, position);
    if (!prefix) throw damagedPackage('afgekapt');
    const length = prefix.readUInt32BE(0);
    if (length < NONCE_BYTES + TAG_BYTES || length > MAX_RECORD_BYTES + NONCE_BYTES + TAG_BYTES) throw damagedPackage(`deel ${index + 1}`);
    const record = await readExactly(handle, length, position + 4);
    if (!record) throw damagedPackage('afgekapt');
    position += 4 + length;
    // The last record is the one that ends the file; whether it is authenticates too.
    const final = position === (await size);
    try {
      const decipher = createDecipheriv('aes-256-gcm', recordKey, record.subarray(0, NONCE_BYTES));
      decipher.setAAD(associatedData(headerHash, index, final));
      decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(record.subarray(NONCE_BYTES, record.length - TAG_BYTES)), decipher.final()]);
      index += 1;
      sawFinal = final;
      return { plain, final };
    } catch {
      throw damagedPackage(`deel ${index + 1} klopt niet`);
    }
  };
  return {
    pakketId,
    async next() {
      return (await readRecord()).plain;
    },
    async finish() {
      if (!sawFinal) throw damagedPackage('er volgen nog gegevens na het laatste deel');
    },
    async close() {
      recordKey.fill(0);
      await handle.close().catch(() => undefined);
    },
  };
}
