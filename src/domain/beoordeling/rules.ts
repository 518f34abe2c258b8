/**
 * The rules that judge an assessment of Wet Bibob art. 3, 3a and 4 (../shared/bibob-domain.md §2, §4 step 7).
 * Pure: the service passes the stored assessment and the proposed measure; every problem comes back with the
 * path of the field it concerns and a Dutch message that names the article. An empty list means: acceptable.
 */
import {
  bevindingSoorten,
  gevaarFactoren,
  gevaarMaten,
  gronden,
  hoedanigheidPast,
  relatieGrondslagen,
  vermoedenFactor,
  type AssessmentProblem,
  type Beoordeling,
  type Bevinding,
  type BevindingSoort,
  type GevaarMate,
  type GevaarOordeel,
  type Grond,
  type Maatregel,
  type ProposedMeasure,
  type Relatie,
} from './types';
import { voorschriftTekstProblemen } from './voorschriften';
import type { Outcome } from '../workflow';

/**
 * Whether the degree of danger may be established on a finding of this kind. Art. 3a lid 3: not on a fact that
 * ended in vrijspraak or ontslag van alle rechtsvervolging. Art. 3a lid 2: a sepot does not stand in the way.
 */
export function findingUsable(soort: BevindingSoort): boolean {
  return bevindingSoorten[soort].usableForDegree;
}

/** Art. 4 lid 1 and 2: the refusal counts as ernstig gevaar "als bedoeld in artikel 3, eerste lid" by law. */
export function countsAsErnstigGevaar(soort: BevindingSoort): boolean {
  return bevindingSoorten[soort].werking === 'ernstig-gevaar';
}

/**
 * The setting of the investigation that decides whether a refusal of art. 4 counts as ernstig gevaar:
 * - art. 4 lid 1 applies only "indien toepassing wordt gegeven aan artikel 7a, derde lid" — an investigation with a
 *   view to revoking a beschikking — and only to the refusal "van de vergunninghouder, de begunstigde van een andere
 *   beschikking, of de subsidie-ontvanger";
 * - art. 4 lid 2 (with art. 12 lid 3) to the refusal "van de aanvrager van een beschikking, de subsidie-ontvanger, de
 *   vergunninghouder of de begunstigde", in an application and a revocation alike.
 * `houders`: the betrokkenen who are that applicant or holder in this dossier. A refusal by anyone else (a
 * bestuurder, a verhuurder) is no art. 4 refusal at all.
 */
export interface Art4Kader {
  readonly intrekking: boolean;
  readonly houders: readonly string[];
}

/**
 * The setting of a dossier: a revocation investigation when its kind of decision is a revocation (ambtshalve, of a
 * beschikking), or — while no kind is recorded — when the measure is intrekken. The holders are the betrokkenen in
 * the role of aanvrager (in a revocation dossier: the vergunninghouder).
 */
export function art4KaderVan(
  dossier: { readonly intrekkingsbesluit: boolean | null; readonly maatregel: ProposedMeasure | string | null },
  betrokkenen: readonly { readonly id: string; readonly rollen: readonly string[] }[],
): Art4Kader {
  return {
    intrekking: dossier.intrekkingsbesluit ?? dossier.maatregel === 'intrekken',
    houders: betrokkenen.filter((betrokkene) => betrokkene.rollen.includes('aanvrager')).map((betrokkene) => betrokkene.id),
  };
}

/** Whether this finding counts as ernstig gevaar by art. 4 lid 1 or 2 in this setting. */
export function art4Geldt(bevinding: Pick<Bevinding, 'soort' | 'betrokkeneId'>, kader: Art4Kader): boolean {
  if (!countsAsErnstigGevaar(bevinding.soort) || !kader.houders.includes(bevinding.betrokkeneId)) return false;
  return bevinding.soort === 'weigering-vragenformulier' ? kader.intrekking : true;
}

