import { z } from 'zod';
import { besluitsoorten, type Besluitsoort } from '../besluitsoorten';

/**
 * An APV permit as the municipality's own APV names it (issue 20 §4): every municipality numbers and names its
 * permits itself (the VNG model APV has the exploitatievergunning in artikel 2:28), so a letter cannot name "the"
 * APV permit. Per kind of decision that rests on an APV permit (Wet Bibob art. 7 lid 1: "een gemeentelijke
 * vergunning die op grond van een verordening verplicht is gesteld"), a setting with the permit's name and article;
 * a letter says "een exploitatievergunning (artikel 2:28 APV)", never the menu's label.
 */
export const apvBesluitsoortIds = besluitsoorten.filter((soort) => soort.bibobGrond.startsWith('art. 7 lid 1')).map((soort) => soort.id) as [string, ...string[]];

export const STANDAARD_APV_VERGUNNING = { naam: 'exploitatievergunning', artikel: '2:28' } as const;

const tekstregel = (wat: string, max: number) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(max, { error: `Hoogstens ${max} tekens.` })
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'De tekst bevat tekens die niet zijn toegestaan.' });

export const apvVergunningSchema = z.strictObject({
  /** As running text names it, in lower case: "exploitatievergunning", "vergunning voor een speelautomatenhal". */
  naam: tekstregel('de naam van de vergunning', 120),
  /** "2:28", "2.3.1.2". */
  artikel: tekstregel('het artikel van de APV', 40).regex(/^[0-9][0-9A-Za-z:.\- ]*$/, { error: 'Vul het artikelnummer in, bijvoorbeeld 2:28.' }),
});
export type ApvVergunning = z.infer<typeof apvVergunningSchema>;

export const apvVergunningenSchema = z.partialRecord(z.enum(apvBesluitsoortIds), apvVergunningSchema);
export type ApvVergunningen = z.infer<typeof apvVergunningenSchema>;

/** The setting for this kind of decision, or the default. */
export function apvVergunningVoor(soortId: string, instellingen: ApvVergunningen | undefined): ApvVergunning {
  return (instellingen as Readonly<Record<string, ApvVergunning>> | undefined)?.[soortId] ?? STANDAARD_APV_VERGUNNING;
}

/** Whether a kind of decision rests on an APV permit. */
export function isApvBesluitsoort(soort: Besluitsoort | undefined): boolean {
  return soort !== undefined && (apvBesluitsoortIds as readonly string[]).includes(soort.id);
}

/**
 * What a letter calls the permit, as a common noun: "exploitatievergunning (artikel 2:28 APV)" for an APV permit
 * (from the setting), otherwise the kind's own word ("alcoholwetvergunning", "omgevingsvergunning").
 */
export function vergunningInBrief(soort: Besluitsoort, instellingen: ApvVergunningen | undefined): string {
  if (!isApvBesluitsoort(soort)) return soort.inBrief;
  const { naam, artikel } = apvVergunningVoor(soort.id, instellingen);
  return `${naam} (artikel ${artikel} APV)`;
}
