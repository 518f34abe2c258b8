import { z } from 'zod';
import { call } from './call';
import { betrokkeneIdSchema, dossierIdSchema, noControlCharacters, noControlCharactersExceptNewlines, noInput } from './schemas';
import { WACHTWOORDZIN_VORM_MELDING, overdrachtOntvangers, voorwaardenSubM, wachtwoordzinProblem } from '../domain/overdracht';

/*
 * The overdracht (issue 24 §3): an overdrachtspakket of one or more dossiers, its import into another vault, and the
 * reactiepakket of a reviewer's notes. The renderer never names a file: main asks with the save or open dialog (the
 * preview with its folders) and keeps the package chosen for import until it is imported or another is chosen.
 */

const naamSchema = (wat: string) =>
  z
    .string({ error: `Vul ${wat} in.` })
    .trim()
    .min(1, { error: `Vul ${wat} in.` })
    .max(300, { error: 'Hoogstens 300 tekens.' })
    .regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' });

export const wachtwoordzinInputSchema = z
  .string({ error: 'Vul de overdrachtswachtwoordzin in die u van de afzender kreeg.' })
  .max(200, { error: WACHTWOORDZIN_VORM_MELDING })
  .refine((text) => text.trim() !== '', { error: 'Vul de overdrachtswachtwoordzin in die u van de afzender kreeg.' })
  .refine((text) => text.trim() === '' || wachtwoordzinProblem(text) === null, { error: WACHTWOORDZIN_VORM_MELDING });

const afzenderSchema = z.strictObject({ naam: z.string(), organisatie: z.string() });

const overdrachtDossierSchema = z.strictObject({
  id: z.string(),
  zaaknummer: z.string(),
  aanvragerNaam: z.string(),
  fase: z.string(),
  open: z.boolean(),
  ontvangen: z.boolean(),
});

const logEntrySchema = z.strictObject({
  id: z.string(),
  richting: z.enum(['verzonden', 'ontvangen']),
  soort: z.enum(['overdracht', 'reactie']),
  ontvangerSoort: z.enum(overdrachtOntvangers),
  ontvanger: z.string(),
  afzender: afzenderSchema,
  grondslag: z.string(),
  zaaknummers: z.array(z.string()),
  op: z.string(),
  door: z.string(),
});

const ontvangstSchema = z.strictObject({
  afzender: afzenderSchema,
  ontvangerSoort: z.enum(overdrachtOntvangers),
  verzondenOp: z.string(),
  ontvangenOp: z.string(),
  zaaknummerAfzender: z.string(),
  /** "ontvangen van … op …", as the summary shows it. */
  tekst: z.string(),
});

const reactieNotitieSchema = z.strictObject({
  id: z.string(),
  tekst: z.string(),
  auteur: z.string(),
  organisatie: z.string(),
  gemaaktOp: z.string(),
  /** Set when the note came in a reactiepakket: when it was read in. */
  ontvangenOp: z.string().nullable(),
});
export type ReactieNotitieView = z.infer<typeof reactieNotitieSchema>;

const exportResultSchema = z.strictObject({
  exported: z.boolean(),
  /** The one-time passphrase, shown once; never stored. Null when the coordinator cancelled the save dialog. */
  wachtwoordzin: z.string().nullable(),
  bestandsnaam: z.string().nullable(),
  zaaknummers: z.array(z.string()),
});

const kandidaatSchema = z.strictObject({ id: z.string(), naam: z.string(), omschrijving: z.string() });

