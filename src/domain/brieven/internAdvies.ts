import {
  bevindingSoorten,
  ernstNiveaus,
  gevaarFactoren,
  gevaarMaten,
  gronden,
  overallConclusion,
  relatieGrondslagen,
  type Art4Kader,
  type Beoordeling,
  type Bevinding,
  type ProposedMeasure,
} from '../beoordeling';
import { beperkingenTekst } from '../gebruiksbeperkingen';
import { formatDutchDate, type IsoDate } from '../termijnen';
import { voorschriftRegel } from './besluitTekst';
import type { VeldWaarde } from './opmaak';
import { naStreep } from './typografie';

/** What the internal Bibob advice to the burgemeester or college is built from. */
export interface InternAdviesInput {
  readonly betrokkenen: readonly { readonly id: string; readonly naam: string; readonly rollen: readonly string[] }[];
  readonly beoordeling: Beoordeling;
  readonly voorgesteldeMaatregel: ProposedMeasure;
  /** Dutch label of the proposed measure. */
  readonly maatregelLabel: string | null;
  readonly lbbAdvies: { readonly ontvangenOp: IsoDate; readonly samenvatting: string } | null;
  /** Whether a refusal of art. 4 counts as ernstig gevaar here (lid 1 only in a revocation, for the holder). */
  readonly kader: Art4Kader;
}

export interface InternAdviesResult {
  readonly waarden: Readonly<Record<string, VeldWaarde>>;
  /** The restricted findings the advice shows, marked: it stays inside the municipality. */
  readonly beperkt: readonly { readonly bevindingId: string; readonly beperkingen: string }[];
}

/** What the advice needs before it can be made (../shared/bibob-domain.md §10: intern Bibob-advies): a proposed measure. */
export function internAdviesProblemen(input: InternAdviesInput): { pad: string; melding: string }[] {
  if (input.voorgesteldeMaatregel === null) {
    return [{ pad: 'maatregel', melding: 'Stel eerst in de beoordeling een maatregel voor: het advies eindigt met de voorgestelde maatregel (art. 3 Wet Bibob).' }];
  }
  return [];
}

function restricted(bevinding: Bevinding): boolean {
  return (bevinding.beperkingen ?? []).length > 0;
}

/** The mark in front of a restricted finding or what rests on it: "[BEPERKT — Niet aan betrokkene …]". */
function markering(bevinding: Bevinding): string {
  return `[BEPERKT — ${beperkingenTekst(bevinding.beperkingen ?? [])}; niet in brieven aan de betrokkene of derden]`;
}

/**
 * The fields of the internal Bibob advice (§10): betrokkenen and their relations (art. 3 lid 4), findings with
 * source and date, the degree of danger per ground (art. 3 lid 1–3) with the factors weighed, lid 6,
 * proportionality (lid 5), the proposed measure and voorschriften (lid 7). The advice goes to the bestuursorgaan
 * that decides and is the one place where restricted findings belong (§10): they are shown, each marked with its
 * restriction, and so are the relations and the motivation texts resting on them, with their outgoing wording.
 */
