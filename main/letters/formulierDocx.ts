import { AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zetTekst, type Huisstijl } from '../../src/domain/brieven';
import type { FormulierDocument, FormulierVraag } from '../../src/domain/vragenformulier';
import { NEDERLANDS } from './docxWriter';
import { xmlSafe } from './xmlText';

/** What the form says about the case it belongs to, on its first lines. */
export interface FormulierKop {
  readonly gemeente: string;
  readonly aanvrager: string;
  readonly besluit: string;
  readonly kenmerk: string;
  readonly terugUiterlijk: string;
  readonly contact: string;
}

/** The declaration the signatory makes (the statement of question 13.1 of the base set, art. 225 Sr). */
export const VERKLARING =
  'Ondergetekende verklaart dat hij dit formulier volledig en naar waarheid heeft ingevuld en dat de meegestuurde stukken juist zijn en overeenstemmen met de werkelijkheid. Hij weet dat wie opzettelijk onjuiste gegevens verstrekt of een vals of vervalst stuk gebruikt, kan worden vervolgd voor valsheid in geschrift (artikel 225 van het Wetboek van Strafrecht), en dat onjuiste of onvolledige gegevens kunnen leiden tot weigering of intrekking van de vergunning (artikel 3, zesde lid, van de Wet Bibob).';

const RAND = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const RANDEN = { top: RAND, bottom: RAND, left: RAND, right: RAND } as const;

/** Room for the answer: lines in a bordered box, more for a text than for a date or an amount. */
const REGELS: Readonly<Record<FormulierVraag['soort'], number>> = { tekst: 4, personen: 6, bedrag: 1, datum: 1, 'ja-nee': 0, keuze: 0 };

function antwoordVak(regels: number, inspringing: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    indent: { size: inspringing, type: WidthType.DXA },
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ borders: RANDEN, children: Array.from({ length: regels }, () => new Paragraph({ children: [new TextRun('')] })) })] })],
  });
}

function aankruisen(opties: readonly string[], inspringing: number): Paragraph[] {
  return opties.map((optie) => new Paragraph({ indent: { left: inspringing + 280 }, children: [new TextRun(`☐  ${optie}`)] }));
}

function vraagBlok(vraag: FormulierVraag): (Paragraph | Table)[] {
  const inspringing = vraag.niveau * convertMillimetersToTwip(6);
  const kop = new Paragraph({
    keepNext: true,
    indent: { left: inspringing },
    spacing: { before: 160, after: 60 },
    children: [new TextRun({ text: `${vraag.nummer}  `, bold: true }), new TextRun(vraag.tekst), ...(vraag.verplicht ? [] : [new TextRun({ text: ' (niet verplicht)', italics: true })])],
  });
  if (vraag.soort === 'ja-nee') return [kop, ...aankruisen(['ja', 'nee'], inspringing)];
  if (vraag.soort === 'keuze') return [kop, ...aankruisen(vraag.opties, inspringing)];
  return [kop, antwoordVak(REGELS[vraag.soort], inspringing)];
}

function cel(tekst: string, breedte: number, vet = false): TableCell {
  return new TableCell({ borders: RANDEN, width: { size: breedte, type: WidthType.PERCENTAGE }, children: [new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: tekst, bold: vet })] })] });
}

/**
 * The Bibob-vragenformulier as a Word document the applicant fills in: the case it belongs to and the term, how to
 * fill it in, every applicable question numbered with room for the answer (tick boxes for a choice), the
 * attachments to enclose as a checklist, and the declaration with a signature block. House font, Dutch as the
 * document language, "Vertrouwelijk" and the kenmerk on every page.
 */
export async function formulierNaarDocx(invoer: FormulierDocument, kopInvoer: FormulierKop, huisstijl: Huisstijl): Promise<Buffer> {
  const formulier = xmlSafe(invoer);
  const kop = xmlSafe(kopInvoer);
  const kleur = huisstijl.kleur.slice(1).toUpperCase();
  const alinea = (tekst: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(zetTekst(tekst))] });
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: formulier.titel, heading: HeadingLevel.TITLE }),
    alinea(`${kop.gemeente}. Bij de aanvraag van ${kop.aanvrager} voor ${kop.besluit}; kenmerk ${kop.kenmerk}.`),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: `Stuur het ingevulde en ondertekende formulier met de stukken uiterlijk op ${kop.terugUiterlijk} terug.`, bold: true })] }),
    alinea('Beantwoord elke vraag in het vak eronder of kruis aan wat van toepassing is. Past uw antwoord niet, ga dan verder op een apart blad en zet daar het nummer van de vraag bij. Een vraag met "(niet verplicht)" mag u open laten. Vragen over het formulier: ' + `${kop.contact}.`),
  ];
  for (const sectie of formulier.secties) {
    children.push(new Paragraph({ text: `${sectie.nummer}. ${sectie.titel}`, heading: HeadingLevel.HEADING_1, keepNext: true }));
    if (sectie.toelichting) children.push(alinea(sectie.toelichting));
    if (sectie.perPersoon) children.push(alinea(`Vul dit onderdeel in voor iedere ${sectie.perPersoon}; maak zo nodig een kopie van deze bladzijden.`));
    for (const vraag of sectie.vragen) children.push(...vraagBlok(vraag));
  }
  if (formulier.bijlagen.length > 0) {
    children.push(new Paragraph({ text: 'Mee te sturen stukken', heading: HeadingLevel.HEADING_1, keepNext: true }));
    children.push(alinea('Kruis aan wat u meestuurt. Zet op elk stuk het nummer van de vraag waar het bij hoort.'));
    children.push(...formulier.bijlagen.map((bijlage) => new Paragraph({ indent: { left: 280 }, children: [new TextRun(`☐  ${bijlage.omschrijving} (bij vraag ${bijlage.bijVraag})`)] })));
  }
  children.push(new Paragraph({ text: 'Verklaring en ondertekening', heading: HeadingLevel.HEADING_1, keepNext: true }), alinea(VERKLARING));
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: ['Naam', 'Hoedanigheid (en namens wie)', 'Plaats', 'Datum', 'Handtekening'].map(
        (label) => new TableRow({ cantSplit: true, height: label === 'Handtekening' ? { value: convertMillimetersToTwip(25), rule: 'atLeast' } : undefined, children: [cel(label, 35, true), cel('', 65)] }),
      ),
    }),
  );
  const document = new Document({
    creator: 'Bibob Werkbank',
    title: formulier.titel,
    styles: {
      default: {
        document: { run: { font: huisstijl.lettertype, size: 21, language: NEDERLANDS } },
        title: { run: { font: huisstijl.lettertype, color: kleur, size: 36, bold: true } },
        heading1: { run: { font: huisstijl.lettertype, color: kleur, size: 26, bold: true }, paragraph: { spacing: { before: 300, after: 80 } } },
      },
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `Vertrouwelijk — ${kop.kenmerk}`, bold: true })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Vertrouwelijk — Bibob-vragenformulier — pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })] })] }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