/** A finding that can carry a relation of art. 3 lid 4: a usable finding about a strafbaar feit (art. 3a, not art. 4). */
function carriesRelation(soort: BevindingSoort): boolean {
  return findingUsable(soort) && !countsAsErnstigGevaar(soort);
}

const rank: Readonly<Record<GevaarMate, number>> = { geen: 0, 'mindere-mate': 1, ernstig: 2 };

/**
 * The conclusion of the assessment: the highest degree over the grounds of art. 3 lid 1 (sub a and b), and
 * 'ernstig' whenever a refusal of art. 4 lid 1 or 2 is recorded that the law counts as ernstig gevaar in this
 * setting (see Art4Kader: lid 1 only in a revocation and only for the holder). Lid 6 is no degree of danger: it is a
 * ground of its own and does not change the conclusion.
 */
export function overallConclusion(beoordeling: Beoordeling, kader: Art4Kader): GevaarMate {
  if (beoordeling.bevindingen.some((bevinding) => art4Geldt(bevinding, kader))) return 'ernstig';
  let highest: GevaarMate = 'geen';
  for (const oordeel of beoordeling.gevaar) if (rank[oordeel.mate] > rank[highest]) highest = oordeel.mate;
  return highest;
}

// ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

const blank = (text: string): boolean => text.trim() === '';

/** The findings by id; of two with the same id the first counts (the second is reported as a duplicate). */
function findingsById(beoordeling: Beoordeling): ReadonlyMap<string, Bevinding> {
  const byId = new Map<string, Bevinding>();
  for (const bevinding of beoordeling.bevindingen) if (!byId.has(bevinding.id)) byId.set(bevinding.id, bevinding);
  return byId;
}

const lidVan: Readonly<Record<Grond, string>> = { a: 'lid 2', b: 'lid 3' };

interface MeasureInfo {
  /** Capitalised, to start a sentence. */
  readonly label: string;
  /** Refusal, revocation, not contracting or dissolving: needs ernstig gevaar or lid 6, and evenredigheid. */
  readonly negative: boolean;
  /** A vastgoedtransactie: no beschikking; art. 9 lid 3 and 4 make art. 3 lid 2–5 apply by analogy. */
  readonly vastgoed: boolean;
}

const measureInfo: Readonly<Record<Maatregel, MeasureInfo>> = {
  verlenen: { label: 'Verlenen', negative: false, vastgoed: false },
  'verlenen-met-voorschriften': { label: 'Verlenen met voorschriften', negative: false, vastgoed: false },
  weigeren: { label: 'Weigeren', negative: true, vastgoed: false },
  intrekken: { label: 'Intrekken', negative: true, vastgoed: false },
  'niet-contracteren': { label: 'Niet contracteren', negative: true, vastgoed: true },
  'contract-ontbinden': { label: 'De overeenkomst ontbinden', negative: true, vastgoed: true },
  // Alcoholwet art. 32 lid 1 in the case of art. 31 lid 3 onder a: "het geval en onder de voorwaarden, bedoeld in
  // artikel 3" Wet Bibob — ernstig gevaar (or lid 6) and proportionality, as for a revocation.
  schorsen: { label: 'Schorsen', negative: true, vastgoed: false },
  // Wet Bibob art. 3 lid 7, fourth sentence: "Het bestuursorgaan kan een op grond van deze bepaling gegeven voorschrift wijzigen."
  'voorschriften-wijzigen': { label: 'Bibob-voorschriften wijzigen', negative: false, vastgoed: false },
};

/** The measures that attach voorschriften of art. 3 lid 7: granting with them, or changing them later. */
export function metVoorschriften(measure: ProposedMeasure | Outcome | null): boolean {
  return measure === 'verlenen-met-voorschriften' || measure === 'voorschriften-wijzigen';
}

/** Alcoholwet art. 32 lid 1: "geschorst voor een periode van ten hoogste 12 weken". */
export const MAX_SCHORSING_WEKEN = 12;

