import { z } from 'zod';
import type { Envelope } from './errors';
import {
  dossierIdSchema,
  dossierSchema,
  enteredPassphraseSchema,
  idleTimeoutMinutesSchema,
  newDossierSchema,
  noInput,
  passphraseSchema,
  recoveryKeyTextSchema,
  settingsSchema,
  vaultStatusSchema,
} from './schemas';

interface CallSpec<I extends z.ZodType, O extends z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** True for the calls allowed while the vault is locked or absent. */
  readonly whileLocked: boolean;
}

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, whileLocked = false): CallSpec<I, O> {
  return { input, output, whileLocked };
}

/**
 * The one IPC contract between the renderer and main. Every call is "namespace.method" with a zod schema for
 * what goes in and what comes out. main/ipc validates both; the preload and the preview bridge are generated
 * from the names.
 */
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
  'settings.update': call(z.strictObject({ idleTimeoutMinutes: idleTimeoutMinutesSchema }), settingsSchema),
  'dossiers.list': call(noInput, z.strictObject({ dossiers: z.array(dossierSchema) })),
  'dossiers.create': call(newDossierSchema, dossierSchema),
  'dossiers.get': call(z.strictObject({ id: dossierIdSchema }), dossierSchema),
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

/** Builds the nested API object from the contract's names around one transport function. */
export function buildApi(invoke: Invoke): BibobApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const name of callNames) {
    const [namespace, method] = name.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = (input: unknown) => invoke(name, input);
  }
  return api as unknown as BibobApi;
}

/** The ipcMain channel every call travels on in the desktop app. */
export const IPC_CHANNEL = 'bibob:call';
