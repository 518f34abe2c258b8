/**
 * The municipality's own Bibob-beleid as data (issue 23 §4).
 *
 * The Wet Bibob leaves it to the bestuursorgaan whether it screens at all: art. 3 lid 1 "kunnen zij weigeren …".
 * Most municipalities write down when they use that power in a beleidsregel, which the bestuursorgaan may set for a
 * power of its own (Awb 4:81 lid 1) and which it then follows unless that would, by special circumstances, have
 * consequences out of proportion to the rule's aims (Awb 4:84). A decision may then be reasoned by referring to
 * the rule (Awb 4:82). This module holds that rule's shape; ./toets.ts applies it to the answers at intake.
 *
 * Format 'bibob-beleid/1' (unknown fields are refused):
 *
 * {
 *   "formaat": "bibob-beleid/1",
 *   "naam": "Beleidsregel Bibob gemeente …",
 *   "versie": "2026-1",                        // a dossier keeps the version it was tested against
 *   "vastgesteldOp": "2026-03-01",            // the date of vaststelling by the bestuursorgaan
 *   "voorbeeld": false,                        // true only for the example shipped with the app
 *   "toelichting": "…",                        // optional
 *   "gebieden": {                              // per toepassingsgebied; one left out is not covered by the beleid
 *     "horeca": {
 *       "categorieen": [{ "id": "coffeeshop", "omschrijving": "…", "artikel": "art. 3 lid 1 sub a" }],
 *       "drempels": [{ "id": "bouwkosten", "omschrijving": "Bouwkosten", "vanafEuro": 500000, "artikel": "…",
 *                      "verlaagd": { "vanafEuro": 50000, "artikel": "…",
 *                                    "wanneer": [{ "id": "risicogebied", "omschrijving": "…" }] } }],
 *       "signalen": [{ "id": "politie", "omschrijving": "…", "artikel": "…" }],
 *       "wisselingExploitant": { "omschrijving": "…", "artikel": "…" }        // or null
 *     }
 *   }
 * }
 */
import { z } from 'zod';
import { MAX_BEDRAG_EURO } from '../bedrag';
import type { Probleem } from '../probleem';
import { toepassingsgebieden, type Toepassingsgebied } from '../toepassingsgebied';

export const BELEID_FORMAAT = 'bibob-beleid/1';

const tekst = (wat: string, max: number) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(max, { error: `${wat.charAt(0).toUpperCase()}${wat.slice(1)} heeft hoogstens ${max} tekens.` });

const idSchema = z
  .string({ error: 'Vul een id in.' })
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'Een id bestaat uit kleine letters, cijfers en streepjes (hoogstens 60 tekens).' });

const euroSchema = z
  .number({ error: 'Vul een bedrag in hele euro’s in.' })
  .int({ error: 'Vul een bedrag in hele euro’s in.' })
  .positive({ error: 'Een drempel is meer dan € 0.' })
  .max(MAX_BEDRAG_EURO, { error: 'Deze drempel is groter dan € 10.000.000.000.' });

/** "jjjj-mm-dd" of a day that exists. */
const vaststellingsdatum = z
  .string({ error: 'Vul de datum van vaststelling in.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Vul de datum van vaststelling in als jjjj-mm-dd.' })
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: 'Deze datum bestaat niet.' });

/** One criterion of the beleid, quoted in the advice: its text and where in the beleidsregel it stands. */
const criteriumSchema = z.strictObject({
  id: idSchema,
  omschrijving: tekst('de omschrijving', 500),
  artikel: tekst('het artikel van de beleidsregel', 100),
});

const drempelSchema = z.strictObject({
  id: idSchema,
  /** What the amount is of: "Bouwkosten", "Koopsom", "Investering". */
  omschrijving: tekst('de omschrijving', 300),
  vanafEuro: euroSchema,
  artikel: tekst('het artikel van de beleidsregel', 100),
  /** A lower threshold in a risk category or area. */
  verlaagd: z
    .strictObject({
      vanafEuro: euroSchema,
      artikel: tekst('het artikel van de beleidsregel', 100),
      wanneer: z.array(z.strictObject({ id: idSchema, omschrijving: tekst('de omschrijving', 300) })).min(1, { error: 'Noem minstens één risicocategorie of gebied.' }).max(50),
    })
    .optional(),
});

export const gebiedsbeleidSchema = z.strictObject({
  categorieen: z.array(criteriumSchema).max(50),
  drempels: z.array(drempelSchema).max(20),
  signalen: z.array(criteriumSchema).max(50),
  wisselingExploitant: z.strictObject({ omschrijving: tekst('de omschrijving', 500), artikel: tekst('het artikel van de beleidsregel', 100) }).nullable(),
});

