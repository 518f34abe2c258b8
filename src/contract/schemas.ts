import { z } from 'zod';
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../domain/passphrase';
import { toepassingsgebieden } from '../domain/toepassingsgebied';
import { zaaknummerProblem, normalizeZaaknummer, ZAAKNUMMER_MAX_LENGTH } from '../domain/zaaknummer';

/** Calls that take no arguments still take an object, and nothing else: unknown keys are malformed. */
export const noInput = z.strictObject({});

const noControlCharacters = /^[^\u0000-\u001f\u007f]*$/;

export const passphraseSchema = z
  .string({ error: 'Vul een wachtwoordzin in.' })
  .min(MIN_PASSPHRASE_LENGTH, { error: `Een wachtwoordzin heeft minstens ${MIN_PASSPHRASE_LENGTH} tekens.` })
  .max(MAX_PASSPHRASE_LENGTH, { error: `Een wachtwoordzin heeft hoogstens ${MAX_PASSPHRASE_LENGTH} tekens.` });

/** An existing passphrase is checked against the vault, not against today's rules. */
export const enteredPassphraseSchema = z
  .string({ error: 'Vul uw wachtwoordzin in.' })
  .min(1, { error: 'Vul uw wachtwoordzin in.' })
  .max(MAX_PASSPHRASE_LENGTH, { error: 'Deze wachtwoordzin is te lang.' });

export const recoveryKeyTextSchema = z
  .string({ error: 'Vul de herstelsleutel in.' })
  .min(1, { error: 'Vul de herstelsleutel in.' })
  .max(200, { error: 'Dit is geen herstelsleutel: die is korter.' });

export const vaultStateSchema = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultStatusSchema = z.strictObject({
  state: vaultStateSchema,
  /** False until the coordinator has confirmed that the recovery key was stored. */
  recoveryKeyConfirmed: z.boolean().optional(),
});

export const IDLE_TIMEOUT_MINUTES_MIN = 1;
export const IDLE_TIMEOUT_MINUTES_MAX = 240;
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 10;

export const idleTimeoutMinutesSchema = z
  .number({ error: 'Vul een aantal minuten in.' })
  .int({ error: 'Vul een heel aantal minuten in.' })
  .min(IDLE_TIMEOUT_MINUTES_MIN, { error: `Minimaal ${IDLE_TIMEOUT_MINUTES_MIN} minuut.` })
  .max(IDLE_TIMEOUT_MINUTES_MAX, { error: `Maximaal ${IDLE_TIMEOUT_MINUTES_MAX} minuten.` });

export const settingsSchema = z.strictObject({
  dataFolder: z.string(),
  idleTimeoutMinutes: idleTimeoutMinutesSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const AANVRAGER_NAAM_MAX_LENGTH = 400;

export const aanvragerNaamSchema = z
  .string({ error: 'Vul de naam van de aanvrager in.' })
  .trim()
  .min(1, { error: 'Vul de naam van de aanvrager in.' })
  .max(AANVRAGER_NAAM_MAX_LENGTH, { error: `Een naam heeft hoogstens ${AANVRAGER_NAAM_MAX_LENGTH} tekens.` })
  .regex(noControlCharacters, { error: 'De naam bevat tekens die niet zijn toegestaan.' });

export const zaaknummerSchema = z
  .string({ error: 'Vul een zaaknummer in.' })
  .max(ZAAKNUMMER_MAX_LENGTH * 4, { error: `Een zaaknummer is hoogstens ${ZAAKNUMMER_MAX_LENGTH} tekens lang.` })
  .transform(normalizeZaaknummer)
  .superRefine((value, ctx) => {
    const problem = zaaknummerProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const toepassingsgebiedSchema = z.enum(toepassingsgebieden, {
  error: 'Kies een toepassingsgebied: omgevingsvergunning, horeca of vastgoed.',
});

export const dossierIdSchema = z.uuid({ error: 'Onbekend dossier.' });

export const newDossierSchema = z.strictObject({
  zaaknummer: zaaknummerSchema,
  toepassingsgebied: toepassingsgebiedSchema,
  aanvragerNaam: aanvragerNaamSchema,
});
export type NewDossier = z.input<typeof newDossierSchema>;

export const dossierSchema = z.strictObject({
  id: z.string(),
  zaaknummer: z.string(),
  toepassingsgebied: toepassingsgebiedSchema,
  aanvragerNaam: z.string(),
  createdAt: z.string(),
});
export type Dossier = z.infer<typeof dossierSchema>;
