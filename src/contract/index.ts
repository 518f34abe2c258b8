import { z } from 'zod';
import type { Envelope } from './errors';
import { call } from './call';
import { questionnaireCalls } from './questionnaireCalls';
import { attachmentCalls } from './attachmentCalls';
import { requestCalls } from './requestCalls';
import { onderzoekCalls } from './onderzoekCalls';
import { beoordelingCalls } from './beoordelingCalls';
import { besluitCalls } from './besluitCalls';
import { besluitenCalls } from './besluitenCalls';
import { briefCalls } from './briefCalls';
import { rapportCalls } from './rapportCalls';
import { backupCalls } from './backupCalls';
import { beleidCalls } from './beleidCalls';
import { netwerkCalls } from './netwerkCalls';
import { afdrukCalls } from './afdrukCalls';
import { overdrachtCalls } from './overdrachtCalls';
import { bewaarCalls } from './bewaarCalls';
import { phases } from '../domain/workflow';
import { naamOntbreektMelding, relatieSoortIds } from '../domain/betrokkenen';
import { intrekkingWijzen } from '../domain/intrekking';
import { agendaSoorten } from '../domain/termijnen/agenda';
import {
  betrokkeneInputSchema,
  betrokkeneSchema,
  auditEntrySchema,
  betrokkeneIdSchema,
  betrokkeneGegevensSchema,
  deadlineViewSchema,
  dossierBetrokkeneSchema,
  dossierDetailSchema,
  dossierDetailsSchema,
  dossierFilterSchema,
  rolSchema,
  searchHitSchema,
  termijnGebeurtenisSchema,
  dossierIdSchema,
  dossierSchema,
  isoDateSchema,
  enteredPassphraseSchema,
  idleTimeoutMinutesSchema,
  newDossierSchema,
  noInput,
  passphraseSchema,
  recoveryKeyTextSchema,
  requiredText,
  settingsSchema,
  settingsUpdateSchema,
  vaultStatusSchema,
  verstrekkingSchema,
} from './schemas';

/**
 * The one IPC contract between the renderer and main. Every call is "namespace.method" with a zod schema for
 * what goes in and what comes out. main/ipc validates both; the preload and the preview bridge are generated
 * from the names.
 */
/** The agenda's filter: one kind of term, one coordinator; each left out means all. */
const agendaFilterSchema = z.strictObject({
  soort: z.enum(agendaSoorten, { error: 'Kies een soort termijn uit de lijst.' }).optional(),
  coordinator: z.string().max(200, { error: 'Hoogstens 200 tekens.' }).optional(),
});

