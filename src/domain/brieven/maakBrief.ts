import { controleerSjabloon, heeftWaarde, vulBrief, vulOnderwerp, type SjabloonTekst, type VeldWaarde } from './opmaak';
import { briefSoorten, veldenVan, type BriefSoortId } from './soorten';
import type { Brief } from './types';
import { zetBrief } from './typografie';

export type MaakBriefResultaat =
  | { readonly ok: true; readonly brief: Brief; readonly onderwerp: string }
  | { readonly ok: false; readonly problemen: readonly { readonly pad: string; readonly melding: string }[] };

/**
 * Makes a letter of a type from its template and the dossier's values, or refuses: a template with errors, or a
 * required field without a value, means the letter would lack what the law asks (../shared/bibob-domain.md §10).
 */
export function maakBrief(soortId: BriefSoortId, sjabloon: SjabloonTekst, waarden: Readonly<Record<string, VeldWaarde>>, bijlagen: readonly string[] = []): MaakBriefResultaat {
  const soort = briefSoorten[soortId];
  const velden = veldenVan(soortId);
  const fouten = controleerSjabloon(sjabloon, velden, soort.verplicht);
  if (fouten.onderwerp.length + fouten.tekst.length > 0) {
    return { ok: false, problemen: [...fouten.onderwerp, ...fouten.tekst].map((fout) => ({ pad: 'sjabloon', melding: `Het sjabloon "${soort.label}" bevat een fout: ${fout.melding}` })) };
  }
  const problemen = soort.verplicht
    .filter((verplicht) => !verplicht.magLeeg && !heeftWaarde(waarden[verplicht.veld]))
    .map((verplicht) => ({ pad: verplicht.veld, melding: ontbreektMelding(velden[verplicht.veld]?.omschrijving, verplicht.waarom) }));
  if (problemen.length > 0) return { ok: false, problemen };
  const brief = zetBrief({ titel: vulOnderwerp(sjabloon.onderwerp, velden, waarden), vertrouwelijk: soort.vertrouwelijk, blokken: vulBrief(sjabloon.tekst, velden, waarden), bijlagen });
  return { ok: true, onderwerp: brief.titel, brief };
}

/**
 * The coordinator's message for a required field without a value: the field's Dutch description, never its
 * template name ("{termijn.vragenformulier}"), and why the law wants it.
 */
export function ontbreektMelding(omschrijving: string | undefined, waarom: string): string {
  const wat = omschrijving ? `${omschrijving.charAt(0).toLowerCase()}${omschrijving.slice(1)}` : 'een gegeven dat deze brief nodig heeft';
  return `Deze brief kan niet worden gemaakt, want dit ontbreekt: ${wat}. ${waarom.charAt(0).toUpperCase()}${waarom.slice(1)}`;
}
