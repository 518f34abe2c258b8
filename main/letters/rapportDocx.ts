import { AlignmentType, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { pngAfmetingen, STANDAARD_HUISSTIJL, zetTekst, type Huisstijl } from '../../src/domain/brieven';
import { NEDERLANDS } from './docxWriter';
import { rapportRegels, type Jaarverslag } from '../../src/domain/rapportage';
import { xmlSafe } from './xmlText';

/** The definitions printed under the figures, so that a reader knows what each count means. */
export const RAPPORT_DEFINITIES = [
  'Gestart: het dossier is in dat jaar aangemaakt.',
  'Lopend op 31 december: aangemaakt vóór of op 31 december en op die dag niet afgesloten.',
  'Afgerond: op 31 december afgesloten, door een afsluiting in dat jaar. Een heropend dossier telt mee in elk jaar waarin het zo werd afgesloten.',
  'Doorlooptijd: van de ontvangst van de aanvraag (of het aanmaken van het dossier) tot de afsluiting, in kalenderdagen.',
  'Besloten na de beslistermijn: de besluitdatum (of de afsluiting) ligt na de uiterste beslisdatum; ingetrokken aanvragen tellen niet mee.',
  'Per besluit: een dossier met meer besluiten (bijvoorbeeld een exploitatievergunning en een Alcoholwetvergunning) telt bij de uitkomsten en bij "besloten na de beslistermijn" elk besluit apart, elk met een eigen uitkomst en beslistermijn; bij gestart, lopend, afgerond, doorlooptijd en effectiviteit telt het dossier één keer.',
];

/** The annual report as a Word document: the table of all years compared, the charts as images, and the definitions. */
export async function rapportNaarDocx(invoer: { gemeente: string | null; huisstijl?: Huisstijl | undefined; verslagen: readonly Jaarverslag[]; grafieken: readonly { titel: string; png: string }[] }): Promise<Buffer> {
  const input = xmlSafe(invoer);
  // The municipality's house style (font and colour), as in its letters; Dutch as the document language.
  const huisstijl = input.huisstijl ?? STANDAARD_HUISSTIJL;
  const kleur = huisstijl.kleur.slice(1).toUpperCase();
  const laatste = input.verslagen.at(-1)!;
  const cel = (text: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
    new TableCell({ children: [new Paragraph({ alignment: align, children: [new TextRun({ text: zetTekst(text), bold })] })] });
  const regels = rapportRegels(input.verslagen);
  const tabel = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cel('Onderdeel', true), ...input.verslagen.map((verslag) => cel(String(verslag.jaar), true, AlignmentType.RIGHT))] }),
      ...regels.map((regel) => new TableRow({ children: [cel(regel.onderdeel, regel.kop === true), ...regel.waarden.map((waarde) => cel(waarde, false, AlignmentType.RIGHT))] })),
    ],
  });
  const grafieken = input.grafieken.flatMap((grafiek) => {
    const { breedte, hoogte } = pngAfmetingen(grafiek.png) ?? { breedte: 600, hoogte: 300 };
    const schaal = Math.min(1, 600 / breedte);
    return [
      new Paragraph({ text: grafiek.titel, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: Buffer.from(grafiek.png, 'base64'), transformation: { width: Math.round(breedte * schaal), height: Math.round(hoogte * schaal) }, altText: { name: grafiek.titel, description: grafiek.titel, title: grafiek.titel } })],
      }),
    ];
  });
  const document = new Document({
    creator: 'Bibob Werkbank',
    title: `Bibob-jaarverslag ${laatste.jaar}`,
    styles: {
      default: {
        document: { run: { font: huisstijl.lettertype, size: 22, language: NEDERLANDS } },
        title: { run: { font: huisstijl.lettertype, color: kleur, size: 36, bold: true } },
        heading1: { run: { font: huisstijl.lettertype, color: kleur, size: 26, bold: true } },
        heading2: { run: { font: huisstijl.lettertype, color: kleur, size: 24, bold: true } },
      },
    },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })] })] }) },
        children: [
          new Paragraph({ text: `Bibob-jaarverslag ${laatste.jaar}${input.gemeente ? ` — ${input.gemeente}` : ''}`, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: `Cijfers uit Bibob Werkbank over ${input.verslagen.length === 1 ? laatste.jaar : `${input.verslagen[0]!.jaar} tot en met ${laatste.jaar}`}. Het verslag bevat geen gegevens over personen.` }),
          new Paragraph({ text: 'Cijfers', heading: HeadingLevel.HEADING_1 }),
          tabel,
          new Paragraph({ text: laatste.effectiviteit.definitie, spacing: { before: 200 } }),
          ...(grafieken.length > 0 ? [new Paragraph({ text: 'Grafieken', heading: HeadingLevel.HEADING_1 }), ...grafieken] : []),
          new Paragraph({ text: 'Definities', heading: HeadingLevel.HEADING_1 }),
          ...RAPPORT_DEFINITIES.map((tekst) => new Paragraph({ text: tekst, bullet: { level: 0 } })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
