import { z } from 'zod';
import { call } from './call';
import { auditEntrySchema, betrokkeneIdSchema, betrokkeneSchema, dossierIdSchema, toepassingsgebiedSchema } from './schemas';
import { betrokkeneSoorten, relatieSoortIds } from '../domain/betrokkenen';
import { bevindingSoortIds, ernstIds } from '../domain/beoordeling';
import { gebruiksbeperkingen } from '../domain/gebruiksbeperkingen';

/*
 * The network of betrokkenen (issue 23 §3): a page per betrokkene with everything the vault knows about it, the
 * drawing of the relations across dossiers (art. 3 lid 4 Wet Bibob), and that drawing exported as PNG.
 */

/** One betrokkene's page: its data, roles per dossier, relations, findings (with their use restrictions) and audit trail. */
export const betrokkenePaginaSchema = z.strictObject({
  betrokkene: betrokkeneSchema,
  rollen: z.array(
    z.strictObject({
      dossierId: z.string(),
      zaaknummer: z.string(),
      toepassingsgebied: toepassingsgebiedSchema,
      rol: z.string(),
      aandeelPercentage: z.number().nullable(),
      fase: z.string(),
      uitkomst: z.string().nullable(),
    }),
  ),
  relaties: z.array(
    z.strictObject({
      id: z.string(),
      /** "van": this betrokkene is the first in the sentence ("X is bestuurder van …"); "naar": the second. */
      richting: z.enum(['van', 'naar']),
      ander: z.strictObject({ id: z.string(), naam: z.string(), soort: z.enum(betrokkeneSoorten) }),
      soort: z.enum(relatieSoortIds),
      percentage: z.number().nullable(),
      zin: z.string(),
      grondslag: z.string(),
    }),
  ),
  bevindingen: z.array(
    z.strictObject({
      id: z.string(),
      dossierId: z.string(),
      zaaknummer: z.string(),
      soort: z.enum(bevindingSoortIds),
      omschrijving: z.string(),
      bron: z.string(),
      datum: z.string(),
      ernst: z.enum(ernstIds),
      beperkingen: z.array(z.enum(gebruiksbeperkingen)),
    }),
  ),
  audit: z.array(auditEntrySchema),
});
export type BetrokkenePagina = z.infer<typeof betrokkenePaginaSchema>;

/** Where the network starts: one betrokkene, the betrokkenen of one dossier, or (neither) every related betrokkene. */
const vanaf = { betrokkeneId: betrokkeneIdSchema.optional(), dossierId: dossierIdSchema.optional() };
const eenVertrekpunt = (value: { betrokkeneId?: string; dossierId?: string }) => value.betrokkeneId === undefined || value.dossierId === undefined;
const EEN_VERTREKPUNT = { error: 'Kies een betrokkene of een dossier, niet allebei.' };

export const netwerkViewSchema = z.strictObject({
  /** What the network was built from, as a heading can say it. */
  vanaf: z.strictObject({ soort: z.enum(['kluis', 'betrokkene', 'dossier']), id: z.string().nullable(), naam: z.string().nullable() }),
  knopen: z.array(z.strictObject({ id: z.string(), naam: z.string(), soort: z.enum(betrokkeneSoorten), vorm: z.enum(['ellipse', 'round-rectangle']), zaaknummers: z.array(z.string()) })),
  lijnen: z.array(
    z.strictObject({
      id: z.string(),
      vanId: z.string(),
      naarId: z.string(),
      soort: z.enum(relatieSoortIds),
      percentage: z.number().nullable(),
      label: z.string(),
      zin: z.string(),
      grondslag: z.string(),
    }),
  ),
  /** True when the network was cut off at the most the drawing shows. */
  afgekapt: z.boolean(),
  maxKnopen: z.number(),
});
export type NetwerkView = z.infer<typeof netwerkViewSchema>;

/** A PNG of the drawing as base64; the preview's transport takes at most 1 MB per call. */
const MAX_PNG_BASE64 = 900_000;

export const netwerkCalls = {
  'betrokkenen.get': call(z.strictObject({ betrokkeneId: betrokkeneIdSchema }), betrokkenePaginaSchema),
  'netwerk.get': call(z.strictObject(vanaf).refine(eenVertrekpunt, EEN_VERTREKPUNT), netwerkViewSchema),
  /** The drawing as the renderer drew it, through the export target; audited, for the internal advice. */
  'netwerk.exportPng': call(
    z
      .strictObject({
        ...vanaf,
        png: z
          .string({ error: 'Er is geen tekening om te exporteren.' })
          .min(1, { error: 'Er is geen tekening om te exporteren.' })
          .max(MAX_PNG_BASE64, { error: 'De tekening is te groot om te exporteren; kies een kleiner netwerk.' })
          .regex(/^[A-Za-z0-9+/]+=*$/, { error: 'De tekening is geen geldige afbeelding.' }),
      })
      .refine(eenVertrekpunt, EEN_VERTREKPUNT),
    z.strictObject({ exported: z.boolean() }),
  ),
} as const;
