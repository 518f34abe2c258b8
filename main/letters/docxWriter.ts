import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { pngAfmetingen, type Brief, type BriefOmslag, type Huisstijl } from '../../src/domain/brieven';
import { xmlSafe } from './xmlText';

/** The logo at most 2 cm high and 6 cm wide (in pixels at 96 dpi, as the docx package measures), keeping its shape. */
function logoAfmetingen(png: string): { width: number; height: number } {
  const { breedte, hoogte } = pngAfmetingen(png) ?? { breedte: 1, hoogte: 1 };
  const schaal = Math.min(76 / hoogte, 227 / breedte);
  return { width: Math.max(1, Math.round(breedte * schaal)), height: Math.max(1, Math.round(hoogte * schaal)) };
}

function logoRun(huisstijl: Huisstijl, gemeente: string): ImageRun | null {
  const { logo } = huisstijl;
  if (!logo) return null;
  const png = Buffer.from(logo.png, 'base64');
  const common = { transformation: logoAfmetingen(logo.png), altText: { name: 'Logo', description: `Logo van ${gemeente}`, title: gemeente } };
  return logo.svg === null
    ? new ImageRun({ type: 'png', data: png, ...common })
    : new ImageRun({ type: 'svg', data: Buffer.from(logo.svg, 'utf8'), fallback: { type: 'png', data: png }, ...common });
}

/**
 * A letter's content as a Word document in the municipality's house style: the logo and letterhead, addressee,
 * date, kenmerk and subject (or, for an internal document, the title as heading); the blocks as headings,
 * paragraphs and bulleted lists; "Vertrouwelijk" in header and footer when the content is confidential; page
 * numbers. Generated in memory: the bytes go into the vault, never to a file, until the coordinator exports them.
 */
export async function briefNaarDocx(briefInvoer: Brief, opties: { kenmerk: string; huisstijl: Huisstijl; omslag?: BriefOmslag | undefined }): Promise<Buffer> {
  const brief = xmlSafe(briefInvoer);
  const { kenmerk, huisstijl, omslag } = xmlSafe(opties);
  const kleur = huisstijl.kleur.slice(1).toUpperCase();
  const vertrouwelijk = brief.vertrouwelijk ? 'Vertrouwelijk — ' : '';
  const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const children: Paragraph[] = [];
  if (omslag) {
    const logo = logoRun(huisstijl, omslag.briefhoofd.gemeente);
    if (logo) children.push(new Paragraph({ children: [logo], spacing: { after: 120 } }));
    children.push(new Paragraph({ children: [new TextRun({ text: omslag.briefhoofd.gemeente, bold: true, color: kleur, size: 28 })] }));
    children.push(...omslag.briefhoofd.adres.split('\n').map((text) => line(text)), line(''));
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
    styles: {
      default: {
        document: { run: { font: huisstijl.lettertype, size: 22 } },
        title: { run: { font: huisstijl.lettertype, color: kleur, size: 36, bold: true } },
        heading1: { run: { font: huisstijl.lettertype, color: kleur, size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
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
