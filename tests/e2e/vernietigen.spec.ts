import path from 'node:path';
import { createApp } from '../../main/app';
import { MIN_PBKDF2_ITERATIONS } from '../../main/vault/keyCrypto';
import { expect, expectAccessible, PASSPHRASE, test } from './support';

/*
 * Issue 24 §4: a vault seeded with two closed dossiers, one closed in 2024 (withdrawn: 1 year, past) and one closed
 * this year (not past). "Te vernietigen" lists only the first; destroying it with a reason empties the list and shows
 * its vernietigingsrecord.
 */

async function seed(dataFolder: string): Promise<void> {
  let clock = new Date('2024-03-04T10:00:00Z');
  const app = createApp({ dataFolder, actor: 'C. Grasmuis', isTrustedSender: () => true, now: () => clock, pbkdf2Iterations: MIN_PBKDF2_ITERATIONS });
  const call = async <T,>(name: string, payload: unknown): Promise<T> => {
    const result = await app.dispatch(name, payload, { url: 'app://bibob/index.html', isMainFrame: true });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  await call('vault.create', { passphrase: PASSPHRASE });
  await call('vault.confirmRecoveryKey', {});
  const closed = async (zaaknummer: string, aanvragerNaam: string, op: string) => {
    const dossier = await call<{ id: string }>('dossiers.create', { zaaknummer, toepassingsgebied: 'horeca', aanvragerNaam, besluitsoort: 'exploitatievergunning', ontvangenOp: op });
    await call('betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam: `Eigenaar van ${aanvragerNaam}` } }, rol: 'bestuurder' });
    await call('dossiers.changePhase', { id: dossier.id, to: 'ingetrokken', intrekking: { op, wijze: 'schriftelijk' } });
  };
  await closed('BIBOB-2024-007', 'Snackbar Oud B.V.', '2024-03-04');
  clock = new Date('2026-06-01T10:00:00Z');
  await closed('BIBOB-2026-031', 'Lunchroom Nieuw B.V.', '2026-06-01');
  await call('vault.lock', {});
  app.shutdown();
}

test('Te vernietigen: a dossier past its bewaartermijn is listed, destroyed with a reason, and its vernietigingsrecord shown', async ({ page, preview, cspViolations }) => {
  test.setTimeout(120_000);
  void cspViolations;
  await seed(preview.dataFolder);

  await page.goto(preview.url);
  await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Te vernietigen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Te vernietigen' })).toBeVisible();

  const lijst = page.getByRole('table', { name: 'Dossiers met een verstreken bewaartermijn' });
  await expect(lijst.getByRole('row')).toHaveCount(2);
  const rij = lijst.getByRole('row').filter({ hasText: 'BIBOB-2024-007' });
  await expect(rij).toContainText('Aanvraag ingetrokken');
  await expect(rij).toContainText('Aanvraag ingetrokken: 1 jaar na afsluiting.');
  await expect(lijst).not.toContainText('BIBOB-2026-031');
  await expectAccessible(page, 'Te vernietigen');

  await rij.getByLabel('BIBOB-2024-007 kiezen').check();
  await page.getByRole('button', { name: '1 dossier vernietigen…' }).click();
  await expect(page.getByText('Weet u zeker dat u BIBOB-2024-007 wilt vernietigen?')).toBeVisible();
  // Without a reason: refused at the field.
  await page.getByRole('button', { name: 'Definitief vernietigen' }).click();
  await expect(page.getByText('Vul de reden van de vernietiging in.').first()).toBeVisible();
  await page.getByLabel('Reden van de vernietiging').fill('Bewaartermijn verstreken; jaarlijkse schoning.');
  await page.getByRole('button', { name: 'Definitief vernietigen' }).click();

  await expect(page.getByText('Geen dossiers om te vernietigen.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 dossier vernietigd: BIBOB-2024-007.' })).toBeVisible();
  const records = page.getByRole('list', { name: 'Vernietigde dossiers' });
  const record = records.getByRole('listitem').filter({ hasText: 'BIBOB-2024-007' });
  await expect(record).toContainText('Bewaartermijn verstreken; jaarlijkse schoning.');
  await expect(record).toContainText('2 betrokkenen');
  await expect(records).not.toContainText('Snackbar Oud');
  await expectAccessible(page, 'Te vernietigen, na de vernietiging');
  await page.screenshot({ path: path.join(__dirname, '../../.test-output/vernietigen.png'), fullPage: true });

  // The dossier is gone from the overview; the audit trail still verifies.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await expect(page.getByText('BIBOB-2024-007')).toHaveCount(0);
  await expect(page.getByText('BIBOB-2026-031').first()).toBeVisible();

  // Instellingen → Bewaartermijnen: fewer than 5 years for advice or findings is refused at the field, naming art. 29.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const minimum = page.getByLabel('Met LBB-advies of eigen bevindingen: ten minste (jaar)');
  await minimum.fill('3');
  await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(page.getByText(/Ten minste 5 jaar: .*\(art\. 29 Wet Bibob\)\./).first()).toBeVisible();
  await expect(minimum).toHaveAttribute('aria-invalid', 'true');
  await minimum.fill('7');
  await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
  await expect(page.getByText('De bewaartermijnen zijn opgeslagen.')).toBeVisible();
});
