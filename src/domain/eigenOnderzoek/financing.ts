/**
 * The financing check of the eigen onderzoek: every invested euro against its documented origin.
 *
 * Why: a beschikking may be refused when there is ernstig gevaar that it will be used "uit gepleegde strafbare feiten
 * verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten" (Wet Bibob art. 3 lid 1 sub a), weighed by
 * "de grootte van de verkregen of te verkrijgen voordelen" (lid 2 sub d). The betrokkene must provide "de wijze van
 * financiering" (art. 7a lid 2 sub h) and the name and address of "de vermogensverschaffer van betrokkene"
 * (sub g 3°), who is "degene die direct of indirect vermogen verschaft of heeft verschaft aan betrokkene" (art. 1
 * lid 1) and through whom the betrokkene can stand in relation to offences (art. 3 lid 4 sub c).
 *
 * Amounts are whole euro cents (integers), so totals are exact.
 */
import { z } from 'zod';
import type { BetrokkeneRef, Cents, FinancingCheck, Herkomst, HerkomstBeoordeling, HerkomstSoort, Investering } from './types';
import { herkomstSoorten } from './types';

export const FINANCING_LEGAL_BASIS = 'art. 7a lid 2 sub h Wet Bibob (de wijze van financiering); art. 3 lid 1 sub a en lid 2 sub d Wet Bibob';

/** Origins whose provider is a vermogensverschaffer and must be named (art. 7a lid 2 sub g 3°). */
export const SOORTEN_MET_VERSTREKKER: readonly HerkomstSoort[] = ['lening', 'schenking'];

export const herkomstSoortLabels: Readonly<Record<HerkomstSoort, string>> = {
  'eigen-vermogen': 'eigen vermogen',
  lening: 'lening',
  schenking: 'schenking',
  omzet: 'omzet',
  overig: 'overige herkomst',
};