const previewSchema = z.strictObject({
  soort: z.enum(['overdracht', 'reactie']),
  afzender: afzenderSchema,
  verzondenOp: z.string(),
  ontvangerSoort: z.enum(overdrachtOntvangers),
  grondslag: z.string(),
  dossiers: z.array(
    z.strictObject({
      id: z.string(),
      zaaknummer: z.string(),
      aanvragerNaam: z.string(),
      toepassingsgebied: z.string(),
      /** The zaaknummer it gets here: its own when free, else the next of this vault. */
      zaaknummerHier: z.string(),
      /** Refusal of this dossier, e.g. already in this vault (overdracht) or not in it (reactie). */
      probleem: z.string().nullable(),
    }),
  ),
  betrokkenen: z.array(
    z.strictObject({
      id: z.string(),
      naam: z.string(),
      soort: z.enum(['persoon', 'rechtspersoon']),
      omschrijving: z.string(),
      /** Existing betrokkenen of this vault that may be the same: the coordinator chooses, nothing is merged silently. */
      kandidaten: z.array(kandidaatSchema),
    }),
  ),
  notities: z.number(),
  bijlagen: z.number(),
});
export type OverdrachtPreview = z.infer<typeof previewSchema>;

export const overdrachtCalls = {
  'overdracht.overview': call(
    noInput,
    z.strictObject({ afzender: afzenderSchema, dossiers: z.array(overdrachtDossierSchema), log: z.array(logEntrySchema), voorwaardenSubM: z.array(z.string()) }),
  ),
  'overdracht.export': call(
    z
      .strictObject({
        dossierIds: z.array(dossierIdSchema).max(2000, { error: 'Hoogstens 2000 dossiers in één pakket.' }).optional(),
        alleOpen: z.literal(true).optional(),
        ontvangerSoort: z.enum(overdrachtOntvangers, { error: 'Kies aan wie het pakket gaat en op welke grond.' }),
        ontvanger: naamSchema('de ontvanger'),
        afzenderNaam: naamSchema('uw naam als afzender'),
        voorwaardenBevestigd: z.array(z.boolean()).max(voorwaardenSubM.length).optional(),
      })
      .refine((input) => (input.alleOpen === true) !== (input.dossierIds !== undefined && input.dossierIds.length > 0), {
        error: 'Kies de dossiers voor het pakket, of alle open dossiers.',
        path: ['dossierIds'],
      }),
    exportResultSchema,
  ),
  'overdracht.status': call(
    z.strictObject({ dossierId: dossierIdSchema }),
    z.strictObject({ ontvangst: ontvangstSchema.nullable(), notities: z.array(reactieNotitieSchema), geschiedenis: z.number() }),
  ),
  'overdracht.history': call(
    z.strictObject({ dossierId: dossierIdSchema }),
    z.strictObject({ regels: z.array(z.strictObject({ volgnummer: z.number(), at: z.string(), actor: z.string(), action: z.string(), details: z.string() })) }),
  ),
  'overdracht.addNote': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      tekst: z
        .string({ error: 'Schrijf de notitie.' })
        .trim()
        .min(1, { error: 'Schrijf de notitie.' })
        .max(5000, { error: 'Een notitie heeft hoogstens 5000 tekens.' })
        .regex(noControlCharactersExceptNewlines, { error: 'De tekst bevat tekens die niet zijn toegestaan.' }),
      organisatie: z.string().trim().max(300, { error: 'Hoogstens 300 tekens.' }).regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' }).optional(),
    }),
    z.strictObject({ notities: z.array(reactieNotitieSchema) }),
  ),
  'overdracht.exportReactie': call(z.strictObject({ dossierId: dossierIdSchema, afzenderNaam: naamSchema('uw naam als afzender') }), exportResultSchema),
  'overdracht.chooseFile': call(noInput, z.strictObject({ gekozen: z.boolean(), bestandsnaam: z.string().nullable() })),
  'overdracht.preview': call(z.strictObject({ wachtwoordzin: wachtwoordzinInputSchema }), previewSchema),
  'overdracht.import': call(
    z.strictObject({
      wachtwoordzin: wachtwoordzinInputSchema,
      koppelingen: z
        .array(z.strictObject({ betrokkeneId: betrokkeneIdSchema, bestaandeId: betrokkeneIdSchema.nullable() }))
        .max(5000),
    }),
    z.strictObject({ soort: z.enum(['overdracht', 'reactie']), dossiers: z.array(z.strictObject({ id: z.string(), zaaknummer: z.string() })), notitiesToegevoegd: z.number() }),
  ),
};