export function internAdviesWaarden(input: InternAdviesInput): InternAdviesResult {
  const { beoordeling } = input;
  const beperkt = new Map(beoordeling.bevindingen.filter(restricted).map((bevinding) => [bevinding.id, bevinding]));
  const rustOpBeperkt = (ids: readonly string[] | undefined) => (ids ?? []).some((id) => beperkt.has(id));
  const uitgaand = (ids: readonly string[] | undefined, tekst: string | undefined) =>
    rustOpBeperkt(ids) ? ` [Rust op een beperkte bevinding. In brieven naar buiten: ${tekst?.trim() ? tekst.trim() : 'nog geen formulering vastgelegd'}]` : '';
  const naam = (id: string) => input.betrokkenen.find((betrokkene) => betrokkene.id === id)?.naam ?? 'onbekende betrokkene';
  const relaties = beoordeling.relaties;
  const teller = beperkt.size;
  const waarden: Record<string, VeldWaarde> = {
    betrokkenen: input.betrokkenen.map((betrokkene) => `${betrokkene.naam}${betrokkene.rollen.length > 0 ? ` (${betrokkene.rollen.join(', ')})` : ''}`),
    bevindingen:
      beoordeling.bevindingen.length === 0
        ? ['Er zijn geen bevindingen vastgelegd.']
        : beoordeling.bevindingen.map((bevinding) => {
            const mark = restricted(bevinding) ? `${markering(bevinding)} ` : '';
            return `${mark}${naam(bevinding.betrokkeneId)}: ${bevindingSoorten[bevinding.soort].label.toLowerCase()} — ${naStreep(bevinding.omschrijving).trim().replace(/\.$/, '')} (bron: ${bevinding.bron}, ${formatDutchDate(bevinding.datum)}; ernst: ${ernstNiveaus[bevinding.ernst].label.toLowerCase()}).`;
          }),
    weggelaten:
      teller === 0
        ? ''
        : `${teller === 1 ? 'Eén bevinding heeft' : `${teller} bevindingen hebben`} een gebruiksbeperking van de bron (gemarkeerd met BEPERKT). Dit advies blijft binnen de gemeente; in brieven aan de betrokkene of derden komen deze bevindingen niet, tenzij met een vastgelegde reden (art. 28 lid 1 Wet Bibob).`,
    relaties:
      relaties.length === 0
        ? ['Geen relaties vastgelegd.']
        : relaties.map((relatie) => {
            const bron = beperkt.get(relatie.bevindingId);
            return `${bron ? `${markering(bron)} ` : ''}${naam(relatie.betrokkeneId)} — ${relatieGrondslagen[relatie.grondslag].legalBasis}${relatie.via ? `, via ${relatie.via.naam}` : ''}: ${relatie.toelichting}`;
          }),
    gevaar: beoordeling.gevaar.map((oordeel) => {
      const factoren = oordeel.factoren.map((id) => gevaarFactoren[id].legalBasis.replace(' Wet Bibob', '')).join(', ');
      return `Grond ${oordeel.grond} (${gronden[oordeel.grond].legalBasis}): ${gevaarMaten[oordeel.mate]}.${factoren ? ` Gewogen: ${factoren}.` : ''}${oordeel.motivering ? ` ${oordeel.motivering}` : ''}${uitgaand(oordeel.bevindingIds, oordeel.uitgaandeMotivering)}`;
    }),
    conclusie: gevaarMaten[overallConclusion(beoordeling, input.kader)],
    lid6: beoordeling.lid6.vanToepassing ? `Art. 3 lid 6 Wet Bibob: ${beoordeling.lid6.motivering}${uitgaand(beoordeling.lid6.bevindingIds, beoordeling.lid6.uitgaandeMotivering)}` : '',
    evenredigheid:
      beoordeling.evenredigheid.trim() === '' ? 'Geen afweging vastgelegd.' : `${beoordeling.evenredigheid}${uitgaand(beoordeling.evenredigheidBevindingIds, beoordeling.evenredigheidUitgaand)}`,
    'lbb.advies': input.lbbAdvies ? `Ontvangen op ${formatDutchDate(input.lbbAdvies.ontvangenOp)}: ${input.lbbAdvies.samenvatting}` : 'Er is geen advies van het Landelijk Bureau Bibob gevraagd of ontvangen.',
    maatregel: input.maatregelLabel ? `${input.maatregelLabel.charAt(0).toUpperCase()}${input.maatregelLabel.slice(1)}.` : '',
    voorschriften: beoordeling.voorschriften.map(voorschriftRegel),
  };
  return { waarden, beperkt: [...beperkt.values()].map((bevinding) => ({ bevindingId: bevinding.id, beperkingen: beperkingenTekst(bevinding.beperkingen ?? []) })) };
}
