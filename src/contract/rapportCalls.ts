import { z } from 'zod';
import { call } from './call';
import { logoSchema } from '../domain/brieven/huisstijl';
import { uitkomstCategorieen } from '../domain/rapportage';

/*
 * The dashboard on opening the vault and the annual Bibob report (issue 13): figures per year from the vault's
 * history, compared with earlier years, exported as CSV or as .docx with the charts the renderer drew.
 */

const perGebied = <T extends z.ZodType>(waarde: T) => z.strictObject({ wabo: waarde, horeca: waarde, vastgoed: waarde, totaal: waarde });

export const jaarverslagSchema = z.strictObject({
  jaar: z.number(),
  gestart: perGebied(z.number()),
  lopendEindeJaar: perGebied(z.number()),
  afgerond: perGebied(z.number()),
  uitkomsten: z.strictObject(Object.fromEntries(uitkomstCategorieen.map((categorie) => [categorie, z.number()])) as Record<(typeof uitkomstCategorieen)[number], z.ZodNumber>),
  effectiviteit: z.strictObject({ ratio: z.number().nullable(), met: z.number(), van: z.number(), definitie: z.string() }),
  verzoeken: z.strictObject({ verzonden: z.number(), beantwoord: z.number() }),
  lbb: z.strictObject({ adviesaanvragen: z.number(), meldingenLid7: z.number(), meldingenLid8: z.number() }),
  doorlooptijdMediaan: perGebied(z.number().nullable()),
  naBeslistermijn: z.number(),
});

const jaarSchema = z.number({ error: 'Kies een jaar.' }).int({ error: 'Kies een jaar.' }).min(2000, { error: 'Kies een jaar vanaf 2000.' }).max(2100, { error: 'Kies een jaar tot 2100.' });
const effectSchema = z.array(z.enum(uitkomstCategorieen, { error: 'Onbekende uitkomst.' })).max(uitkomstCategorieen.length);

export const rapportViewSchema = z.strictObject({
  /** The chosen year and the years before it that are compared, oldest first. */
  verslagen: z.array(jaarverslagSchema),
  effect: effectSchema,
  jaren: z.array(z.number()),
});
export type RapportView = z.infer<typeof rapportViewSchema>;

const lijstItem = z.strictObject({ id: z.string(), zaaknummer: z.string(), aanvragerNaam: z.string(), datum: z.string() });

export const dashboardSchema = z.strictObject({
  vandaag: z.string(),
  perFase: z.array(z.strictObject({ fase: z.string(), label: z.string(), aantal: z.number(), afgesloten: z.boolean() })),
  perGebied: z.array(z.strictObject({ toepassingsgebied: z.string(), label: z.string(), aantal: z.number() })),
  verlopen: z.array(lijstItem),
  verlopenTotaal: z.number(),
  dezeWeek: z.array(lijstItem),
  dezeWeekTotaal: z.number(),
  verzoekenVerlopen: z.array(z.strictObject({ dossierId: z.string(), zaaknummer: z.string(), aan: z.string(), datum: z.string() })),
  verzoekenVerlopenTotaal: z.number(),
});
export type DashboardView = z.infer<typeof dashboardSchema>;

/** A chart as the renderer drew it, for the .docx export. */
const grafiekSchema = z.strictObject({
  titel: z.string().trim().min(1).max(200),
  png: logoSchema.shape.png,
});

export const rapportCalls = {
  'dashboard.get': call(z.strictObject({}), dashboardSchema),
  'rapport.jaar': call(z.strictObject({ jaar: jaarSchema, vergelijkJaren: z.number().int().min(0, { error: 'Minstens 0 jaar.' }).max(9, { error: 'Hoogstens 9 jaar terug.' }) }), rapportViewSchema),
  'rapport.setEffect': call(z.strictObject({ effect: effectSchema }), z.strictObject({ effect: effectSchema })),
  'rapport.exportCsv': call(z.strictObject({ jaar: jaarSchema, vergelijkJaren: z.number().int().min(0).max(9) }), z.strictObject({ exported: z.boolean() })),
  'rapport.exportDocx': call(
    z.strictObject({ jaar: jaarSchema, vergelijkJaren: z.number().int().min(0).max(9), grafieken: z.array(grafiekSchema).max(10, { error: 'Hoogstens 10 grafieken.' }) }),
    z.strictObject({ exported: z.boolean() }),
  ),
} as const;