export const contract = {
  'vault.status': call(noInput, vaultStatusSchema, true),
  'vault.create': call(z.strictObject({ passphrase: passphraseSchema }), z.strictObject({ recoveryKey: z.string() }), true),
  'vault.confirmRecoveryKey': call(noInput, vaultStatusSchema),
  'vault.unlock': call(z.strictObject({ passphrase: enteredPassphraseSchema }), vaultStatusSchema, true),
  'vault.unlockWithRecoveryKey': call(
    z.strictObject({ recoveryKey: recoveryKeyTextSchema, newPassphrase: passphraseSchema }),
    vaultStatusSchema,
    true,
  ),
  'vault.lock': call(noInput, vaultStatusSchema, true),
  'vault.changePassphrase': call(
    z.strictObject({ currentPassphrase: enteredPassphraseSchema, newPassphrase: passphraseSchema }),
    vaultStatusSchema,
  ),
  'session.touch': call(noInput, z.strictObject({ idleTimeoutMinutes: idleTimeoutMinutesSchema })),
  'settings.get': call(noInput, settingsSchema),
  'settings.update': call(settingsUpdateSchema, settingsSchema),
  'dossiers.list': call(dossierFilterSchema, z.strictObject({ dossiers: z.array(dossierSchema), total: z.number() })),
  'dossiers.create': call(newDossierSchema, dossierSchema),
  'dossiers.get': call(z.strictObject({ id: dossierIdSchema }), dossierDetailSchema),
  'dossiers.update': call(z.strictObject({ id: dossierIdSchema, details: dossierDetailsSchema }), dossierSchema),
  'dossiers.changePhase': call(
    z.strictObject({
      id: dossierIdSchema,
      to: z.enum(phases, { error: 'Kies een fase uit de lijst.' }),
      reason: z.string().trim().max(2000, { error: 'Een reden heeft hoogstens 2000 tekens.' }).optional(),
      /** Required for 'ingetrokken': when and how the applicant withdrew the application. */
      intrekking: z
        .strictObject({
          op: isoDateSchema,
          wijze: z.enum(intrekkingWijzen, { error: 'Kies hoe de aanvraag is ingetrokken.' }),
        })
        .optional(),
    }),
    dossierSchema,
  ),
  'dossiers.addTermEvent': call(z.strictObject({ id: dossierIdSchema, gebeurtenis: termijnGebeurtenisSchema }), deadlineViewSchema),
  'dossiers.withdrawTermEvent': call(
    z.strictObject({ gebeurtenisId: z.uuid({ error: 'Onbekende opschorting of verdaging.' }), reden: requiredText('de reden van het intrekken', 2000) }),
    dossierDetailSchema,
  ),
  'betrokkenen.add': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      wie: z.union([
        z.strictObject({ bestaandeId: betrokkeneIdSchema }),
        z.strictObject({ nieuw: betrokkeneGegevensSchema, bevestigNieuw: z.boolean().optional() }),
      ]),
      rol: rolSchema,
      aandeelPercentage: z.number({ error: 'Vul een percentage in.' }).gt(0, { error: 'Meer dan 0 procent.' }).max(100, { error: 'Hoogstens 100 procent.' }).optional(),
      toelichting: z.string().trim().max(2000, { error: 'Een toelichting heeft hoogstens 2000 tekens.' }).optional(),
    }).superRefine((value, ctx) => {
      // The name of a new betrokkene is checked here, where the role is known: the message names it.
      // After other problems the value may not have the parsed shape: look at it as unknown data.
      const wie: unknown = value.wie;
      const nieuw: unknown = typeof wie === 'object' && wie !== null && 'nieuw' in wie ? wie.nieuw : undefined;
      const naam: unknown = typeof nieuw === 'object' && nieuw !== null && 'naam' in nieuw ? nieuw.naam : undefined;
      if (typeof naam === 'string' && naam.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['wie', 'nieuw', 'naam'], message: naamOntbreektMelding(typeof value.rol === 'string' ? value.rol : undefined) });
      }
    }),
    z.strictObject({ betrokkenen: z.array(dossierBetrokkeneSchema) }),
  ),
  'betrokkenen.removeRole': call(
    z.strictObject({ dossierId: dossierIdSchema, betrokkeneId: betrokkeneIdSchema, rol: rolSchema }),
    z.strictObject({ betrokkenen: z.array(dossierBetrokkeneSchema) }),
  ),
  'betrokkenen.relate': call(
    z.strictObject({
      dossierId: dossierIdSchema.optional(),
      vanId: betrokkeneIdSchema,
      naarId: betrokkeneIdSchema,
      soort: z.enum(relatieSoortIds, { error: 'Kies de soort relatie.' }),
      percentage: z.number({ error: 'Vul een percentage in.' }).gt(0, { error: 'Meer dan 0 procent.' }).max(100, { error: 'Hoogstens 100 procent.' }).optional(),
    }),
    z.strictObject({ id: z.string() }),
  ),
  'betrokkenen.update': call(
    z.strictObject({
      betrokkeneId: betrokkeneIdSchema,
      dossierId: dossierIdSchema.optional(),
      gegevens: betrokkeneInputSchema,
      reden: requiredText('de reden van de correctie', 2000),
    }),
    z.strictObject({ betrokkene: betrokkeneSchema, betrokkenen: z.array(dossierBetrokkeneSchema) }),
  ),
  'betrokkenen.removeRelation': call(
    z.strictObject({
      relatieId: z.uuid({ error: 'Kies een relatie.' }),
      dossierId: dossierIdSchema.optional(),
      reden: requiredText('de reden', 2000),
    }),
    z.strictObject({ id: z.string() }),
  ),
  'betrokkenen.merge': call(
    z.strictObject({
      behoudId: betrokkeneIdSchema,
      samenvoegenId: betrokkeneIdSchema,
      bevestigd: z.literal(true, { error: 'Bevestig eerst dat het om dezelfde persoon of hetzelfde bedrijf gaat.' }),
    }),
    z.strictObject({ behouden: z.string(), dossiers: z.array(z.string()) }),
  ),
  'search.query': call(
    z.strictObject({ tekst: z.string().trim().min(1, { error: 'Vul een zoekterm in.' }).max(200, { error: 'Een zoekterm heeft hoogstens 200 tekens.' }) }),
    z.strictObject({ hits: z.array(searchHitSchema) }),
  ),
  'agenda.list': call(
    agendaFilterSchema.extend({
      binnenDagen: z.number({ error: 'Vul een aantal dagen in.' }).int({ error: 'Vul een heel aantal dagen in.' }).min(0, { error: 'Vul 0 of meer dagen in.' }).max(366, { error: 'Hoogstens 366 dagen.' }).optional(),
    }),
    z.strictObject({
      vandaag: z.string(),
      /** Every coordinator of a dossier, for the filter (also those without a running term). */
      coordinatoren: z.array(z.string()),
      items: z.array(
        z.strictObject({
          dossierId: z.string(),
          zaaknummer: z.string(),
          aanvragerNaam: z.string(),
          coordinator: z.string(),
          soort: z.enum(agendaSoorten),
          datum: z.string(),
          wat: z.string(),
          grondslag: z.string(),
          voorlopig: z.boolean(),
          verlopen: z.boolean(),
        }),
      ),
    }),
  ),
  'herstel.proposeTerm': call(
    z.strictObject({
      verzondenOp: isoDateSchema,
      weken: z.number({ error: 'Vul een aantal weken in.' }).int({ error: 'Vul een heel aantal weken in.' }).min(1, { error: 'Minstens 1 week.' }).max(12, { error: 'Hoogstens 12 weken.' }),
    }),
    z.strictObject({ termijnTot: z.string() }),
  ),
  'herstel.register': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      verzondenOp: isoDateSchema,
      // Required: a herstelverzoek without a term does not suspend the beslistermijn (ABRvS 2016:2527).
      termijnTot: z.string({ error: 'Vul de hersteltermijn in: zonder termijn wordt de beslistermijn niet opgeschort.' }).pipe(isoDateSchema),
      ontbrekend: z
        .array(
          z.strictObject({
            omschrijving: z.string().trim().min(1, { error: 'Beschrijf wat ontbreekt.' }).max(500, { error: 'Hoogstens 500 tekens.' }),
            waarom: z.string().trim().min(1, { error: 'Zeg waarom het nodig is.' }).max(1000, { error: 'Hoogstens 1000 tekens.' }),
          }),
        )
        .min(1, { error: 'Noem minstens één ontbrekend onderdeel.' })
        .max(200),
    }),
    dossierDetailSchema,
  ),
  'herstel.recordCompletion': call(
    z.strictObject({
      herstelId: z.uuid({ error: 'Onbekend herstelverzoek.' }),
      aangevuldOp: isoDateSchema,
      aanvulling: z.enum(['volledig', 'onvolledig'], { error: 'Kies: volledig of onvolledig aangevuld.' }),
    }),
    dossierDetailSchema,
  ),
  'herstel.withdraw': call(
    z.strictObject({ herstelId: z.uuid({ error: 'Onbekend herstelverzoek.' }), reden: requiredText('de reden van het intrekken', 2000) }),
    dossierDetailSchema,
  ),
  'audit.forDossier': call(z.strictObject({ dossierId: dossierIdSchema }), z.strictObject({ entries: z.array(auditEntrySchema) })),
  'audit.verify': call(
    noInput,
    z.strictObject({
      intact: z.boolean(),
      checked: z.number(),
      firstBrokenSeq: z.number().nullable(),
      /** The comparison with the anchor in the key file (the last record it names; see main/vault/auditAnchor.ts). */
      anker: z.strictObject({
        toestand: z.enum(['in-orde', 'nog-niet-verankerd', 'ontbreekt', 'ongeldig', 'ingekort', 'herschreven']),
        volgnummer: z.number().nullable(),
        melding: z.string(),
      }),
    }),
  ),
  'audit.exportCsv': call(z.strictObject({ dossierId: dossierIdSchema.optional(), verstrekking: verstrekkingSchema }), z.strictObject({ exported: z.boolean(), regels: z.number() })),
  ...questionnaireCalls,
  ...attachmentCalls,
  ...requestCalls,
  ...onderzoekCalls,
  ...beoordelingCalls,
  ...besluitCalls,
  ...besluitenCalls,
  ...briefCalls,
  ...rapportCalls,
  ...backupCalls,
  ...bewaarCalls,
  ...beleidCalls,
  ...netwerkCalls,
  ...afdrukCalls,
  ...overdrachtCalls,
  /**
   * Removes a dossier entered by mistake (issue 18 §2). The coordinator confirms by typing its zaaknummer and gives
   * the reason; the audit trail keeps both.
   */
  'dossiers.remove': call(
    z.strictObject({
      id: dossierIdSchema,
      zaaknummer: requiredText('het zaaknummer ter bevestiging', 100),
      reden: requiredText('de reden van het verwijderen', 2000),
    }),
    z.strictObject({ zaaknummer: z.string() }),
  ),
  /**
   * The agenda, with the same filter, as a calendar file (RFC 5545) through the save dialog: per term only the
   * zaaknummer and its kind. For the coordinator's own calendar, so audited but no verstrekking (README).
   */
  'agenda.exportIcs': call(agendaFilterSchema, z.strictObject({ exported: z.boolean(), aantal: z.number() })),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Contract[N]['output']>;