function grondNaam(grond: Grond): string {
  return `grond ${grond} (${gronden[grond].legalBasis}: gevaar dat de beschikking mede wordt gebruikt om ${gronden[grond].label})`;
}

// ─── Bevindingen ──────────────────────────────────────────────────────────────────────────────────────────────

function bevindingProblems(beoordeling: Beoordeling, measure: ProposedMeasure, kader: Art4Kader): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const seen = new Set<string>();
  beoordeling.bevindingen.forEach((bevinding, index) => {
    if (seen.has(bevinding.id)) {
      problems.push({ pad: `bevindingen[${index}].id`, melding: `Het id ${JSON.stringify(bevinding.id)} hoort al bij een andere bevinding. Geef elke bevinding een eigen id.` });
    }
    seen.add(bevinding.id);

    // Art. 4 lid 1 applies only "indien toepassing wordt gegeven aan artikel 7a, derde lid": an investigation with
    // a view to revocation. For an application the route is buiten behandeling laten (Awb 4:5).
    const vastgoed = measure !== null && measureInfo[measure].vastgoed;
    if (bevinding.soort === 'weigering-vragenformulier' && !kader.intrekking && !vastgoed) {
      problems.push({
        pad: `bevindingen[${index}].soort`,
        melding:
          'De weigering het vragenformulier in te vullen geldt alleen als ernstig gevaar in een onderzoek met het oog op intrekking (art. 4 lid 1 met art. 7a lid 3 Wet Bibob). Bij een aanvraag is dit geen weigeringsgrond: stuur een herstelverzoek en laat de aanvraag zo nodig buiten behandeling (art. 4:5 Awb).',
      });
    }
    // Art. 4 lid 1 and 2 name the aanvrager, vergunninghouder, begunstigde of a beschikking and subsidie-ontvanger:
    // not the other party to a vastgoedtransactie.
    if (countsAsErnstigGevaar(bevinding.soort) && vastgoed) {
      problems.push({
        pad: `bevindingen[${index}].soort`,
        melding: `Art. 4 lid 1 en 2 Wet Bibob gelden voor de aanvrager of houder van een beschikking en de subsidie-ontvanger, niet voor de wederpartij bij een vastgoedtransactie: daar geldt deze weigering niet van rechtswege als ernstig gevaar. Leg haar vast als ander feit (art. 3 lid 2 en 3 sub a, via art. 9 lid 4 Wet Bibob) en weeg haar mee.`,
      });
    } else if (countsAsErnstigGevaar(bevinding.soort) && !kader.houders.includes(bevinding.betrokkeneId)) {
      // Art. 4 lid 1 names the vergunninghouder, begunstigde and subsidie-ontvanger; lid 2 also the aanvrager.
      problems.push({
        pad: `bevindingen[${index}].betrokkeneId`,
        melding:
          bevinding.soort === 'weigering-vragenformulier'
            ? 'Alleen de weigering van de vergunninghouder (of begunstigde, subsidie-ontvanger) zelf geldt als ernstig gevaar (art. 4 lid 1 Wet Bibob). Leg de weigering vast bij de houder, of leg het gedrag van deze betrokkene vast als ander feit en weeg het mee.'
            : 'Alleen de weigering van de aanvrager of houder van de beschikking (of de subsidie-ontvanger) zelf geldt als ernstig gevaar (art. 4 lid 2 Wet Bibob). Leg de weigering vast bij de aanvrager of houder, of leg het gedrag van deze betrokkene vast als ander feit en weeg het mee.',
      });
    }
  });
  return problems;
}

// ─── Relaties (art. 3 lid 4) ──────────────────────────────────────────────────────────────────────────────────

