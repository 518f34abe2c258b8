import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test, openDossierPagina } from './support';

/*
 * Issue 23 §1: the "Volgende stap" panel at the top of the dossier page says what the law requires next, by when
 * and on which article, and leads to the form that does it. Today in the preview is Monday 23 November 2026.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

test('a new horeca dossier shows its next steps; sending the vragenformulier changes them; a link moves the focus to the form', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  mkdirSync(shots, { recursive: true });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  // Exploitatievergunning received Monday 2 November 2026: the APV's 8 weeks → Monday 28 December 2026.
  await newHorecaDossier(page, 'Café De Volgende Stap', '2026-11-02');

  const panel = section(page, 'Volgende stap');
  const steps = panel.getByRole('listitem');
  await expect(steps.first()).toContainText('Leg de betrokkenen vast');
  await expect(steps.first()).toContainText('art. 3 lid 4 Wet Bibob');
  const send = steps.filter({ hasText: 'Stuur het Bibob-vragenformulier aan Café De Volgende Stap' });
  await expect(send).toHaveCount(1);
  await expect(send).toContainText('art. 7a lid 2 Wet Bibob');
  await expect(send.getByRole('link', { name: 'Toezending Bibob-vragenformulier' })).toBeVisible();
  const decide = steps.filter({ hasText: 'Beslis uiterlijk 28 december 2026' });
  await expect(decide).toContainText('maandag 28 december 2026');
  await expectAccessible(page, 'Dossier met volgende stap');
  await panel.screenshot({ path: path.join(shots, 'volgende-stap-nieuw-dossier.png') });

  // The link leads to the questionnaire section and puts the focus on its heading, for keyboard users too.
  await send.getByRole('link', { name: 'Naar Vragenformulier' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier', exact: true })).toBeFocused();

  await openDossierPagina(page, 'Vragenformulier en herstel');
  const vf = section(page, 'Vragenformulier');
  await vf.getByLabel('Verzonden op').fill('2026-11-16');
  await vf.getByRole('button', { name: 'Vragenformulier versturen' }).click();
  await expect(vf.getByRole('status')).toHaveText('Het vragenformulier is verzonden op 16 november 2026.');

  await expect(steps.filter({ hasText: 'Stuur het Bibob-vragenformulier' })).toHaveCount(0);
  const receive = steps.filter({ hasText: 'Leg de ontvangst van het ingevulde vragenformulier vast (verstuurd op 16 november 2026).' });
  await expect(receive).toHaveCount(1);
  await receive.getByRole('link', { name: 'Naar Vragenformulier' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vragenformulier', exact: true })).toBeFocused();
  await expect(vf.getByLabel('Ontvangen op')).toBeVisible();
  await panel.screenshot({ path: path.join(shots, 'volgende-stap-formulier-verzonden.png') });
  await expectAccessible(page, 'Dossier met volgende stap na verzenden');
});
