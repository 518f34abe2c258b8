import JSZip from 'jszip';
import { xml2js } from 'xml-js';

/** A character XML 1.0 does not allow (§2.2, production Char), as a literal or as a character reference. */
const FORBIDDEN_LITERAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CHARACTER_REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

function allowedCodePoint(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Why the text is not well-formed XML 1.0, or null: forbidden characters, and what a strict parser refuses. */
export function xmlProblem(xml: string): string | null {
  const literal = FORBIDDEN_LITERAL.exec(xml);
  if (literal) return `forbidden character U+${literal[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${literal.index}`;
  for (const match of xml.matchAll(CHARACTER_REFERENCE)) {
    const code = match[1]!.startsWith('x') ? Number.parseInt(match[1]!.slice(1), 16) : Number.parseInt(match[1]!, 10);
    if (!allowedCodePoint(code)) return `forbidden character reference ${match[0]} at ${match.index}`;
  }
  try {
    // xml-js parses with sax in strict mode: unclosed or crossed elements, bad entities, text outside the root.
    xml2js(xml);
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0]!;
  }
}

/** The problems of every XML part of a Word document (word/document.xml and the rest), by part name. */
export async function docxXmlProblems(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const problems: Record<string, string> = {};
  const parts = Object.values(zip.files).filter((entry) => !entry.dir && /\.(xml|rels)$/.test(entry.name));
  if (!parts.some((entry) => entry.name === 'word/document.xml')) problems['word/document.xml'] = 'missing';
  for (const entry of parts) {
    const problem = xmlProblem(await entry.async('string'));
    if (problem) problems[entry.name] = problem;
  }
  return problems;
}
