/**
 * The checks every payload passes before its call's schema sees it, whatever the call: so they hold for calls
 * added later without their author doing anything (main/ipc/dispatch.ts runs them).
 *
 * - Only JSON-like data: plain objects, arrays, strings, finite or not numbers, booleans, null and undefined.
 *   A Date, Map, Set, RegExp, Error or class instance would otherwise pass an object schema as `{}`; a BigInt,
 *   symbol or function, or a circular structure, would make the schema library throw while formatting its message.
 * - Text: vertical tab and form feed (they come with text pasted from Word or PDF) become a line feed; every other
 *   C0 or C1 control character but tab, line feed and carriage return is refused, as are the non-characters
 *   U+FFFE and U+FFFF and unpaired surrogates. None of them can be written into a letter's XML (XML 1.0 §2.2 Char).
 * - Names and identifiers (a field whose name says so, see {@link isIdentifierField}): bidi embeddings, overrides
 *   and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are refused:
 *   there they only serve to make one name look like another.
 * - Secrets (passphrase, recovery key) are passed on exactly as typed: they are never stored or printed, and
 *   changing one would lock the coordinator out.
 */

export interface PayloadIssue {
  readonly path: string;
  readonly message: string;
}

export type PayloadCheck = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: PayloadIssue[] };

export const CONTROL_CHARACTER_MESSAGE = 'Deze tekst bevat onzichtbare stuurtekens (bijvoorbeeld uit een geplakte tekst) die niet zijn toegestaan. Typ de tekst opnieuw of verwijder die tekens.';
export const DECEPTIVE_CHARACTER_MESSAGE = 'Dit veld bevat onzichtbare tekens of tekens die de leesrichting omdraaien; die zijn in namen, nummers en kenmerken niet toegestaan.';
export const NOT_PLAIN_MESSAGE = 'Dit veld heeft een ongeldige waarde.';
export const CIRCULAR_MESSAGE = 'Dit veld verwijst naar zichzelf en is niet geldig.';
export const TOO_DEEP_MESSAGE = 'De invoer is te diep genest.';

/** Deeper than any call's payload goes; deeper is malformed, and would exhaust the stack. */
export const MAX_PAYLOAD_DEPTH = 32;

/** VT and FF: line breaks in text pasted from Word or PDF. */
const PAGE_BREAKS = /[\u000b\u000c]/g;
/** C0 controls but tab, LF and CR; DEL; C1 controls; the non-characters U+FFFE and U+FFFF. */
const FORBIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Bidi embeddings, overrides and isolates, and zero-width characters. */
const DECEPTIVE = /[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

const SECRET_FIELD = /^(passphrase|currentPassphrase|newPassphrase|recoveryKey)$/;
const IDENTIFIER_FIELD = /^(naam|handelsnamen|nummer|zaaknummer|bsn|kenmerk|ontvanger|ondertekenaar|coordinator|gemeente|id)$|(Naam|Nummer|Bsn|Kenmerk|Prefix|Orgaan|Id|Ids)$/;

/** True for a field that holds a name or an identifier: naam, aanvragerNaam, kvkNummer, bsn, zaaknummer, kenmerk, ontvanger, … */
export function isIdentifierField(field: string): boolean {
  return IDENTIFIER_FIELD.test(field);
}

/** The text as it is kept, or null when it holds a character that is refused in any text. */
export function normalizeText(text: string): string | null {
  const normalized = text.replace(PAGE_BREAKS, '\n');
  return FORBIDDEN.test(normalized) || LONE_SURROGATE.test(normalized) ? null : normalized;
}

export function hasDeceptiveCharacters(text: string): boolean {
  return DECEPTIVE.test(text);
}

/** A plain object, also one from another realm (Electron's structured clone): `{}` literals and Object.create(null). */
function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype === null) return true;
  return Object.prototype.toString.call(value) === '[object Object]' && Object.getPrototypeOf(prototype) === null;
}

/** Checks a payload and returns a copy with its text normalised, or the issues, each at its field. */
export function checkPayload(payload: unknown): PayloadCheck {
  const issues: PayloadIssue[] = [];
  const ancestors = new Set<object>();

  const visit = (value: unknown, path: readonly string[], field: string | null): unknown => {
    const at = path.join('.');
    switch (typeof value) {
      case 'string': {
        if (field !== null && SECRET_FIELD.test(field)) return value;
        const normalized = normalizeText(value);
        if (normalized === null) {
          issues.push({ path: at, message: CONTROL_CHARACTER_MESSAGE });
          return value;
        }
        if (field !== null && isIdentifierField(field) && hasDeceptiveCharacters(normalized)) {
          issues.push({ path: at, message: DECEPTIVE_CHARACTER_MESSAGE });
        }
        return normalized;
      }
      case 'number':
      case 'boolean':
      case 'undefined':
        return value;
      case 'object': {
        if (value === null) return value;
        if (ancestors.has(value)) {
          issues.push({ path: at, message: CIRCULAR_MESSAGE });
          return value;
        }
        if (path.length >= MAX_PAYLOAD_DEPTH) {
          issues.push({ path: at, message: TOO_DEEP_MESSAGE });
          return value;
        }
        if (Array.isArray(value)) {
          ancestors.add(value);
          // Array.from visits holes as undefined, as the schemas would see them.
          const copy = Array.from(value, (element, index) => visit(element, [...path, String(index)], field));
          ancestors.delete(value);
          return copy;
        }
        if (!isPlainObject(value)) {
          issues.push({ path: at, message: NOT_PLAIN_MESSAGE });
          return value;
        }
        ancestors.add(value);
        const copy: Record<string, unknown> = {};
        for (const key of Object.keys(value)) {
          // defineProperty: a key "__proto__" stays a key of the copy and is refused by the schema as unknown.
          Object.defineProperty(copy, key, { value: visit((value as Record<string, unknown>)[key], [...path, key], key), enumerable: true, writable: true, configurable: true });
        }
        ancestors.delete(value);
        return copy;
      }
      default:
        // bigint, symbol, function
        issues.push({ path: at, message: NOT_PLAIN_MESSAGE });
        return undefined;
    }
  };

  const value = visit(payload, [], null);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}
