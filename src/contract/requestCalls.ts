import { z } from 'zod';
import { call } from './call';
import { betrokkeneIdSchema, dossierIdSchema, isoDateSchema, noControlCharactersExceptNewlines, requiredText } from './schemas';
import { geadresseerden, verzoekStatussen } from '../domain/informatieverzoeken';
import { LBB_MAX_EXTENSION_WEEKS } from '../domain/termijnen';
import { gebruiksbeperkingen } from '../domain/gebruiksbeperkingen';

/*
 * The contract calls of information requests and the LBB advice request (issue 11). Every change returns the
 * dossier's requests as the page shows them; the page reloads the dossier too, because a request to the LBB moves
 * the beslistermijn (art. 31 Wet Bibob) and open requests bear on the workflow.
 */

export const verzoekIdSchema = z.uuid({ error: 'Onbekend verzoek.' });

export const verzoekViewSchema = z.strictObject({
  id: z.string(),
  geadresseerde: z.enum(geadresseerden),
  geadresseerdeLabel: z.string(),
  geadresseerdeNaam: z.string(),
  legalBasis: z.string(),
  betrokkenen: z.array(z.strictObject({ id: z.string(), naam: z.string() })),
  vragen: z.string(),
  status: z.enum(verzoekStatussen),
  verzondenOp: z.string().nullable(),
  uiterlijkOp: z.string().nullable(),
  /** Open and past its due date. */
  teLaat: z.boolean(),
  antwoord: z
    .strictObject({
      ontvangenOp: z.string(),
      samenvatting: z.string(),
      bijlagen: z.array(z.strictObject({ id: z.string(), bestandsnaam: z.string().nullable() })),
      /** Use restrictions of the source: the answer is marked wherever it appears and kept out of letters. */
      beperkingen: z.array(z.enum(gebruiksbeperkingen)),
    })
    .nullable(),
  ingetrokkenReden: z.string().nullable(),
  lbb: z
    .strictObject({
      gegevensverzoeken: z.array(z.strictObject({ id: z.string(), omschrijving: z.string(), verzochtOp: z.string(), ontvangenOp: z.string().nullable() })),
      wachtdagen: z.number().int().nonnegative(),
      verlenging: z.strictObject({ gemeldOp: z.string(), weken: z.number().int() }).nullable(),
      betrokkeneGeinformeerdOp: z.string().nullable(),
      /** Art. 32 Wet Bibob: the betrokkene must still be told that the LBB was asked. */
      mededelingOpen: z.boolean(),
    })
    .nullable(),
});
export type VerzoekView = z.infer<typeof verzoekViewSchema>;

export const verzoekenViewSchema = z.strictObject({
  verzoeken: z.array(verzoekViewSchema),
  /** The power to ask the LBB for this dossier's kind of decision, or why there is none (art. 9 lid 1 Wet Bibob). */
  lbb: z.strictObject({ bevoegdheid: z.string().nullable(), melding: z.string().nullable() }),
});

export const requestCalls = {
  'verzoeken.list': call(z.strictObject({ dossierId: dossierIdSchema }), verzoekenViewSchema),
  'verzoeken.create': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      geadresseerde: z.enum(geadresseerden, { error: 'Kies aan wie u het verzoek richt.' }),
      geadresseerdeNaam: z.string().trim().max(300, { error: 'Hoogstens 300 tekens.' }).regex(noControlCharactersExceptNewlines, { error: 'De naam bevat tekens die niet zijn toegestaan.' }).optional(),
      betrokkeneIds: z.array(betrokkeneIdSchema, { error: 'Kies de betrokkenen waarover u informatie vraagt.' }).max(200, { error: 'Hoogstens 200 betrokkenen.' }),
      vragen: requiredText('de vragen', 10_000),
    }),
    verzoekenViewSchema,
  ),
  'verzoeken.deleteConcept': call(z.strictObject({ verzoekId: verzoekIdSchema }), verzoekenViewSchema),
  'verzoeken.send': call(
    z.strictObject({
      verzoekId: verzoekIdSchema,
      verzondenOp: isoDateSchema,
      /** Not for the LBB: its term is the law's (art. 15). Default: the addressee's usual term. */
      uiterlijkOp: isoDateSchema.optional(),
    }),
    verzoekenViewSchema,
  ),
  'verzoeken.extend': call(z.strictObject({ verzoekId: verzoekIdSchema, uiterlijkOp: isoDateSchema }), verzoekenViewSchema),
  'verzoeken.recordAnswer': call(
    z.strictObject({
      verzoekId: verzoekIdSchema,
      ontvangenOp: isoDateSchema,
      samenvatting: requiredText('een samenvatting van het antwoord', 10_000),
      bijlageIds: z.array(z.uuid({ error: 'Onbekende bijlage.' })).max(50, { error: 'Hoogstens 50 bijlagen.' }).optional(),
      beperkingen: z.array(z.enum(gebruiksbeperkingen, { error: 'Onbekende gebruiksbeperking.' })).max(3).optional(),
    }),
    verzoekenViewSchema,
  ),
  'verzoeken.withdraw': call(z.strictObject({ verzoekId: verzoekIdSchema, reden: requiredText('de reden', 2000) }), verzoekenViewSchema),
  'verzoeken.lbbDataRequest': call(
    z.strictObject({ verzoekId: verzoekIdSchema, omschrijving: requiredText('wat het LBB vraagt', 2000), verzochtOp: isoDateSchema }),
    verzoekenViewSchema,
  ),
  'verzoeken.lbbDataReceived': call(z.strictObject({ gegevensverzoekId: z.uuid({ error: 'Onbekend verzoek van het LBB.' }), ontvangenOp: isoDateSchema }), verzoekenViewSchema),
  'verzoeken.lbbExtension': call(
    z.strictObject({
      verzoekId: verzoekIdSchema,
      gemeldOp: isoDateSchema,
      weken: z
        .number({ error: 'Vul het aantal weken in.' })
        .int({ error: 'Vul een heel aantal weken in.' })
        .min(1, { error: 'Minstens 1 week.' })
        .max(LBB_MAX_EXTENSION_WEEKS, { error: `Hoogstens ${LBB_MAX_EXTENSION_WEEKS} weken (art. 15 lid 3 Wet Bibob).` }),
    }),
    verzoekenViewSchema,
  ),
  'verzoeken.lbbBetrokkeneInformed': call(z.strictObject({ verzoekId: verzoekIdSchema, op: isoDateSchema }), verzoekenViewSchema),
  /** Issue 18 §2: the recorded answer or LBB advice corrected, with the reason; the audit trail keeps old → new. */
  'verzoeken.correctAnswer': call(
    z.strictObject({
      verzoekId: verzoekIdSchema,
      ontvangenOp: isoDateSchema,
      samenvatting: requiredText('een samenvatting van het antwoord', 10_000),
      beperkingen: z.array(z.enum(gebruiksbeperkingen, { error: 'Onbekende gebruiksbeperking.' })).max(3),
      reden: requiredText('de reden van de correctie', 2000),
    }),
    verzoekenViewSchema,
  ),
  /** Issue 18 §2: a receipt recorded by mistake withdrawn, with the reason; the request is awaited again. */
  'verzoeken.withdrawAnswer': call(z.strictObject({ verzoekId: verzoekIdSchema, reden: requiredText('de reden van het intrekken', 2000) }), verzoekenViewSchema),
} as const;
