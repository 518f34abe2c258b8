import { z } from 'zod';
import { call } from './call';
import { dossierIdSchema } from './schemas';

/*
 * Printing on paper (issue 23 §5): the recovery key at creation, a dossier's summary and a letter. Main builds the
 * page from vault data (the recovery key from its fixed form only) and prints it in the desktop app's hidden print
 * window with the system's print dialog; no file is written. The preview has no printer and refuses with a message.
 */

/** The recovery key exactly as the vault shows it: 13 groups of 4 Crockford base32 characters. */
export const HERSTELSLEUTEL_VORM = /^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/;

const afgedruktSchema = z.strictObject({
  /** False when the coordinator cancelled the print dialog. */
  afgedrukt: z.boolean(),
});

export const afdrukCalls = {
  'afdrukken.herstelsleutel': call(
    z.strictObject({ recoveryKey: z.string({ error: 'Er is geen herstelsleutel om af te drukken.' }).regex(HERSTELSLEUTEL_VORM, { error: 'Dit is geen herstelsleutel van deze app.' }) }),
    afgedruktSchema,
  ),
  'afdrukken.dossier': call(z.strictObject({ dossierId: dossierIdSchema }), afgedruktSchema),
  'afdrukken.brief': call(z.strictObject({ briefId: z.uuid({ error: 'Onbekende brief.' }) }), afgedruktSchema),
} as const;
