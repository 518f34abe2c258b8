import { z } from 'zod';
import { parseSjabloon } from './sjabloon';

/**
 * The municipality's house style on its letters (issue 12): a logo, the colour of headings, the font, and how the
 * kenmerk is built. Validated here so that main refuses what the renderer should not have sent: a logo is a PNG
 * (checked by its signature and size) or an SVG without scripts, event handlers or references outside itself,
 * always with the PNG that Word shows where it cannot draw SVG.
 */

export const lettertypen = ['Calibri', 'Arial', 'Verdana', 'Georgia', 'Times New Roman'] as const;

/** Fields of the kenmerk format. */
export const kenmerkVelden = new Set(['zaaknummer', 'jaar', 'brief']);

const MAX_PNG_BASE64 = 700_000;
const MAX_SVG = 200_000;
const MAX_LOGO_PIXELS = 4000;

/** Width and height of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngAfmetingen(base64: string): { breedte: number; hoogte: number } | null {
  let binary: string;
  try {
    binary = atob(base64.slice(0, 48));
  } catch {
    return null;
  }
  const bytes = Array.from(binary, (teken) => teken.charCodeAt(0));
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte) || binary.slice(12, 16) !== 'IHDR') return null;
  const uint32 = (at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
  return { breedte: uint32(16), hoogte: uint32(20) };
}

/** What makes an SVG unsafe or dependent on something outside the letter; null when it is acceptable. */
export function svgProbleem(svg: string): string | null {
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(svg)) return 'Het SVG-bestand begint niet met <svg>.';
  if (/<script|<foreignObject|<!ENTITY|<iframe|<object|<embed/i.test(svg)) return 'Het SVG-bestand bevat scripts of ingesloten inhoud; die zijn niet toegestaan in een briefhoofd.';
  if (/\son[a-z]+\s*=/i.test(svg)) return 'Het SVG-bestand bevat gebeurtenissen (on…=); die zijn niet toegestaan.';
  if (/(href|src)\s*=\s*["']\s*(?!#|data:image\/)/i.test(svg) || /url\(\s*["']?\s*(?!#|data:image\/)/i.test(svg)) return 'Het SVG-bestand verwijst naar iets buiten zichzelf; een logo moet op zichzelf staan.';
  return null;
}

export const logoSchema = z
  .strictObject({
    /** The PNG, base64: the image itself, or the fallback of an SVG. */
    png: z.string().max(MAX_PNG_BASE64, { error: 'Het logo is te groot (hoogstens 500 kB).' }).regex(/^[A-Za-z0-9+/]+=*$/, { error: 'Het logo is geen geldig bestand.' }),
    svg: z.string().max(MAX_SVG, { error: 'Het SVG-bestand is te groot (hoogstens 200 kB).' }).nullable(),
  })
  .superRefine((logo, ctx) => {
    const afmetingen = pngAfmetingen(logo.png);
    if (!afmetingen) ctx.addIssue({ code: 'custom', path: ['png'], message: 'Het logo is geen PNG-bestand.' });
    else if (afmetingen.breedte < 1 || afmetingen.hoogte < 1 || afmetingen.breedte > MAX_LOGO_PIXELS || afmetingen.hoogte > MAX_LOGO_PIXELS) {
      ctx.addIssue({ code: 'custom', path: ['png'], message: `Het logo is hoogstens ${MAX_LOGO_PIXELS} × ${MAX_LOGO_PIXELS} beeldpunten.` });
    }
    const probleem = logo.svg === null ? null : svgProbleem(logo.svg);
    if (probleem) ctx.addIssue({ code: 'custom', path: ['svg'], message: probleem });
  });
export type Logo = z.infer<typeof logoSchema>;

export const huisstijlSchema = z.strictObject({
  /** Headings and the municipality's name, as #RRGGBB. */
  kleur: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'Kies een kleur als #RRGGBB.' }).default('#1F3864'),
  lettertype: z.enum(lettertypen, { error: `Kies een lettertype: ${lettertypen.join(', ')}.` }).default('Calibri'),
  /** E.g. "{zaaknummer}/{brief}": the fields zaaknummer, jaar and brief (the letter type). */
  kenmerkFormaat: z
    .string()
    .trim()
    .min(1, { error: 'Vul de opbouw van het kenmerk in, bijvoorbeeld {zaaknummer}.' })
    .max(100, { error: 'Hoogstens 100 tekens.' })
    .default('{zaaknummer}')
    .superRefine((formaat, ctx) => {
      const resultaat = parseSjabloon(formaat, kenmerkVelden);
      if (!resultaat.ok) {
        for (const fout of resultaat.fouten) ctx.addIssue({ code: 'custom', message: `Kolom ${fout.kolom}: ${fout.melding} Gebruik {zaaknummer}, {jaar} en {brief}.` });
      } else if (!resultaat.delen.some((deel) => deel.soort === 'veld' && deel.naam === 'zaaknummer')) {
        ctx.addIssue({ code: 'custom', message: 'Het kenmerk moet {zaaknummer} bevatten, zodat elke brief bij zijn dossier te vinden is.' });
      }
    }),
  logo: logoSchema.nullable().default(null),
});
export type Huisstijl = z.infer<typeof huisstijlSchema>;

/** The plain house style of every default above: for a letterhead without one, and for letters made before there is a letterhead. */
export const STANDAARD_HUISSTIJL: Huisstijl = huisstijlSchema.parse({});

/** The kenmerk of a letter from the municipality's format. */
export function kenmerkVan(formaat: string, waarden: { zaaknummer: string; jaar: string; brief: string }): string {
  const resultaat = parseSjabloon(formaat, kenmerkVelden);
  if (!resultaat.ok) return waarden.zaaknummer;
  return resultaat.delen.map((deel) => (deel.soort === 'tekst' ? deel.tekst : waarden[deel.naam as keyof typeof waarden])).join('');
}