function relatieProblems(beoordeling: Beoordeling): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const byId = findingsById(beoordeling);
  beoordeling.relaties.forEach((relatie, index) => {
    const at = (field: string) => `relaties[${index}].${field}`;
    const info = relatieGrondslagen[relatie.grondslag];
    const bevinding = byId.get(relatie.bevindingId);

    if (!bevinding) {
      problems.push({
        pad: at('bevindingId'),
        melding: `Deze relatie verwijst naar bevinding ${JSON.stringify(relatie.bevindingId)}, die niet (meer) bestaat. Een betrokkene staat in relatie tot vastgelegde strafbare feiten (art. 3 lid 4 Wet Bibob): kies een bestaande bevinding.`,
      });
    } else if (!findingUsable(bevinding.soort)) {
      problems.push({
        pad: at('bevindingId'),
        melding: `Bevinding ${JSON.stringify(bevinding.omschrijving)} eindigde in vrijspraak of ontslag van alle rechtsvervolging. De mate van gevaar wordt niet op grond van dat strafbare feit vastgesteld (art. 3a lid 3 Wet Bibob), dus er hoort geen relatie bij.`,
      });
    } else if (countsAsErnstigGevaar(bevinding.soort)) {
      problems.push({
        pad: at('bevindingId'),
        melding: `Bevinding ${JSON.stringify(bevinding.omschrijving)} is een weigering die van rechtswege als ernstig gevaar geldt (${bevindingSoorten[bevinding.soort].legalBasis}). Zij is geen strafbaar feit waartoe een betrokkene in relatie staat (art. 3 lid 4 Wet Bibob): verwijder deze relatie.`,
      });
    }

    if (blank(relatie.toelichting)) {
      problems.push({
        pad: at('toelichting'),
        melding: `Beschrijf de aard van de relatie: die weegt mee bij de mate van gevaar (art. 3 lid 2 en 3, sub c Wet Bibob).`,
      });
    }

    if (relatie.grondslag === 'a') {
      if (relatie.via) {
        problems.push({
          pad: at('via'),
          melding: `Bij ${info.legalBasis} heeft de betrokkene de strafbare feiten zelf begaan: de relatie loopt via niemand. Laat 'via' leeg, of kies sub b of c.`,
        });
      }
      if (relatie.hoedanigheid) {
        problems.push({ pad: at('hoedanigheid'), melding: `Bij ${info.legalBasis} hoort geen hoedanigheid: de betrokkene heeft de strafbare feiten zelf begaan.` });
      }
      if (bevinding && bevinding.betrokkeneId !== relatie.betrokkeneId) {
        problems.push({
          pad: at('betrokkeneId'),
          melding: `De bevinding staat op naam van een andere betrokkene. Zelf begaan (${info.legalBasis}) kan alleen de betrokkene over wie de bevinding gaat; loopt de relatie via die ander, kies dan sub b of c.`,
        });
      }
      return;
    }

    if (!relatie.via) {
      problems.push({ pad: at('via'), melding: `Noem bij ${info.legalBasis} via wie de relatie loopt: ${info.via}.` });
    } else if (relatie.via.betrokkeneId === relatie.betrokkeneId) {
      problems.push({
        pad: at('via'),
        melding: `Bij ${info.legalBasis} loopt de relatie via een ander dan de betrokkene zelf. Heeft de betrokkene de feiten zelf begaan, kies dan sub a.`,
      });
    } else if (bevinding && bevinding.betrokkeneId !== relatie.via.betrokkeneId) {
      problems.push({
        pad: at('via'),
        melding: `De bevinding staat op naam van een ander dan ${relatie.via.naam}. Bij ${info.legalBasis} loopt de relatie via ${info.via}: dat is degene over wie de bevinding gaat.`,
      });
    }

    const toegestaan = Object.values(info.hoedanigheden).join('; ');
    if (!relatie.hoedanigheid) {
      problems.push({ pad: at('hoedanigheid'), melding: `Kies bij ${info.legalBasis} de hoedanigheid die de wet noemt: ${toegestaan}.` });
    } else if (!hoedanigheidPast(relatie.grondslag, relatie.hoedanigheid)) {
      problems.push({
        pad: at('hoedanigheid'),
        melding: `${info.legalBasis.charAt(0).toUpperCase()}${info.legalBasis.slice(1)} noemt deze hoedanigheid niet. Mogelijk: ${toegestaan}. Een zakelijk samenwerkingsverband valt onder sub c.`,
      });
    }
  });
  return problems;
}

