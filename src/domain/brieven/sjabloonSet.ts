import { z } from 'zod';
import { controleerSjabloon, type SjabloonTekst } from './opmaak';
import { briefSoortIds, briefSoorten, MAX_SJABLOON_TEKENS, veldenVan, type BriefSoortId } from './soorten';

/**
 * A template set: the letter templates of a municipality as one JSON file, to share with others. It holds only
 * templates — text with fields — and never a dossier's data. Import is all or nothing: one template with an error
 * refuses the whole set, with every error at its place.
 */
export const SJABLOONSET_FORMAAT = 'bibob-werkbank-briefsjablonen';

const sjabloonSetSchema = z.strictObject({
  formaat: z.literal(SJABLOONSET_FORMAAT, { error: `Dit is geen sjabloonset van Bibob Werkbank (formaat "${SJABLOONSET_FORMAAT}" ontbreekt).` }),
  versie: z.literal(1, { error: 'Deze versie van het sjabloonformaat kent deze app niet (alleen versie 1).' }),
  sjablonen: z
    .array(
      z.strictObject({
        soort: z.enum(briefSoortIds, { error: 'Onbekende soort brief.' }),
        onderwerp: z.string().max(300, { error: 'Hoogstens 300 tekens.' }),
        tekst: z.string().max(MAX_SJABLOON_TEKENS, { error: `Hoogstens ${MAX_SJABLOON_TEKENS} tekens.` }),
      }),
    )
    .max(briefSoortIds.length),
});

export type SjabloonSet = ReadonlyMap<BriefSoortId, SjabloonTekst>;

/** The file's text: letter types in the catalogue's order, two-space indented, ending in a newline. */
export function sjabloonSetNaarJson(sjablonen: SjabloonSet): string {
  const lijst = briefSoortIds.flatMap((soort) => {
    const sjabloon = sjablonen.get(soort);
    return sjabloon ? [{ soort, onderwerp: sjabloon.onderwerp, tekst: sjabloon.tekst }] : [];
  });
  return `${JSON.stringify({ formaat: SJABLOONSET_FORMAAT, versie: 1, sjablonen: lijst }, null, 2)}\n`;
}

export type SjabloonSetResultaat = { readonly ok: true; readonly sjablonen: SjabloonSet } | { readonly ok: false; readonly fouten: readonly string[] };

/** Reads a template set, checking every template as the editor would. */
export function leesSjabloonSet(json: string): SjabloonSetResultaat {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, fouten: ['Het bestand is geen geldige JSON.'] };
  }
  const parsed = sjabloonSetSchema.safeParse(data);
  if (!parsed.success) return { ok: false, fouten: parsed.error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`) };
  const fouten: string[] = [];
  const sjablonen = new Map<BriefSoortId, SjabloonTekst>();
  for (const sjabloon of parsed.data.sjablonen) {
    const soort = briefSoorten[sjabloon.soort];
    if (sjablonen.has(sjabloon.soort)) fouten.push(`${soort.label}: staat twee keer in de set.`);
    const gevonden = controleerSjabloon(sjabloon, veldenVan(sjabloon.soort), soort.verplicht);
    for (const fout of [...gevonden.onderwerp.map((f) => ({ ...f, waar: 'onderwerp' })), ...gevonden.tekst.map((f) => ({ ...f, waar: 'tekst' }))]) {
      fouten.push(`${soort.label}, ${fout.waar}${fout.regel !== null ? ` regel ${fout.regel}, kolom ${fout.kolom}` : ''}: ${fout.melding}`);
    }
    sjablonen.set(sjabloon.soort, { onderwerp: sjabloon.onderwerp, tekst: sjabloon.tekst });
  }
  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, sjablonen };
}
