import { AlignmentType, convertMillimetersToTwip, Document, Footer, FrameAnchorType, FrameWrap, Header, HeadingLevel, HeightRule, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { bijlagenKop, pngAfmetingen, slotRegels, type Brief, type BriefOmslag, type Huisstijl } from '../../src/domain/brieven';
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
 * Where a Dutch window envelope shows the address (../shared/bibob-domain.md §10; issue 20 §2): the left window of
 * the common C5/EA5 envelopes lies about 20–110 mm from the left and 45–90 mm from the top of an A4 folded in three,
 * so the addressee block sits in a fixed frame at 25 mm from the left and 50 mm from the top; the municipality's
 * return address stands in its own frame at the same height on the right, outside the window.
 */
const VENSTER = { x: 25, y: 50, breedte: 85, hoogte: 38 } as const;
const AFZENDER = { x: 130, y: 50, breedte: 60, hoogte: 38 } as const;
/** Top margin small enough that the logo (at most 2 cm) and the municipality's name end above the window. */
const BOVENMARGE_MM = 15;

function kader(vak: { x: number; y: number; breedte: number; hoogte: number }) {
  return {
    type: 'absolute' as const,
    position: { x: convertMillimetersToTwip(vak.x), y: convertMillimetersToTwip(vak.y) },
    width: convertMillimetersToTwip(vak.breedte),
    height: convertMillimetersToTwip(vak.hoogte),
    rule: HeightRule.EXACT,
    wrap: FrameWrap.NOT_BESIDE,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  };
}

/** The language of every run (w:lang in the default run properties of styles.xml). */
export const NEDERLANDS = { value: 'nl-NL' } as const;

/** "Bijlage(n)" at the letter's end: one enclosure on the line itself, more as a list under it. */
function bijlagenAlinea(brief: Brief): Paragraph[] {
  const kop = bijlagenKop(brief.bijlagen);
  const bijlagen = brief.bijlagen ?? [];
  if (!kop) return [];
  if (bijlagen.length === 1) return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: kop, bold: true }), new TextRun(` ${bijlagen[0]}`)] })];
  return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: kop, bold: true })] }), ...bijlagen.map((bijlage) => new Paragraph({ children: [new TextRun(bijlage)], bullet: { level: 0 } }))];
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
    const geadresseerde = kader(VENSTER);
    const afzender = kader(AFZENDER);
    children.push(...omslag.geadresseerde.map((text) => new Paragraph({ frame: geadresseerde, children: [new TextRun({ text })] })));
    children.push(...omslag.briefhoofd.adres.split('\n').map((text) => new Paragraph({ frame: afzender, children: [new TextRun({ text, size: 18 })] })));
    // Date, kenmerk and subject start below the window: what the letterhead above took is subtracted.
    const logoMm = logo ? (logoAfmetingen(huisstijl.logo!.png).height * 25.4) / 96 + 2 : 0;
    const naamMm = 7;
    const ruimte = Math.max(0, VENSTER.y + VENSTER.hoogte + 4 - BOVENMARGE_MM - logoMm - naamMm);
    children.push(new Paragraph({ spacing: { before: convertMillimetersToTwip(ruimte) }, children: [new TextRun(`Datum: ${omslag.datum}`)] }));
    children.push(line(`Kenmerk: ${omslag.kenmerk}`), line(`Onderwerp: ${omslag.onderwerp}`, true), line(''));
  } else {
    children.push(new Paragraph({ text: brief.titel, heading: HeadingLevel.TITLE }));
  }
  for (const blok of brief.blokken) {
    if (blok.soort === 'kop') children.push(new Paragraph({ text: blok.tekst, heading: HeadingLevel.HEADING_1 }));
    else if (blok.soort === 'alinea') children.push(new Paragraph({ children: [new TextRun(blok.tekst)], spacing: { after: 120 } }));
    else for (const item of blok.items) children.push(new Paragraph({ children: [new TextRun(item)], bullet: { level: 0 } }));
  }
  if (omslag) {
    // The closing block stays on one page: one paragraph whose lines are line breaks, kept together (keep lines).
    // A chain of paragraphs each "kept with the next" is not enough: LibreOffice broke it after the signatory's
    // function and set the name and the contact line on the next page.
    children.push(new Paragraph({ children: [new TextRun('')], keepNext: true }));
    children.push(new Paragraph({ keepLines: true, children: slotRegels(omslag).map((text, index) => new TextRun({ text, break: index === 0 ? 0 : 1 })) }));
  }
  children.push(...bijlagenAlinea(brief));
  const document = new Document({
    creator: 'Bibob Werkbank',
    title: brief.titel,
    styles: {
      default: {
        // The document language is Dutch (../shared/bibob-domain.md §10): spelling check and hyphenation in Word.
        document: { run: { font: huisstijl.lettertype, size: 22, language: NEDERLANDS } },
        title: { run: { font: huisstijl.lettertype, color: kleur, size: 36, bold: true } },
        heading1: { run: { font: huisstijl.lettertype, color: kleur, size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [
      {
        properties: omslag ? { page: { margin: { top: convertMillimetersToTwip(BOVENMARGE_MM), header: convertMillimetersToTwip(7) } } } : {},
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
