import { bevindingSoorten, gevaarMaten, gronden, relatieGrondslagen, type Beoordeling, type Bevinding, type GevaarMate, type GevaarOordeel, type Relatie } from '../beoordeling';
import { beperkingenTekst } from '../gebruiksbeperkingen';
import type { Probleem } from '../probleem';
import type { Doorbreking } from './types';

/**
 * Restricted information never reaches a letter to the betrokkene or a third party (../shared/bibob-domain.md §7,
 * §10). Wet Bibob art. 28 lid 1 binds everyone who obtains data under the law to secrecy (breach: art. 272 Sr), and
 * a source may restrict further what it gave (a RIEC answer "niet aan betrokkene", a running criminal
 * investigation). The coordinator ties each motivation text (per ground, art. 3 lid 6, evenredigheid) to the
 * findings it rests on; a text resting on a restricted finding goes out only in the outgoing wording the coordinator
 * wrote for it, or as written when the coordinator overrides the restriction with a recorded reason.
 */

export function isBeperkt(bevinding: Bevinding): boolean {
  return (bevinding.beperkingen ?? []).length > 0;
}

/** "verdenking … uit RIEC; beperking: …": the finding without its content, for refusals. */
function bevindingLabel(bevinding: Bevinding): string {
  return `${bevindingSoorten[bevinding.soort].label.toLowerCase()} uit ${bevinding.bron}; beperking: ${beperkingenTekst(bevinding.beperkingen ?? [])}`;
}