export const beleidsregelSchema = z.strictObject({
  formaat: z.literal(BELEID_FORMAAT, { error: `Het formaat moet "${BELEID_FORMAAT}" zijn.` }),
  naam: tekst('de naam van de beleidsregel', 200),
  versie: tekst('de versie', 50),
  vastgesteldOp: vaststellingsdatum,
  voorbeeld: z.boolean({ error: 'Zeg of dit een voorbeeld is (true of false).' }),
  toelichting: z.string().trim().max(2000, { error: 'De toelichting heeft hoogstens 2000 tekens.' }).optional(),
  gebieden: z.strictObject({
    wabo: gebiedsbeleidSchema.optional(),
    horeca: gebiedsbeleidSchema.optional(),
    vastgoed: gebiedsbeleidSchema.optional(),
  }),
});

export type Beleidsregel = z.infer<typeof beleidsregelSchema>;
export type Gebiedsbeleid = z.infer<typeof gebiedsbeleidSchema>;
export type BeleidsCriterium = z.infer<typeof criteriumSchema>;
export type BeleidsDrempel = z.infer<typeof drempelSchema>;

/** What identifies the version a dossier was tested against. */
export interface BeleidsVersie {
  readonly naam: string;
  readonly versie: string;
  readonly vastgesteldOp: string;
  readonly voorbeeld: boolean;
}

export function versieVan(beleid: Beleidsregel): BeleidsVersie {
  return { naam: beleid.naam, versie: beleid.versie, vastgesteldOp: beleid.vastgesteldOp, voorbeeld: beleid.voorbeeld };
}

/**
 * The rules between fields the shape cannot say: within one toepassingsgebied every id names one criterion (an
 * answer points at it by id), and a lowered threshold is lower than the threshold it lowers.
 */
export function beleidsregelProblemen(beleid: Beleidsregel, pad = ''): Probleem[] {
  const problemen: Probleem[] = [];
  const prefix = pad === '' ? '' : `${pad}.`;
  for (const gebied of toepassingsgebieden) {
    const criteria = beleid.gebieden[gebied];
    if (!criteria) continue;
    const gezien = new Set<string>();
    const uniek = (id: string, plaats: string) => {
      if (gezien.has(id)) problemen.push({ pad: `${prefix}gebieden.${gebied}.${plaats}.id`, melding: `Het id "${id}" komt in dit toepassingsgebied al voor; geef elk criterium een eigen id.` });
      gezien.add(id);
    };
    criteria.categorieen.forEach((item, index) => uniek(item.id, `categorieen[${index}]`));
    criteria.signalen.forEach((item, index) => uniek(item.id, `signalen[${index}]`));
    criteria.drempels.forEach((drempel, index) => {
      uniek(drempel.id, `drempels[${index}]`);
      if (!drempel.verlaagd) return;
      if (drempel.verlaagd.vanafEuro >= drempel.vanafEuro) {
        problemen.push({ pad: `${prefix}gebieden.${gebied}.drempels[${index}].verlaagd.vanafEuro`, melding: `De verlaagde drempel voor "${drempel.omschrijving}" moet lager zijn dan de gewone drempel.` });
      }
      drempel.verlaagd.wanneer.forEach((item, j) => uniek(item.id, `drempels[${index}].verlaagd.wanneer[${j}]`));
    });
  }
  return problemen;
}

const dutchMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') return `Onbekend veld: ${issue.keys.join(', ')}.`;
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'Dit veld ontbreekt.' : 'Hier hoort een ander soort waarde.';
  return undefined;
};

function padVan(path: readonly PropertyKey[]): string {
  return path.reduce<string>((result, part) => (typeof part === 'number' ? `${result}[${part}]` : result === '' ? String(part) : `${result}.${String(part)}`), '');
}

export type BeleidLezing = { ok: true; beleid: Beleidsregel } | { ok: false; problemen: Probleem[] };

/** Reads a beleidsregel from parsed JSON: shape first, then the rules between fields; every problem with its place. */
export function leesBeleidsregel(json: unknown): BeleidLezing {
  const parsed = beleidsregelSchema.safeParse(json, { error: dutchMessages });
  if (!parsed.success) return { ok: false, problemen: parsed.error.issues.map((issue) => ({ pad: padVan(issue.path), melding: issue.message })) };
  const problemen = beleidsregelProblemen(parsed.data);
  return problemen.length > 0 ? { ok: false, problemen } : { ok: true, beleid: parsed.data };
}

/** The beleidsregel as the JSON file a municipality exchanges (export, import, the settings' editor). */
export function beleidsregelNaarJson(beleid: Beleidsregel): string {
  return `${JSON.stringify(beleid, null, 2)}\n`;
}

export function gebiedsbeleidVoor(beleid: Beleidsregel, gebied: Toepassingsgebied): Gebiedsbeleid | null {
  return beleid.gebieden[gebied] ?? null;
}
