/**
 * The last line of defence of the Word writers: whatever reached them, no character that XML 1.0 forbids (§2.2,
 * production Char: only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF) goes into a document's
 * XML, where it would make the whole document unreadable. Vertical tab and form feed become a line feed, an
 * unpaired surrogate becomes U+FFFD, every other forbidden character is left out.
 */
const PAGE_BREAKS = /[\u000b\u000c]/g;
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafeText(text: string): string {
  return text.replace(PAGE_BREAKS, '\n').replace(FORBIDDEN_IN_XML, '').replace(LONE_SURROGATE, '\ufffd');
}

/** A copy of plain data (plain objects, arrays) with every string made {@link xmlSafeText}; other values as they are. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((element: unknown) => xmlSafe(element)) as T;
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, xmlSafe(element)])) as T;
  }
  return value;
}
