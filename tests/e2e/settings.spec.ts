import { BASE_QUESTION_SET } from '../../src/domain/vragenformulier';
import { confirmRecoveryKey, createVault, expect, expectAccessible, test, openDossierPagina } from './support';

test('the municipality sets its zaaknummer prefix and its APV terms; new dossiers and deadlines follow', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zaaknummers en termijnen', exact: true })).toBeVisible();
  // The house-style colour shows itself as a swatch with its code (it was a grey bar, issue 23 §5).
  const colour = page.getByLabel('Kleur van koppen en gemeentenaam');
  await expect(colour).toHaveAttribute('type', 'color');
  await expect(colour).toHaveValue('#1f3864');
  await expect(page.getByText('#1F3864', { exact: true })).toBeVisible();
  // The decreed days of 2026–2028 are there as data to correct, not as a rule.
  await expect(page.getByLabel(/gelijkgesteld zijn aan feestdagen/)).toHaveValue(/2027-05-07/);

  await page.getByLabel('Voorvoegsel zaaknummer').fill('12');
  await page.getByRole('button', { name: 'Zaaknummers en termijnen opslaan' }).click();
  await expect(page.getByText('Een voorvoegsel bestaat uit 1 tot 12 letters en cijfers en begint met een letter.')).toBeVisible();
  await expectAccessible(page, 'Instellingen (fout in zaaknummers en termijnen)');

  await page.getByLabel('Voorvoegsel zaaknummer').fill('LEI');
  await page.getByLabel('Beslistermijn volgens de APV (weken)').fill('6');
  await page.getByRole('button', { name: 'Zaaknummers en termijnen opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Opgeslagen.');
  await expectAccessible(page, 'Instellingen');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Soort besluit').selectOption({ label: 'Exploitatievergunning of andere APV-vergunning voor een inrichting of bedrijf' });
  await page.getByLabel('Datum ontvangst aanvraag').fill('2026-10-05');
  await page.getByLabel('Naam aanvrager').fill('Snackbar Proef B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByRole('status')).toContainText(/Dossier LEI-\d{4}-001 is aangemaakt\./);
  // 6 weeks after Monday 5 October 2026 = Monday 16 November 2026 (the APV term as set).
  await expect(page.getByRole('row', { name: /LEI-\d{4}-001/ })).toContainText('16 november 2026');
});

test('a new version of the question set is imported with every error at its place, and new dossiers start from it', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Instellingen', exact: true }).click();
  const sets = page.getByRole('region', { name: 'Vragensets' });
  const table = sets.getByRole('table', { name: 'Vragensets' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('Meegeleverd met de app');
  await expect(table).toContainText('Standaard voor nieuwe dossiers');

  const file = sets.getByLabel('Bestand met de vragenset (JSON)');
  const upload = async (name: string, content: string) => {
    await file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await sets.getByRole('button', { name: 'Vragenset importeren' }).click();
  };
  // Nothing chosen, then a file that is no JSON, then a set with two errors: each is named with its place.
  await sets.getByRole('button', { name: 'Vragenset importeren' }).click();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await upload('kapot.json', '{"formaat": "bibob-vragenset/1",');
  await expect(sets.getByRole('alert')).toContainText('Ongeldige JSON bij teken');
  const wrong = structuredClone(BASE_QUESTION_SET) as unknown as { versie: string; sections: { vragen: { nummer: string; soort: string }[] }[] };
  wrong.versie = '2025.1';
  wrong.sections[0]!.vragen[1]!.nummer = wrong.sections[0]!.vragen[0]!.nummer;
  wrong.sections[0]!.vragen[2]!.soort = 'vrije-vorm';
  await upload('fout.json', JSON.stringify(wrong));
  const alert = sets.getByRole('alert');
  await expect(alert).toContainText('De vragenset is niet geïmporteerd');
  await expect(alert).toContainText('sections[0].vragen[2].soort');
  await expectAccessible(page, 'Instellingen (vragenset geweigerd)');
  await expect(table.locator('tbody tr')).toHaveCount(1);

  const next = { ...structuredClone(BASE_QUESTION_SET), versie: '2025.1', bron: 'Testversie van de officiële tekst' };
  await upload('vragenset-2025.json', JSON.stringify(next));
  await expect(sets.getByRole('status')).toContainText('versie 2025.1 is geïmporteerd');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByRole('row').filter({ hasText: '2025.1' })).toContainText('Standaard voor nieuwe dossiers');
  // A version is never overwritten.
  await upload('vragenset-2025.json', JSON.stringify(next));
  await expect(sets.getByRole('alert')).toContainText('staat al in de kluis');
  await expectAccessible(page, 'Instellingen (vragensets)');

  // A new dossier starts from the new version; before sending, it can go back to the shipped one.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)').check();
  await page.getByLabel('Naam aanvrager').fill('Snackbar Versie B.V.');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await openDossierPagina(page, 'Vragenformulier en herstel');
  const vf = page.getByRole('region', { name: 'Vragenformulier', exact: true });
  await expect(vf).toContainText('(versie 2025.1)');
  await vf.getByText('Vragen kiezen').click();
  await vf.getByLabel('Vragenset en versie').selectOption({ label: `${BASE_QUESTION_SET.titel}, versie ${BASE_QUESTION_SET.versie}` });
  await vf.getByRole('button', { name: 'Deze versie gebruiken' }).click();
  await expect(vf.getByRole('status')).toContainText(`versie ${BASE_QUESTION_SET.versie}`);
  await expect(vf).toContainText(`(versie ${BASE_QUESTION_SET.versie})`);
});