/** The relations that can carry a degree of danger: to an existing, usable finding about a strafbaar feit. */
function carryingRelations(beoordeling: Beoordeling): { relatie: Relatie; bevinding: Bevinding }[] {
  const byId = findingsById(beoordeling);
  return beoordeling.relaties.flatMap((relatie) => {
    const bevinding = byId.get(relatie.bevindingId);
    return bevinding && carriesRelation(bevinding.soort) ? [{ relatie, bevinding }] : [];
  });
}

// ─── Gevaar per grond (art. 3 lid 1–3) ──────────────────────────────────────────────────────────────────────────

function gevaarProblems(beoordeling: Beoordeling, kader: Art4Kader): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  const carrying = carryingRelations(beoordeling);
  const usable = beoordeling.bevindingen.filter((bevinding) => carriesRelation(bevinding.soort));
  const art4 = beoordeling.bevindingen.some((bevinding) => art4Geldt(bevinding, kader));
  const seen = new Set<Grond>();

  beoordeling.gevaar.forEach((oordeel: GevaarOordeel, index) => {
    const at = (field: string) => `gevaar[${index}].${field}`;
    const { grond, mate } = oordeel;
    const lid = lidVan[grond];

    if (seen.has(grond)) {
      problems.push({ pad: at('grond'), melding: `Grond ${grond} (${gronden[grond].legalBasis}) is al beoordeeld. Geef per grond één oordeel.` });
    }
    seen.add(grond);

    // Lid 2 holds the factors for grond a, lid 3 those for grond b.
    const eigen = oordeel.factoren.filter((factor) => gevaarFactoren[factor].grond === grond);
    for (const factor of oordeel.factoren) {
      const info = gevaarFactoren[factor];
      if (info.grond !== grond) {
        problems.push({
          pad: at('factoren'),
          melding: `De factor "${info.tekst}" (${info.legalBasis}) hoort bij grond ${info.grond}, niet bij grond ${grond}. Voor grond ${grond} gelden de factoren van art. 3 ${lid} Wet Bibob.`,
        });
      }
    }

    if (mate === 'geen') return;
    const mateLabel = gevaarMaten[mate];

    if (blank(oordeel.motivering)) {
      problems.push({
        pad: at('motivering'),
        melding: `Motiveer waarom sprake is van ${mateLabel} op ${grondNaam(grond)}: op welke feiten, via welke relatie en met welk gewicht (art. 3 ${lid} Wet Bibob).`,
      });
    }

    // Ernstig gevaar: a related, usable finding, or a refusal that counts as ernstig gevaar by law (art. 4).
    // Mindere mate: a related, usable finding; art. 4 knows no mindere mate.
    const supported = carrying.length > 0 || (mate === 'ernstig' && art4);
    if (!supported) {
      let melding: string;
      if (mate === 'mindere-mate' && art4 && usable.length === 0) {
        melding = `Een weigering als bedoeld in art. 4 Wet Bibob geldt als ernstig gevaar, niet als mindere mate van gevaar. Kies ernstig gevaar, of baseer ${mateLabel} op een bevinding over strafbare feiten met een relatie (art. 3 ${lid} en lid 4 Wet Bibob).`;
      } else if (usable.length === 0) {
        melding = `Voor ${mateLabel} op grond ${grond} is ten minste één bruikbare bevinding nodig: feiten en omstandigheden die erop wijzen of redelijkerwijs doen vermoeden dat de betrokkene in relatie staat tot strafbare feiten (art. 3 ${lid} sub a en art. 3a lid 1 Wet Bibob). Een vrijspraak of ontslag van alle rechtsvervolging telt niet (art. 3a lid 3).`;
      } else {
        melding = `Voor ${mateLabel} op grond ${grond} moet een betrokkene in relatie staan tot een bruikbare bevinding (art. 3 lid 4 Wet Bibob). Leg vast hoe een betrokkene in relatie staat tot bijvoorbeeld "${usable[0]?.omschrijving ?? ''}".`;
      }
      problems.push({ pad: at('mate'), melding });
      return;
    }

    if (carrying.length === 0) return; // ernstig gevaar by art. 4 alone: not weighed on the factors of lid 2 or 3.
    if (eigen.length === 0) {
      problems.push({
        pad: at('factoren'),
        melding: `Noem de factoren van art. 3 ${lid} Wet Bibob waarop u de mate van gevaar voor grond ${grond} hebt vastgesteld.`,
      });
    } else if (carrying.every(({ bevinding }) => bevindingSoorten[bevinding.soort].werking === 'vermoeden') && !eigen.includes(vermoedenFactor[grond])) {
      const factor = gevaarFactoren[vermoedenFactor[grond]];
      problems.push({
        pad: at('factoren'),
        melding: `De mate van gevaar rust alleen op vermoedens. Weeg dan ook "${factor.tekst}" (${factor.legalBasis}).`,
      });
    }
  });
  return problems;
}

