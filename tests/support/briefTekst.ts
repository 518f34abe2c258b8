import type { App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { briefInhoud } from '../../main/vault/repositories/brieven';

/** The text of a stored letter as Word gives it (paragraphs on lines), read from its bytes in the vault. */
export async function briefTekst(app: App, briefId: string): Promise<string> {
  const bytes = briefInhoud(app.vault.database(), briefId)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'brief.docx', 5_000_000)).tekst;
}
