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
import type { VeldWaarde } from './opmaak';
import type { Doorbreking } from './types';

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
  /** Restricted findings left out, so that the coordinator sees what the letter does not say. */
  readonly weggelaten: readonly { readonly bevindingId: string; readonly omschrijving: string; readonly beperkingen: string }[];
  /** Restricted findings included on the coordinator's recorded reason. */
  readonly doorbroken: readonly Doorbreking[];
}

/**
 * What the advice needs before it can be made (../shared/bibob-domain.md §10: intern Bibob-advies): a proposed
 * measure, and every override must name a restricted finding of this assessment and give its reason.
 */
export function internAdviesProblemen(input: InternAdviesInput, doorbrekingen: readonly Doorbreking[]): { pad: string; melding: string }[] {
  const problems: { pad: string; melding: string }[] = [];
  if (input.voorgesteldeMaatregel === null) {
    problems.push({ pad: 'maatregel', melding: 'Stel eerst in de beoordeling een maatregel voor: het advies eindigt met de voorgestelde maatregel (art. 3 Wet Bibob).' });
  }
  doorbrekingen.forEach((doorbreking, index) => {
    const bevinding = input.beoordeling.bevindingen.find((entry) => entry.id === doorbreking.bevindingId);
    if (!bevinding || (bevinding.beperkingen ?? []).length === 0) {
      problems.push({ pad: `doorbrekingen[${index}].bevindingId`, melding: 'Alleen een bevinding met een gebruiksbeperking kan met een reden toch worden opgenomen.' });
    }
    if (doorbreking.reden.trim() === '') problems.push({ pad: `doorbrekingen[${index}].reden`, melding: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' });
  });
  return problems;
}

function restricted(bevinding: Bevinding): boolean {
  return (bevinding.beperkingen ?? []).length > 0;
}

/**
 * The fields of the internal Bibob advice (§10): betrokkenen and their relations (art. 3 lid 4), findings with
 * source and date, the degree of danger per ground (art. 3 lid 1–3) with the factors weighed, lid 6,
 * proportionality (lid 5), the proposed measure and voorschriften (lid 7). A finding with a use restriction is left
 * out — and so are the relations resting on it — unless the coordinator overrides it with a reason; the letter then
 * says so.
 */
export function internAdviesWaarden(input: InternAdviesInput, doorbrekingen: readonly Doorbreking[]): InternAdviesResult {
  const { beoordeling } = input;
  const doorbroken = new Map(doorbrekingen.map((entry) => [entry.bevindingId, entry.reden]));
  const opgenomen = beoordeling.bevindingen.filter((bevinding) => !restricted(bevinding) || doorbroken.has(bevinding.id));
  const weggelaten = beoordeling.bevindingen.filter((bevinding) => restricted(bevinding) && !doorbroken.has(bevinding.id));
  const zichtbaar = new Set(opgenomen.map((bevinding) => bevinding.id));
  const naam = (id: string) => input.betrokkenen.find((betrokkene) => betrokkene.id === id)?.naam ?? 'onbekende betrokkene';
  const relaties = beoordeling.relaties.filter((relatie) => zichtbaar.has(relatie.bevindingId));
  const waarden: Record<string, VeldWaarde> = {
    betrokkenen: input.betrokkenen.map((betrokkene) => `${betrokkene.naam}${betrokkene.rollen.length > 0 ? ` (${betrokkene.rollen.join(', ')})` : ''}`),
    bevindingen:
      opgenomen.length === 0
        ? ['Er zijn geen bevindingen die in dit advies kunnen worden opgenomen.']
        : opgenomen.map((bevinding) => {
            const reden = doorbroken.get(bevinding.id);
            const beperking = reden ? ` Let op: gebruiksbeperking (${beperkingenTekst(bevinding.beperkingen ?? [])}); toch opgenomen omdat: ${reden}.` : '';
            return `${naam(bevinding.betrokkeneId)}: ${bevindingSoorten[bevinding.soort].label.toLowerCase()} — ${bevinding.omschrijving} (bron: ${bevinding.bron}, ${formatDutchDate(bevinding.datum)}; ernst: ${ernstNiveaus[bevinding.ernst].label.toLowerCase()}).${beperking}`;
          }),
    weggelaten:
      weggelaten.length === 0
        ? ''
        : `${weggelaten.length === 1 ? 'Eén bevinding is' : `${weggelaten.length} bevindingen zijn`} wegens een gebruiksbeperking van de bron niet in dit advies opgenomen; zij staan in het dossier.`,
    relaties:
      relaties.length === 0
        ? ['Geen relaties vastgelegd bij de opgenomen bevindingen.']
        : relaties.map((relatie) => `${naam(relatie.betrokkeneId)} — ${relatieGrondslagen[relatie.grondslag].legalBasis}${relatie.via ? `, via ${relatie.via.naam}` : ''}: ${relatie.toelichting}`),
    gevaar: beoordeling.gevaar.map((oordeel) => {
      const factoren = oordeel.factoren.map((id) => gevaarFactoren[id].legalBasis.replace(' Wet Bibob', '')).join(', ');
      return `Grond ${oordeel.grond} (${gronden[oordeel.grond].legalBasis}): ${gevaarMaten[oordeel.mate]}.${factoren ? ` Gewogen: ${factoren}.` : ''}${oordeel.motivering ? ` ${oordeel.motivering}` : ''}`;
    }),
    conclusie: gevaarMaten[overallConclusion(beoordeling, input.kader)],
    lid6: beoordeling.lid6.vanToepassing ? `Art. 3 lid 6 Wet Bibob: ${beoordeling.lid6.motivering}` : '',
    evenredigheid: beoordeling.evenredigheid.trim() === '' ? 'Geen afweging vastgelegd.' : beoordeling.evenredigheid,
    'lbb.advies': input.lbbAdvies ? `Ontvangen op ${formatDutchDate(input.lbbAdvies.ontvangenOp)}: ${input.lbbAdvies.samenvatting}` : 'Er is geen advies van het Landelijk Bureau Bibob gevraagd of ontvangen.',
    maatregel: input.maatregelLabel ?? '',
    voorschriften: beoordeling.voorschriften.map((voorschrift) => `${voorschrift.tekst} (neemt weg of beperkt: ${voorschrift.wegneemtGevaar})`),
  };
  return {
    waarden,
    weggelaten: weggelaten.map((bevinding) => ({ bevindingId: bevinding.id, omschrijving: bevinding.omschrijving, beperkingen: beperkingenTekst(bevinding.beperkingen ?? []) })),
    doorbroken: doorbrekingen.filter((entry) => beoordeling.bevindingen.some((bevinding) => bevinding.id === entry.bevindingId)),
  };
}
