/*
 * Run as a child process by tests/integration/attachmentFiles.test.ts: unlocks the vault in the data folder given as
 * the first argument and imports the file given as the second into dossier 'd1'. When the encrypted file has its
 * final name (before the row is committed) it prints "hernoemd <id>" and waits, so that the test can kill the process
 * at exactly that moment: a crash between file write and row commit.
 */
import { importAttachment } from '../../main/files/attachmentStore';
import { PASSPHRASE, testVault } from './testVault';

async function main(): Promise<void> {
  const [dataFolder, source] = process.argv.slice(2);
  if (!dataFolder || !source) throw new Error('usage: crashingImport <dataFolder> <source>');
  const vault = testVault({ dataFolder });
  await vault.unlock(PASSPHRASE);
  await importAttachment(
    vault.database(),
    { dossierId: 'd1', sourcePath: source, fileName: 'onderbroken.pdf', importer: 'c', now: new Date(), maxBytes: 1 << 30 },
    {
      afterRename: (fileId) =>
        new Promise<void>(() => {
          process.stdout.write(`hernoemd ${fileId}\n`);
        }),
    },
  );
}

void main();