const soortMetLidwoord: Readonly<Record<HerkomstSoort, string>> = {
  'eigen-vermogen': 'het eigen vermogen',
  lening: 'de lening',
  schenking: 'de schenking',
  omzet: 'de omzet',
  overig: 'de overige herkomst',
};

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what}: geen geheel aantal eurocenten (${value}).`);
}

/** Dutch euro text of an amount in cents: 15000000 → "€ 150.000,00"; -1250 → "€ -12,50". */
export function formatEuro(cents: Cents): string {
  assertCents(cents, 'Bedrag');
  const absolute = Math.abs(cents);
  const euros = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = String(absolute % 100).padStart(2, '0');
  return `€ ${cents < 0 ? '-' : ''}${euros},${rest}`;
}

const bedragCentSchema = z
  .number({ error: 'Vul een bedrag in.' })
  .int({ error: 'Een bedrag is een geheel aantal eurocenten.' })
  .nonnegative({ error: 'Een bedrag kan niet negatief zijn.' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Dit bedrag is te groot.' });

export const investeringSchema = z.strictObject({
  id: z.string().min(1, { error: 'Een investering heeft een id.' }),
  omschrijving: z.string({ error: 'Omschrijf de investering.' }).trim().min(1, { error: 'Omschrijf de investering (bijvoorbeeld: inventaris, verbouwing, overnamesom).' }),
  bedragCent: bedragCentSchema,
});

export const herkomstSchema = z.strictObject({
  id: z.string().min(1, { error: 'Een herkomst heeft een id.' }),
  omschrijving: z.string({ error: 'Omschrijf de herkomst.' }).trim().min(1, { error: 'Omschrijf de herkomst (bijvoorbeeld: spaargeld, lening van de bank).' }),
  soort: z.enum(herkomstSoorten, { error: 'Kies de soort herkomst: eigen vermogen, lening, schenking, omzet of overig.' }),
  bedragCent: bedragCentSchema,
  bewijs: z.array(z.string().min(1, { error: 'Onbekende bijlage.' })),
  verstrekkerBetrokkeneId: z.string().min(1, { error: 'Kies de verstrekker.' }).optional(),
});

function sum(amounts: readonly number[]): Cents {
  return amounts.reduce((total, amount) => total + amount, 0);
}

function stukken(count: number): string {
  return count === 1 ? '1 stuk' : `${count} stukken`;
}

/** "de lening van Jan Jansen (“Familielening”)", or without a known provider "de lening (“Familielening”)". */
function describeHerkomst(herkomst: Herkomst, namen: ReadonlyMap<string, string>): string {
  const verstrekker = herkomst.verstrekkerBetrokkeneId === undefined ? undefined : namen.get(herkomst.verstrekkerBetrokkeneId);
  return `${soortMetLidwoord[herkomst.soort]}${verstrekker ? ` van ${verstrekker}` : ''} (“${herkomst.omschrijving.trim()}”)`;
}

/**
 * Checks the investments against their origins. An origin counts as documented (onderbouwd) when at least one
 * piece of evidence is linked to it. Pass the dossier's betrokkenen to name the lenders and donors in the text.
 */
export function financingCheck(
  investeringen: readonly Investering[],
  herkomsten: readonly Herkomst[],
  betrokkenen: readonly BetrokkeneRef[] = [],
): FinancingCheck {
  for (const investering of investeringen) assertCents(investering.bedragCent, `Investering ${investering.id}`);
  for (const herkomst of herkomsten) assertCents(herkomst.bedragCent, `Herkomst ${herkomst.id}`);
  const negative = [...investeringen, ...herkomsten].find((item) => item.bedragCent < 0);
  if (negative) throw new RangeError(`Bedrag van ${negative.id} is negatief (${negative.bedragCent} cent).`);

  const namen = new Map(betrokkenen.map((betrokkene) => [betrokkene.id, betrokkene.naam]));
  const investeringCent = sum(investeringen.map((investering) => investering.bedragCent));
  const onderbouwdCent = sum(herkomsten.filter((herkomst) => herkomst.bewijs.length > 0).map((herkomst) => herkomst.bedragCent));
  const nietOnderbouwdCent = sum(herkomsten.filter((herkomst) => herkomst.bewijs.length === 0).map((herkomst) => herkomst.bedragCent));
  const onverklaardCent = Math.max(0, investeringCent - onderbouwdCent);
  const overschotCent = Math.max(0, onderbouwdCent - investeringCent);
  const zonderHerkomstCent = Math.max(0, investeringCent - onderbouwdCent - nietOnderbouwdCent);

  const beoordelingen: HerkomstBeoordeling[] = herkomsten.map((herkomst) => {
    const naam = describeHerkomst(herkomst, namen);
    const onderbouwd = herkomst.bewijs.length > 0;
    const verstrekkerOntbreekt = SOORTEN_MET_VERSTREKKER.includes(herkomst.soort) && (herkomst.verstrekkerBetrokkeneId ?? '') === '';
    const regels = [
      onderbouwd
        ? `${formatEuro(herkomst.bedragCent)} uit ${naam} is onderbouwd met ${stukken(herkomst.bewijs.length)}.`
        : `${formatEuro(herkomst.bedragCent)} van ${naam} is niet met stukken onderbouwd.`,
    ];
    if (verstrekkerOntbreekt) {
      regels.push(
        `Bij ${naam} is de verstrekker niet genoemd. Wie vermogen verschaft, is vermogensverschaffer van de betrokkene (art. 1 lid 1 Wet Bibob); via hem kan de betrokkene in relatie staan tot strafbare feiten (art. 3 lid 4 sub c); leg de verstrekker vast als betrokkene met naam en adres (art. 7a lid 2 sub g 3°).`,
      );
    }
    return { herkomstId: herkomst.id, status: onderbouwd ? 'onderbouwd' : 'niet-onderbouwd', verstrekkerOntbreekt, regels };
  });

  const toelichting: string[] = [
    investeringen.length === 0 ? `Er is geen investering vastgelegd (totale investering ${formatEuro(0)}).` : `Totale investering: ${formatEuro(investeringCent)}.`,
    `Met stukken onderbouwde herkomst: ${formatEuro(onderbouwdCent)}; niet onderbouwde herkomst: ${formatEuro(nietOnderbouwdCent)}.`,
  ];
  if (onverklaardCent > 0) {
    toelichting.push(`Onverklaard verschil: ${formatEuro(onverklaardCent)} van de investering is niet gedekt door een met stukken onderbouwde herkomst.`);
  } else if (investeringCent > 0) {
    toelichting.push('De investering is volledig gedekt door met stukken onderbouwde herkomst.');
  }
  if (zonderHerkomstCent > 0) {
    toelichting.push(`Voor ${formatEuro(zonderHerkomstCent)} van de investering is helemaal geen herkomst opgegeven.`);
  }
  if (overschotCent > 0) {
    toelichting.push(`Overschot: de onderbouwde herkomst is ${formatEuro(overschotCent)} hoger dan de investering; ga na waarvoor dat geld bestemd is.`);
  }
  for (const beoordeling of beoordelingen) toelichting.push(...beoordeling.regels);

  return {
    investeringCent,
    onderbouwdCent,
    nietOnderbouwdCent,
    onverklaardCent,
    overschotCent,
    zonderHerkomstCent,
    herkomsten: beoordelingen,
    toelichting,
    legalBasis: FINANCING_LEGAL_BASIS,
  };
}