/** Every override must name a restricted finding of this assessment and give its reason. */
export function doorbrekingProblemen(beoordeling: Beoordeling, doorbrekingen: readonly Doorbreking[]): Probleem[] {
  const problemen: Probleem[] = [];
  doorbrekingen.forEach((doorbreking, index) => {
    const bevinding = beoordeling.bevindingen.find((entry) => entry.id === doorbreking.bevindingId);
    if (!bevinding || !isBeperkt(bevinding)) {
      problemen.push({ pad: `doorbrekingen[${index}].bevindingId`, melding: 'Alleen een bevinding met een gebruiksbeperking kan met een reden toch in een brief worden opgenomen.' });
    }
    if (doorbreking.reden.trim() === '') problemen.push({ pad: `doorbrekingen[${index}].reden`, melding: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' });
  });
  return problemen;
}

interface Onderdeel {
  /** Where the coordinator fixes it, as a path into the assessment. */
  readonly pad: string;
  readonly naam: string;
  /** The sentence as it would appear in an outgoing letter without restriction. */
  readonly voorvoegsel: string;
  readonly motivering: string;
  readonly bevindingIds: readonly string[] | undefined;
  readonly uitgaand: string | undefined;
  /** A ground with a degree of danger must rest on at least one finding (art. 3 lid 2–4 Wet Bibob). */
  readonly moetRusten: boolean;
}

/**
 * A ground in the law's own words (art. 3 lid 1 Wet Bibob: "gevaar … dat de beschikking mede zal worden gebruikt
 * om: a. uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten, of
 * b. strafbare feiten te plegen"), with the degree found. A vastgoedtransactie is no beschikking: there the grounds
 * are those of art. 9 lid 3 Wet Bibob — "a. de mate van gevaar dat de vastgoedtransactie mede zal worden gebruikt om
 * uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten, b. de mate
 * van gevaar dat in of met de onroerende zaak waar de vastgoedtransactie betrekking op heeft, mede strafbare feiten
 * zullen worden gepleegd" — to which art. 5a refers.
 */
export function grondZin(oordeel: Pick<GevaarOordeel, 'grond' | 'mate'>, vastgoed = false): string {
  const wat = !vastgoed
    ? `dat de beschikking mede zal worden gebruikt om ${gronden[oordeel.grond].label}`
    : oordeel.grond === 'a'
      ? 'dat de vastgoedtransactie mede zal worden gebruikt om uit gepleegde strafbare feiten verkregen of te verkrijgen, op geld waardeerbare voordelen te benutten'
      : 'dat in of met de onroerende zaak waar de vastgoedtransactie betrekking op heeft, mede strafbare feiten zullen worden gepleegd';
  const mate = oordeel.mate === 'ernstig' ? `er bestaat ernstig gevaar ${wat}` : oordeel.mate === 'mindere-mate' ? `er bestaat een mindere mate van gevaar ${wat}` : `er is geen gevaar ${wat}`;
  const artikel = vastgoed ? `artikel 9, derde lid, onder ${oordeel.grond}` : `artikel 3, eerste lid, onder ${oordeel.grond}`;
  return `Grond ${oordeel.grond} (${artikel}, van de Wet Bibob): ${mate}.`;
}

/** The betrokkene and his relation to the facts in the law's words (art. 3 lid 4 Wet Bibob). */
export function relatieZin(relatie: Relatie, naam: string): string {
  const info = relatieGrondslagen[relatie.grondslag];
  const hoe =
    relatie.grondslag === 'a'
      ? 'heeft de strafbare feiten zelf begaan'
      : relatie.grondslag === 'b'
        ? `${(relatie.hoedanigheid && (info.hoedanigheden as Readonly<Record<string, string>>)[relatie.hoedanigheid]) || 'staat in relatie tot de rechtspersoon'}${relatie.via ? ` ${relatie.via.naam}` : ''}, die de strafbare feiten heeft begaan`
        : `staat in relatie tot ${relatie.via?.naam ?? 'een ander'}, die de strafbare feiten heeft gepleegd en ${(relatie.hoedanigheid && (info.hoedanigheden as Readonly<Record<string, string>>)[relatie.hoedanigheid]) || 'in een van de genoemde posities tot betrokkene staat'}`;
  const toelichting = relatie.toelichting.trim();
  return `Relatie tot strafbare feiten (artikel 3, vierde lid, onder ${relatie.grondslag}, van de Wet Bibob): ${naam} ${hoe}.${toelichting ? ` ${toelichting}` : ''}`;
}

function onderdelen(beoordeling: Beoordeling, vastgoed: boolean): Onderdeel[] {
  const lijst: Onderdeel[] = [];
  beoordeling.gevaar.forEach((oordeel, index) => {
    if (oordeel.mate === 'geen' && oordeel.motivering.trim() === '') return;
    lijst.push({
      pad: `gevaar[${index}]`,
      naam: `de motivering van grond ${oordeel.grond}`,
      voorvoegsel: grondZin(oordeel, vastgoed),
      motivering: oordeel.motivering.trim(),
      bevindingIds: oordeel.bevindingIds,
      uitgaand: oordeel.uitgaandeMotivering,
      moetRusten: oordeel.mate !== 'geen',
    });
  });
  if (beoordeling.lid6.vanToepassing) {
    lijst.push({
      pad: 'lid6',
      naam: 'de motivering van art. 3 lid 6',
      voorvoegsel: 'Artikel 3, zesde lid, van de Wet Bibob:',
      motivering: beoordeling.lid6.motivering.trim(),
      bevindingIds: beoordeling.lid6.bevindingIds,
      uitgaand: beoordeling.lid6.uitgaandeMotivering,
      moetRusten: false,
    });
  }
  if (beoordeling.evenredigheid.trim() !== '') {
    lijst.push({
      pad: 'evenredigheid',
      naam: 'de evenredigheidsafweging',
      // Art. 3 lid 5 Wet Bibob: a refusal or revocation only "indien deze evenredig is"; Awb 3:4 lid 2 for every decision.
      voorvoegsel: 'Evenredigheid (artikel 3, vijfde lid, van de Wet Bibob en artikel 3:4, tweede lid, van de Algemene wet bestuursrecht):',
      motivering: beoordeling.evenredigheid.trim(),
      bevindingIds: beoordeling.evenredigheidBevindingIds,
      uitgaand: beoordeling.evenredigheidUitgaand,
      moetRusten: false,
    });
  }
  return lijst;
}

export interface UitgaandeGronden {
  /** The motivation as it may leave the municipality: one line per ground, lid 6, evenredigheid, the conclusion. */
  readonly regels: readonly string[];
  readonly problemen: readonly Probleem[];
  /** The overrides that were needed for this text: only those are recorded with the letter. */
  readonly doorbroken: readonly Doorbreking[];
}

/**
 * The motivation of a letter to the betrokkene or a third party (voornemen, besluit, vastgoed letters). Refuses,
 * with the reason and the place to fix it, when a text rests on a restricted finding that is not overridden and no
 * outgoing wording is written for it, or when — with restricted findings in the dossier — a text is not tied to the
 * findings it rests on, so that the app cannot tell what it reveals.
 */
export function uitgaandeGronden(
  beoordeling: Beoordeling,
  doorbrekingen: readonly Doorbreking[],
  conclusie: GevaarMate,
  namen: ReadonlyMap<string, string> = new Map(),
  vastgoed = false,
): UitgaandeGronden {
  const beperkt = new Map(beoordeling.bevindingen.filter(isBeperkt).map((bevinding) => [bevinding.id, bevinding]));
  // Only an override of a restricted finding with a reason counts; the others are refused below.
  const doorbroken = new Map(doorbrekingen.filter((entry) => beperkt.has(entry.bevindingId) && entry.reden.trim() !== '').map((entry) => [entry.bevindingId, entry]));
  const gebruikt = new Set<string>();
  const problemen: Probleem[] = [...doorbrekingProblemen(beoordeling, doorbrekingen)];
  const regels: string[] = [];
  const bekend = new Set(beoordeling.bevindingen.map((bevinding) => bevinding.id));

  // The betrokkene and his relation (art. 3 lid 4), for the facts that may go out: a relation to a restricted
  // finding that is not overridden would reveal it, so the ground's outgoing wording stands for it instead. They
  // follow the grounds and come before the weighing of proportionality.
  const relaties = (): void => {
    for (const relatie of beoordeling.relaties) {
      const bevinding = beoordeling.bevindingen.find((entry) => entry.id === relatie.bevindingId);
      if (!bevinding || !bevindingSoorten[bevinding.soort].usableForDegree) continue;
      if (beperkt.has(bevinding.id) && !doorbroken.has(bevinding.id)) continue;
      if (beperkt.has(bevinding.id)) gebruikt.add(bevinding.id);
      regels.push(relatieZin(relatie, namen.get(relatie.betrokkeneId) ?? 'De betrokkene'));
    }
  };
  let relatiesGeschreven = false;
  for (const deel of onderdelen(beoordeling, vastgoed)) {
    if (deel.pad === 'evenredigheid') {
      relaties();
      relatiesGeschreven = true;
    }
    const gekoppeld = deel.bevindingIds?.filter((id) => bekend.has(id));
    if (beperkt.size > 0 && (gekoppeld === undefined || (deel.moetRusten && gekoppeld.length === 0))) {
      problemen.push({
        pad: `${deel.pad}.bevindingIds`,
        melding: `Geef in de beoordeling aan op welke bevindingen ${deel.naam} rust. Het dossier bevat bevindingen met een gebruiksbeperking; zonder die koppeling kan niet worden nagegaan of de tekst iets prijsgeeft dat niet naar buiten mag (art. 28 lid 1 Wet Bibob).`,
      });
      continue;
    }
    const beperkteBronnen = (gekoppeld ?? []).map((id) => beperkt.get(id)).filter((bevinding): bevinding is Bevinding => bevinding !== undefined);
    const open = beperkteBronnen.filter((bevinding) => !doorbroken.has(bevinding.id));
    let tekst = deel.motivering;
    if (open.length > 0) {
      const uitgaand = deel.uitgaand?.trim() ?? '';
      if (uitgaand === '') {
        problemen.push({
          pad: `${deel.pad}.uitgaandeMotivering`,
          melding: `${deel.naam.charAt(0).toUpperCase()}${deel.naam.slice(1)} rust op ${open.length === 1 ? 'een bevinding' : `${open.length} bevindingen`} met een gebruiksbeperking (${open.map(bevindingLabel).join('; ')}). Die mag niet in een brief aan de betrokkene of een derde staan (art. 28 lid 1 Wet Bibob). Schrijf in de beoordeling een formulering voor brieven naar buiten, of leg hier vast waarom de bevinding toch in de brief mag.`,
        });
        continue;
      }
      tekst = uitgaand;
    } else {
      for (const bevinding of beperkteBronnen) gebruikt.add(bevinding.id);
    }
    regels.push(tekst === '' ? deel.voorvoegsel : `${deel.voorvoegsel} ${tekst}`);
  }
  if (!relatiesGeschreven) relaties();
  if (beoordeling.bevindingen.length > 0 || beoordeling.gevaar.length > 0) regels.push(`Conclusie van het Bibob-onderzoek: ${gevaarMaten[conclusie]}.`);
  problemen.push(...letterlijkeProblemen(regels, beoordeling, doorbrekingen));
  for (const id of doorbroken.keys()) if (herhaalt(regels, beperkt.get(id)!)) gebruikt.add(id);
  return { regels, problemen, doorbroken: [...doorbroken.values()].filter((entry) => gebruikt.has(entry.bevindingId)) };
}

/** Words, lower case, without punctuation: what a verbatim comparison looks at. */
function woorden(tekst: string): string[] {
  return tekst
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((woord) => woord !== '');
}

/** Whether the texts repeat the finding's description (see letterlijkeProblemen). */
export function herhaalt(teksten: readonly string[], bevinding: Bevinding): boolean {
  const uitgaand = ` ${woorden(teksten.join(' ')).join(' ')} `;
  const eigen = woorden(bevinding.omschrijving);
  const lengte = Math.min(LETTERLIJK_WOORDEN, eigen.length);
  for (let start = 0; lengte > 0 && start + lengte <= eigen.length; start += 1) {
    if (uitgaand.includes(` ${eigen.slice(start, start + lengte).join(' ')} `)) return true;
  }
  return false;
}

/** How many consecutive words of a restricted finding count as a copy of it. */
export const LETTERLIJK_WOORDEN = 5;

/**
 * A safety net under the ties: outgoing text that repeats a restricted finding's own description — the whole of a
 * short one, or five consecutive words of a longer one — is refused, whatever it is tied to. An override of that
 * finding lifts it.
 */
export function letterlijkeProblemen(teksten: readonly string[], beoordeling: Beoordeling, doorbrekingen: readonly Doorbreking[]): Probleem[] {
  const doorbroken = new Set(doorbrekingen.filter((entry) => entry.reden.trim() !== '').map((entry) => entry.bevindingId));
  const problemen: Probleem[] = [];
  for (const bevinding of beoordeling.bevindingen) {
    if (!isBeperkt(bevinding) || doorbroken.has(bevinding.id)) continue;
    if (herhaalt(teksten, bevinding)) {
      problemen.push({
        pad: 'tekst',
        melding: `De brief herhaalt de omschrijving van een bevinding met een gebruiksbeperking (${bevindingLabel(bevinding)}). Die mag niet in een brief aan de betrokkene of een derde staan (art. 28 lid 1 Wet Bibob): pas de tekst aan, of leg vast waarom de bevinding toch in de brief mag.`,
      });
    }
  }
  return problemen;
}