export const callNames = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

type Namespace<N> = N extends `${infer NS}.${string}` ? NS : never;

/** What window.bibob looks like: `bibob.vault.unlock({ passphrase })`, one function per contract call. */
export type BibobApi = {
  [NS in Namespace<CallName>]: {
    [N in CallName as N extends `${NS}.${infer M}` ? M : never]: (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;
  };
};

export type Invoke = (name: CallName, input: unknown) => Promise<Envelope<unknown>>;

/**
 * Calls the renderer never gets a function for: only the preload makes them, from what the user really did.
 * `bijlagen.importPaths` takes paths, which a compromised renderer could otherwise choose freely; the preload
 * derives them from files actually dropped (webUtils.getPathForFile gives nothing for a File made in script).
 */
export const preloadOnlyCalls: readonly CallName[] = ['bijlagen.importPaths'];

/** Builds the nested API object from the contract's names around one transport function. */
export function buildApi(invoke: Invoke, options: { omit?: readonly CallName[] } = {}): BibobApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const name of callNames) {
    if (options.omit?.includes(name)) continue;
    const [namespace, method] = name.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input: unknown) => invoke(name, input);
  }
  return api as unknown as BibobApi;
}

/** The ipcMain channel every call travels on in the desktop app. */
export const IPC_CHANNEL = 'bibob:call';
