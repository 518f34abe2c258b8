import { z } from 'zod';
import { call } from './call';
import { deadlineViewSchema, dossierIdSchema, isoDateSchema, requiredText } from './schemas';
import { besluitsoortIds } from '../domain/besluitsoorten';
import { uitkomstIds } from '../domain/uitkomsten';

/*
 * The further decisions of one dossier (issue 19 item 12): added, corrected and withdrawn with a reason; each with
 * its own beslistermijn and its own outcome and besluitdatum.
 */

const besluitIdSchema = z.uuid({ error: 'Onbekend besluit.' });

export const verderBesluitGegevensSchema = z.strictObject({
  besluitsoort: z.enum(besluitsoortIds, { error: 'Kies een soort besluit uit de lijst.' }),
  ontvangenOp: isoDateSchema.nullable(),
  lbbAdvies: z.boolean({ error: 'Kies ja of nee.' }),
  herstel: z.boolean({ error: 'Kies ja of nee.' }),
  verdaging: z
    .strictObject({
      weken: z.number({ error: 'Vul het aantal weken in.' }).int({ error: 'Vul een heel aantal weken in.' }).min(1, { error: 'Minstens 1 week.' }).max(52, { error: 'Hoogstens 52 weken.' }),
      besluitOp: isoDateSchema,
    })
    .nullable(),
  mededeling: z.strictObject({ verzondenOp: isoDateSchema, tegemoetTeZienOp: isoDateSchema }).nullable(),
});
export type VerderBesluitInvoer = z.infer<typeof verderBesluitGegevensSchema>;

/** What a form needs of a besluitsoort: whether it is ambtshalve, its one verdaging, whether its term is a redelijke. */
const soortSchema = z.strictObject({ id: z.string(), label: z.string(), ambtshalve: z.boolean(), verdagingMaxWeken: z.number().nullable(), redelijk: z.boolean() });

const verderBesluitViewSchema = z.strictObject({
  id: z.string(),
  besluitsoort: z.string(),
  label: z.string(),
  ontvangenOp: z.string().nullable(),
  /** The receipt date the term counts from: this application's own, or else the dossier's. */
  termijnVanaf: z.string().nullable(),
  lbbAdvies: z.boolean(),
  herstel: z.boolean(),
  verdaging: z.strictObject({ weken: z.number(), besluitOp: z.string() }).nullable(),
  mededeling: z.strictObject({ verzondenOp: z.string(), tegemoetTeZienOp: z.string() }).nullable(),
  uitkomst: z.enum(uitkomstIds).nullable(),
  besluitOp: z.string().nullable(),
  /** The legal basis the besluit names for the chosen outcome (besluitGrondslag), or null. */
  grondslag: z.string().nullable(),
  /** The outcomes this decision's besluitsoort allows, with their Dutch labels. */
  uitkomsten: z.array(z.strictObject({ id: z.enum(uitkomstIds), label: z.string() })),
  termijn: deadlineViewSchema,
  /** The decision's own besluitsoort, for its correction form. */
  soort: soortSchema,
});

export const besluitenViewSchema = z.strictObject({
  /** The dossier's own decision: its besluitsoort's label (null: not chosen yet) and its term. */
  eerste: z.strictObject({ label: z.string().nullable(), uitkomst: z.enum(uitkomstIds).nullable(), besluitOp: z.string().nullable(), termijn: deadlineViewSchema }),
  besluiten: z.array(verderBesluitViewSchema),
  /** The besluitsoorten a further decision can still have: the dossier's area, not yet held. */
  soorten: z.array(soortSchema),
});
export type BesluitenView = z.infer<typeof besluitenViewSchema>;

export const besluitenCalls = {
  'besluiten.list': call(z.strictObject({ dossierId: dossierIdSchema }), besluitenViewSchema),
  'besluiten.add': call(z.strictObject({ dossierId: dossierIdSchema, besluit: verderBesluitGegevensSchema }), besluitenViewSchema),
  'besluiten.correct': call(
    z.strictObject({ besluitId: besluitIdSchema, besluit: verderBesluitGegevensSchema, reden: requiredText('de reden van de correctie', 2000) }),
    besluitenViewSchema,
  ),
  'besluiten.recordOutcome': call(
    z.strictObject({
      besluitId: besluitIdSchema,
      uitkomst: z.enum(uitkomstIds, { error: 'Kies een uitkomst uit de lijst.' }).nullable(),
      besluitOp: isoDateSchema.nullable(),
    }),
    besluitenViewSchema,
  ),
  'besluiten.withdraw': call(z.strictObject({ besluitId: besluitIdSchema, reden: requiredText('de reden van het intrekken', 2000) }), besluitenViewSchema),
} as const;
