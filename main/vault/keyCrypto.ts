import { createCipheriv, createDecipheriv, hkdfSync, pbkdf2, randomBytes } from 'node:crypto';

/**
 * The key hierarchy: a random 256-bit vault key keys the SQLCipher database. It is stored only wrapped
 * (AES-256-GCM), once under a key derived from the passphrase (PBKDF2-HMAC-SHA512) and once under a key
 * derived from the recovery key (HKDF-SHA256: the recovery key is itself 256 random bits, so a slow KDF adds
 * nothing). Changing the passphrase rewraps 32 bytes; the database is never re-encrypted.
 */
export const VAULT_KEY_BYTES = 32;
export const PBKDF2_DIGEST = 'sha512';
/** At full strength: about 0.3 s on a 2-core build machine, see the README's design section. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 256_000;
/**
 * The most a key file may ask for: about 2.6 s per unlock on the build machine, four times today's default. A
 * larger count (2^31−1 took minutes; 10^10 is more than Node's pbkdf2 takes) means a damaged or altered key file.
 */
export const MAX_PBKDF2_ITERATIONS = 5_000_000;

export interface WrappedKey {
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export type WrapPurpose = 'passphrase' | 'recovery';

export function newVaultKey(): Buffer {
  return randomBytes(VAULT_KEY_BYTES);
}

export function newSalt(): Buffer {
  return randomBytes(16);
}

export function derivePassphraseKey(passphrase: string, salt: Buffer, iterations: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // NFC so that "é" typed as one or as two code points opens the same vault.
    pbkdf2(passphrase.normalize('NFC'), salt, iterations, VAULT_KEY_BYTES, PBKDF2_DIGEST, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function deriveRecoveryWrappingKey(recoveryKey: Uint8Array, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'bibob-werkbank recovery wrapping key v1', VAULT_KEY_BYTES));
}

/**
 * The two audit keys, derived from the vault key (HKDF-SHA256, no salt: the vault key is uniformly random): the chain
 * key for each record's HMAC, and the anchor key that authenticates the last record kept in the key file.
 */
export function deriveAuditKeys(vaultKey: Buffer, vaultId: string): { chainKey: Buffer; anchorKey: Buffer } {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', vaultKey, Buffer.alloc(0), `bibob-werkbank audit ${purpose} v1:${vaultId}`, VAULT_KEY_BYTES));
  return { chainKey: derive('chain'), anchorKey: derive('anchor') };
}

function associatedData(vaultId: string, purpose: WrapPurpose): Buffer {
  // Binds a wrapped key to its vault and its slot, so slots cannot be swapped between files.
  return Buffer.from(`bibob-werkbank:vault-key:v1:${vaultId}:${purpose}`, 'utf8');
}

export function wrapKey(vaultKey: Buffer, wrappingKey: Buffer, vaultId: string, purpose: WrapPurpose): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(associatedData(vaultId, purpose));
  const ciphertext = Buffer.concat([cipher.update(vaultKey), cipher.final()]);
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** The vault key, or null when the wrapping key is wrong (the GCM tag does not verify). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, vaultId: string, purpose: WrapPurpose): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(associatedData(vaultId, purpose));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    return key.length === VAULT_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
