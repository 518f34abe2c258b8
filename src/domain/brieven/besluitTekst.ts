import type { GekozenVoorschrift } from '../beoordeling';
import type { Besluitsoort } from '../besluitsoorten';
import type { Probleem } from '../probleem';
import type { Outcome } from '../workflow';

/**
 * The legal basis a besluit names (Awb 3:47 lid 2), fitting its outcome (../shared/bibob-domain.md §10): a refusal
 * rests on Wet Bibob art. 3 lid 1 — or lid 6, "eenzelfde bevoegdheid tot weigering", when facts point to an offence
 * to obtain the permit — with the permit's own ground (Alcoholwet 27 lid 3, Ow 5.31 lid 1, Wet Bibob 7 lid 1);
 * voorschriften rest on art. 3 lid 7 ("kan het bestuursorgaan … aan de beschikking voorschriften verbinden"), for the
 * omgevingsvergunning with Ow 5.34 lid 1 (as the domain notes name it); a plain grant rests on no Bibob power.
 * A revocation keeps the general citation: its own articles are another issue's.
 */
export function besluitGrondslag(uitkomst: Outcome, soort: Besluitsoort, lid6: boolean): string | null {
  switch (uitkomst) {
    case 'weigeren':
      return `artikel 3, ${lid6 ? 'zesde' : 'eerste'} lid, van de Wet Bibob, in samenhang met ${soort.bibobGrond}`;
    case 'verlenen-met-voorschriften':
      return soort.toepassingsgebied === 'wabo' ? 'artikel 3, zevende lid, van de Wet Bibob en artikel 5.34, eerste lid, van de Omgevingswet' : 'artikel 3, zevende lid, van de Wet Bibob';
    case 'verlenen':
      return `de regeling van de gevraagde vergunning. Het Bibob-onderzoek geeft geen grond om de vergunning te weigeren of er voorschriften aan te verbinden`;
    case 'intrekken':
      return `artikel 3 van de Wet Bibob in samenhang met ${soort.bibobGrond}`;
    default:
      return null;
  }
}

/** Art. 3 lid 7, last sentence: "Indien niet wordt voldaan aan een op grond van deze bepaling gegeven voorschrift, kan het bestuursorgaan de beschikking intrekken." */
export const TEKST_VOORSCHRIFT_INTREKKING =
  'Leeft u een van deze voorschriften niet na, dan kan de vergunning worden ingetrokken (artikel 3, zevende lid, van de Wet Bibob).';

/**
 * The verbs an aim may start with to read as "Dit voorschrift <aim>": the library's aims start with one ("Neemt het
 * gevaar weg …", "Beperkt het gevaar …", "Maakt toezicht mogelijk …"); an own aim may start otherwise.
 */
const DOEL_WERKWOORDEN = /^(neemt|beperkt|maakt|voorkomt|verkleint|vermindert|zorgt|houdt|geeft|legt|borgt)\b/i;

/** The aim of a voorschrift as a clause after "Dit voorschrift": "beperkt het gevaar …" or "neemt weg of beperkt: …". */
export function voorschriftDoel(wegneemtGevaar: string): string {
  const doel = wegneemtGevaar.trim().replace(/\.$/, '');
  return DOEL_WERKWOORDEN.test(doel) ? `${doel.charAt(0).toLowerCase()}${doel.slice(1)}` : `neemt weg of beperkt: ${doel}`;
}

/** One voorschrift as the letter writes it: the condition in full, then its aim as a sentence of its own. */
export function voorschriftRegel(voorschrift: GekozenVoorschrift): string {
  return `${voorschrift.tekst.trim()} Dit voorschrift ${voorschriftDoel(voorschrift.wegneemtGevaar)}.`;
}

/** A library entry still holding a placeholder ("[Naam]", "€ [bedrag]") cannot go out unfilled. */
export function voorschriftProblemen(voorschriften: readonly GekozenVoorschrift[]): Probleem[] {
  return voorschriften.flatMap((voorschrift, index) => {
    const open = voorschrift.tekst.match(/\[[^\]]+\]/g) ?? [];
    return open.length === 0
      ? []
      : [
          {
            pad: `voorschriften[${index}].tekst`,
            melding: `Voorschrift ${index + 1} bevat nog ${open.length === 1 ? 'een invulplek' : 'invulplekken'} (${open.join(', ')}). Een voorschrift staat volledig uitgeschreven in het besluit: haal het in de beoordeling weg en voeg het ingevuld toe als eigen voorschrift.`,
          },
        ];
  });
}
