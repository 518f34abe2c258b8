// `npm run seed -- --dossiers N [--seed S] [--data FOLDER] [--today YYYY-MM-DD]`: fills a vault with fictitious
// dossiers for a demonstration or a load test. The passphrase comes from BIBOB_SEED_PASSPHRASE; the vault is created
// with it when the folder has none, and opened with it when it has. Names are clearly fictitious ("Proef",
// "Fictief"); the same seed gives the same dossiers. The data folder defaults to BIBOB_WERKBANK_DATA.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../../main/app';
import { DEFAULT_MAX_ATTACHMENT_BYTES, importAttachment } from '../../main/files/attachmentStore';
import { DATA_FOLDER_ENV } from '../../main/vault/vaultFiles';
import { generate, prng } from './generate';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dossiers: { type: 'string', default: '200' }, seed: { type: 'string', default: '20261123' }, data: { type: 'string' }, today: { type: 'string' } } });
  const dossiers = Number(values.dossiers);
  if (!Number.isInteger(dossiers) || dossiers < 1 || dossiers > 1_000_000) throw new Error('--dossiers: een geheel getal van 1 tot 1.000.000.');
  const dataFolder = values.data ?? process.env[DATA_FOLDER_ENV];
  if (!dataFolder) throw new Error(`Geef --data of ${DATA_FOLDER_ENV}.`);
  const passphrase = process.env.BIBOB_SEED_PASSPHRASE;
  if (!passphrase) throw new Error('Zet de wachtwoordzin in BIBOB_SEED_PASSPHRASE.');
  const today = values.today ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const app = createApp({ dataFolder: path.resolve(dataFolder), actor: 'demogegevens', isTrustedSender: () => true, now: () => new Date(`${today}T12:00:00Z`) });
  const call = async (name: string, payload: unknown) => {
    const result = await app.dispatch(name, payload, { url: 'app://bibob/index.html', isMainFrame: true });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  try {
    const status = (await call('vault.status', {})) as { state: string };
    if (status.state === 'absent') {
      await call('vault.create', { passphrase });
      await call('vault.confirmRecoveryKey', {});
    } else if (status.state === 'locked') {
      await call('vault.unlock', { passphrase });
    }
    const db = app.vault.database();
    const started = Date.now();
    const { dossierIds } = generate(db, { dossiers, betrokkenenPerDossier: 4, seed: Number(values.seed), today });
    // A few small attachments: a fictitious extract per dossier for the first twenty.
    const random = prng(Number(values.seed) + 1);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bibob-seed-'));
    try {
      for (const [index, dossierId] of dossierIds.slice(0, 20).entries()) {
        const file = path.join(folder, `uittreksel-${index + 1}.txt`);
        writeFileSync(file, `Fictief uittreksel handelsregister nr. ${index + 1}\nProef Holding B.V., ingeschreven sinds ${2000 + Math.floor(random() * 25)}.\n`);
        await importAttachment(db, { dossierId, sourcePath: file, fileName: path.basename(file), importer: 'demogegevens', now: new Date(`${today}T12:00:00Z`), maxBytes: DEFAULT_MAX_ATTACHMENT_BYTES });
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    console.log(`${dossierIds.length} fictieve dossiers aangemaakt in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.resolve(dataFolder)}).`);
  } finally {
    app.shutdown();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