// ─── Lid 6, evenredigheid, voorschriften and the measure ───────────────────────────────────────────────────────

function lid6Problems(beoordeling: Beoordeling): AssessmentProblem[] {
  if (beoordeling.lid6.vanToepassing && blank(beoordeling.lid6.motivering)) {
    return [
      {
        pad: 'lid6.motivering',
        melding: 'Motiveer welke feiten en omstandigheden erop wijzen of redelijkerwijs doen vermoeden dat een strafbaar feit is gepleegd om de beschikking te verkrijgen of te behouden (art. 3 lid 6 Wet Bibob).',
      },
    ];
  }
  return [];
}

function voorschriftProblems(beoordeling: Beoordeling, measure: ProposedMeasure): AssessmentProblem[] {
  const problems: AssessmentProblem[] = [];
  beoordeling.voorschriften.forEach((voorschrift, index) => {
    problems.push(...voorschriftTekstProblemen(voorschrift, (veld) => `voorschriften[${index}].${veld}`));
  });
  if (measure !== null && !metVoorschriften(measure) && beoordeling.voorschriften.length > 0) {
    problems.push({
      pad: 'voorschriften',
      melding: `Voorschriften (art. 3 lid 7 Wet Bibob) horen alleen bij verlenen met voorschriften; de voorgestelde maatregel is "${measureInfo[measure].label.toLowerCase()}". Verwijder ze of kies verlenen met voorschriften.`,
    });
  }
  return problems;
}

