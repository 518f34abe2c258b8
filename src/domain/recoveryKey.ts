/**
 * The recovery key is 32 random bytes written for people: Crockford base32 (no I, L, O, U, so nothing is read
 * wrongly off paper), in 13 groups of 4 characters separated by hyphens. Parsing forgives case, spaces, and the
 * look-alikes O→0 and I/L→1. Pure: main uses it to wrap the vault key, the renderer to check the form of what
 * the coordinator types before anything is sent.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 32;
const CHARACTERS = Math.ceil((RECOVERY_KEY_BYTES * 8) / 5); // 52
const GROUP = 4;

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new RangeError('recovery key must be 32 bytes');
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out.match(new RegExp(`.{1,${GROUP}}`, 'g'))!.join('-');
}

export function normalizeRecoveryKeyText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The 32 key bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Uint8Array | null {
  const chars = normalizeRecoveryKeyText(text);
  if (chars.length !== CHARACTERS) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of chars) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      if (index < RECOVERY_KEY_BYTES) out[index] = (buffer >> (bits - 8)) & 0xff;
      index += 1;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // The last character carries 4 padding bits, which a correctly written key leaves at zero.
  if (index !== RECOVERY_KEY_BYTES || buffer !== 0) return null;
  return out;
}
