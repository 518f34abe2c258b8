import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema, freeText, isoDateSchema, noControlCharactersExceptNewlines, verstrekkingSchema } from './schemas';
import { briefSoortIds, MAX_SJABLOON_TEKENS } from '../domain/brieven/soorten';
import { briefhoofdSchema } from '../domain/brieven/briefhoofd';

/*
 * Generated letters (issue 12): every letter type of ../shared/bibob-domain.md §10 made from its template and the
 * dossier's data, kept in the vault and exported only through the save dialog to a registered recipient (art. 28
 * lid 2 Wet Bibob); the templates the coordinator edits, versioned, and shared as a template set. Restricted
 * findings stay out of letters unless the coordinator overrides with a reason, which is audited (issue 11).
 */

const doorbrekingSchema = z.strictObject({
  bevindingId: z.string({ error: 'Kies de bevinding.' }).min(1, { error: 'Kies de bevinding.' }).max(200),
  reden: z
    .string({ error: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' })
    .trim()
    .min(1, { error: 'Leg vast waarom de beperkte bevinding toch in de brief komt.' })
    .max(2000, { error: 'Hoogstens 2000 tekens.' })
    .regex(noControlCharactersExceptNewlines, { error: 'De tekst bevat tekens die niet zijn toegestaan.' }),
});

export const brievenViewSchema = z.strictObject({
  brieven: z.array(
    z.strictObject({
      id: z.string(),
      soort: z.string(),
      titel: z.string(),
      sha256: z.string(),
      grootte: z.number(),
      gemaaktOp: z.string(),
      gemaaktDoor: z.string(),
      sjabloonVersie: z.number(),
      doorbrekingen: z.array(z.strictObject({ bevindingId: z.string(), reden: z.string() })),
      /** What exporting it is: no disclosure (the internal advice), a basis the letter fixes, or the coordinator's choice. */
      verstrekking: z.discriminatedUnion('soort', [
        z.strictObject({ soort: z.literal('geen') }),
        z.strictObject({ soort: z.literal('vast'), grondslag: z.string(), ontvanger: z.string() }),
        z.strictObject({ soort: z.literal('kiezen') }),
      ]),
      /** The document that goes with it (the form with the toezending), exported with it. */
      bijlageNaam: z.string().nullable(),
    }),
  ),
  /** The assessment's findings with a use restriction: left out of letters unless overridden. */
  beperkteBevindingen: z.array(z.strictObject({ bevindingId: z.string(), omschrijving: z.string(), beperkingen: z.string() })),
  /** The letters this dossier can have now: each type with the record it is made from, and what the coordinator adds. */
  mogelijk: z.array(z.strictObject({ soort: z.enum(briefSoortIds), label: z.string(), bronId: z.string().nullable(), bronLabel: z.string().nullable(), invoer: z.array(z.string()) })),
});
export type BrievenView = z.infer<typeof brievenViewSchema>;

const sjabloonTekst = z.strictObject({
  soort: z.enum(briefSoortIds, { error: 'Onbekende soort brief.' }),
  onderwerp: freeText(300),
  tekst: freeText(MAX_SJABLOON_TEKENS),
});

export const sjablonenViewSchema = z.strictObject({
  sjablonen: z.array(
    z.strictObject({
      soort: z.enum(briefSoortIds),
      label: z.string(),
      versie: z.number(),
      onderwerp: z.string(),
      tekst: z.string(),
      versies: z.array(z.strictObject({ versie: z.number(), opgeslagenOp: z.string(), opgeslagenDoor: z.string() })),
    }),
  ),
});
export type SjablonenView = z.infer<typeof sjablonenViewSchema>;

export const briefCalls = {
  'brieven.list': call(z.strictObject({ dossierId: dossierIdSchema }), brievenViewSchema),
  'brieven.maak': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      soort: z.enum(briefSoortIds, { error: 'Kies de soort brief.' }),
      bronId: z.uuid({ error: 'Kies waar de brief bij hoort.' }).nullable(),
      invoer: z.strictObject({
        termijnTot: isoDateSchema.optional(),
        /** The last day of the zienswijze term, for a voornemen or bericht made before the invitation is recorded. */
        zienswijzeTot: isoDateSchema.optional(),
        nieuweDatum: isoDateSchema.optional(),
        reden: freeText(5000).optional(),
        deelAdvies: freeText(20_000).optional(),
      }),
      doorbrekingen: z.array(doorbrekingSchema).max(200, { error: 'Hoogstens 200 doorbrekingen.' }),
    }),
    brievenViewSchema,
  ),
  'briefhoofd.get': call(z.strictObject({}), z.strictObject({ briefhoofd: briefhoofdSchema.nullable() })),
  'briefhoofd.update': call(z.strictObject({ briefhoofd: briefhoofdSchema }), z.strictObject({ briefhoofd: briefhoofdSchema.nullable() })),
  'brieven.export': call(
    z.strictObject({
      briefId: z.uuid({ error: 'Onbekende brief.' }),
      /** Required unless the letter fixes its recipient or is no disclosure (verstrekking 'vast' or 'geen' in the view). */
      verstrekking: verstrekkingSchema.optional(),
      /** Word (the stored document) or PDF (printed by the desktop app from the same content). */
      formaat: z.enum(['docx', 'pdf'], { error: 'Kies Word of PDF.' }).default('docx'),
    }),
    z.strictObject({ exported: z.boolean() }),
  ),
  /** Reading a letter in the app: its HTML, no export and no register entry; audited as viewing. */
  'brieven.bekijk': call(z.strictObject({ briefId: z.uuid({ error: 'Onbekende brief.' }) }), z.strictObject({ titel: z.string(), html: z.string() })),
  /** The disclosure register of the whole vault, newest first. */
  'verstrekkingen.list': call(
    z.strictObject({}),
    z.strictObject({
      verstrekkingen: z.array(z.strictObject({ id: z.string(), verstrektOp: z.string(), ontvanger: z.string(), grondslag: z.string(), wat: z.string(), dossierId: z.string().nullable(), zaaknummer: z.string().nullable(), verstrektDoor: z.string() })),
    }),
  ),
  'sjablonen.list': call(z.strictObject({}), sjablonenViewSchema),
  'sjablonen.save': call(sjabloonTekst, sjablonenViewSchema),
  'sjablonen.export': call(z.strictObject({}), z.strictObject({ exported: z.boolean() })),
  'sjablonen.import': call(
    z.strictObject({ json: z.string({ error: 'Kies een bestand met sjablonen (JSON).' }).min(1, { error: 'Het bestand is leeg.' }).max(2_000_000, { error: 'Het bestand is te groot voor een sjabloonset (hoogstens 2 MB).' }) }),
    sjablonenViewSchema.extend({ ingevoerd: z.number() }),
  ),
} as const;
