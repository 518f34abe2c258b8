import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Brief, BriefOmslag } from '../../src/domain/brieven';

/**
 * A letter's content as a Word document: the letterhead, addressee, date, kenmerk and subject (or, for an internal
 * document, the title as heading), the blocks as headings, paragraphs and bulleted
 * lists, "Vertrouwelijk" in header and footer when the content is confidential, and page numbers. Generated in
 * memory: the bytes go into the vault, never to a file, until the coordinator exports them.
 */
export async function briefNaarDocx(brief: Brief, kenmerk: string, omslag?: BriefOmslag): Promise<Buffer> {
  const vertrouwelijk = brief.vertrouwelijk ? 'Vertrouwelijk — ' : '';
  const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const children: Paragraph[] = [];
  if (omslag) {
    children.push(line(omslag.briefhoofd.gemeente, true), ...omslag.briefhoofd.adres.split('\n').map((text) => line(text)), line(''));
    children.push(...omslag.geadresseerde.map((text) => line(text)), line(''));
    children.push(line(`Datum: ${omslag.datum}`), line(`Kenmerk: ${omslag.kenmerk}`), line(`Onderwerp: ${omslag.onderwerp}`, true), line(''));
  } else {
    children.push(new Paragraph({ text: brief.titel, heading: HeadingLevel.TITLE }));
  }
  for (const blok of brief.blokken) {
    if (blok.soort === 'kop') children.push(new Paragraph({ text: blok.tekst, heading: HeadingLevel.HEADING_1 }));
    else if (blok.soort === 'alinea') children.push(new Paragraph({ children: [new TextRun(blok.tekst)], spacing: { after: 120 } }));
    else for (const item of blok.items) children.push(new Paragraph({ children: [new TextRun(item)], bullet: { level: 0 } }));
  }
  if (omslag) {
    children.push(line(''), line('Met vriendelijke groet,'), line(omslag.briefhoofd.functie), line(''), line(omslag.briefhoofd.ondertekenaar), line(''), line(`Contact: ${omslag.briefhoofd.contact}`));
  }
  const document = new Document({
    creator: 'Bibob Werkbank',
    title: brief.titel,
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${vertrouwelijk}${kenmerk}`, bold: brief.vertrouwelijk })] })] }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [vertrouwelijk, 'Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