function measureProblems(beoordeling: Beoordeling, measure: ProposedMeasure, kader: Art4Kader): AssessmentProblem[] {
  if (measure === null) return [];
  const problems: AssessmentProblem[] = [];
  const conclusion = overallConclusion(beoordeling, kader);
  const lid6 = beoordeling.lid6.vanToepassing;
  const info = measureInfo[measure];
  const noWeighing = blank(beoordeling.evenredigheid);

  if (info.negative) {
    // Art. 3 lid 1 (ernstig gevaar) or lid 6; for a vastgoedtransactie art. 9 lid 3 with art. 3 lid 2–5 (art. 9 lid 4).
    if (conclusion !== 'ernstig' && !lid6) {
      const basis = info.vastgoed ? 'art. 3 lid 1 en 6, via art. 9 lid 3 en 4 Wet Bibob' : 'art. 3 lid 1 en lid 6 Wet Bibob';
      problems.push({
        pad: 'maatregel',
        melding: `${info.label} kan alleen bij ernstig gevaar, of als feiten erop wijzen dat een strafbaar feit is gepleegd om de beschikking of transactie te verkrijgen of te behouden (${basis}). De conclusie is nu: ${gevaarMaten[conclusion]}. Bij mindere mate van gevaar kunt u voorschriften verbinden (art. 3 lid 7).`,
      });
    }
    // Art. 3 lid 5 (and lid 6, second sentence): only when proportionate.
    if (noWeighing) {
      const basis = lid6 && conclusion !== 'ernstig' ? 'art. 3 lid 6, tweede zin, Wet Bibob' : 'art. 3 lid 5 Wet Bibob';
      const withWhat =
        lid6 && conclusion !== 'ernstig'
          ? 'de ernst van het vermoeden en de ernst van het strafbare feit'
          : 'de mate van het gevaar en, voor zover het om grond b gaat, de ernst van de strafbare feiten';
      problems.push({
        pad: 'evenredigheid',
        melding: `${info.label} mag alleen als dat evenredig is met ${withWhat} (${basis}${info.vastgoed ? ', via art. 9 lid 4' : ''}). Leg de evenredigheidsafweging vast.`,
      });
    }
  }

  if (metVoorschriften(measure)) {
    if (beoordeling.voorschriften.length === 0) {
      problems.push({
        pad: 'voorschriften',
        melding: 'Kies ten minste één voorschrift dat het gevaar wegneemt of beperkt (art. 3 lid 7 Wet Bibob).',
      });
    }
    if (conclusion === 'geen') {
      problems.push({
        pad: 'maatregel',
        melding: 'Voorschriften kunnen alleen bij mindere mate van gevaar, of bij ernstig gevaar waarbij de ernst van de strafbare feiten weigering of intrekking niet rechtvaardigt (art. 3 lid 7 Wet Bibob). De conclusie is nu: geen gevaar.',
      });
    } else if (conclusion === 'ernstig' && noWeighing) {
      problems.push({
        pad: 'evenredigheid',
        melding: 'Bij ernstig gevaar kunnen voorschriften alleen als de ernst van de strafbare feiten weigering of intrekking niet rechtvaardigt (art. 3 lid 7, derde zin, Wet Bibob). Leg in de evenredigheidsafweging vast waarom.',
      });
    }
  }

  if (measure === 'schorsen') {
    const weken = beoordeling.schorsingWeken;
    if (weken === undefined || !Number.isInteger(weken) || weken < 1 || weken > MAX_SCHORSING_WEKEN) {
      problems.push({
        pad: 'schorsingWeken',
        melding: `Een schorsing duurt ten hoogste ${MAX_SCHORSING_WEKEN} weken (art. 32 lid 1 Alcoholwet). Vul het aantal weken in, van 1 tot en met ${MAX_SCHORSING_WEKEN}.`,
      });
    }
  }

  if (measure === 'verlenen' && (conclusion === 'ernstig' || lid6) && noWeighing) {
    const why = conclusion === 'ernstig' ? 'Er is ernstig gevaar (art. 3 lid 1 Wet Bibob)' : 'Art. 3 lid 6 Wet Bibob is van toepassing';
    problems.push({
      pad: 'evenredigheid',
      melding: `${why}. Verlenen blijft mogelijk (de wet zegt "kunnen"), maar leg in de evenredigheidsafweging (art. 3 lid 5) vast waarom u niet weigert of intrekt en ook geen voorschriften verbindt (art. 3 lid 7).`,
    });
  }
  return problems;
}

/**
 * Every problem that stands in the way of this assessment with this proposed measure (null: none proposed yet,
 * then only the assessment itself is judged). Empty when acceptable.
 */
export function assessmentProblems(beoordeling: Beoordeling, proposedMeasure: ProposedMeasure, kader: Art4Kader): readonly AssessmentProblem[] {
  return [
    ...bevindingProblems(beoordeling, proposedMeasure, kader),
    ...relatieProblems(beoordeling),
    ...gevaarProblems(beoordeling, kader),
    ...lid6Problems(beoordeling),
    ...voorschriftProblems(beoordeling, proposedMeasure),
    ...measureProblems(beoordeling, proposedMeasure, kader),
  ];
}
