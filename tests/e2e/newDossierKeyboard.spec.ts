import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { confirmRecoveryKey, createVault, expect, expectAccessible, test, openDossierPagina } from './support';

/*
 * Issue 18 §2: the new-dossier form is filled in with the keyboard, one Tab stop per field in the order the fields
 * are seen. The browser's date input took four stops (day, month, year, calendar button), so that a coordinator
 * who tabbed on typed the next answers into the wrong fields; the date is now typed in one box.
 */

const shots = path.resolve(__dirname, '../../.test-output/screenshots');

/** The label of the focused control, with the legend of its group for a radio button. */
async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element || element === document.body) return '(niets)';
    const label = element.labels?.[0]?.querySelector('.utrecht-form-label, label')?.textContent ?? element.labels?.[0]?.textContent ?? element.textContent ?? '';
    const legend = element.closest('fieldset')?.querySelector('legend')?.textContent;
    return element.type === 'radio' && legend ? `${legend.trim()}: ${label.trim()}` : label.trim();
  });
}

test('the new-dossier form: one Tab stop per field, in the order on screen; the date typed in one box', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await page.getByRole('button', { name: 'Nieuw dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw dossier' })).toBeVisible();

  const expected = [
    'Zaaknummer',
    'Toepassingsgebied: Omgevingsvergunning (voorheen Wabo)',
    'Soort besluit',
    'Datum ontvangst aanvraag',
    'Soort aanvrager: Rechtspersoon',
    'Naam aanvrager',
    'KvK-nummer aanvrager',
    'Postadres aanvrager',
    'Adres of locatie',
    'Coördinator',
    'Dossier aanmaken',
    'Annuleren',
  ];
  await page.getByLabel('Zaaknummer').focus();
  const stops: string[] = [await focusedLabel(page)];
  for (let index = 1; index < expected.length; index++) {
    await page.keyboard.press('Tab');
    stops.push(await focusedLabel(page));
  }
  expect(stops).toEqual(expected);

  // Filled in with the keyboard only: each answer lands in its field.
  await page.getByLabel('Zaaknummer').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // Horeca
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the first kind of decision of horeca
  await page.keyboard.press('Tab');
  await page.keyboard.type('5-10-2026');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Café Toetsenbord B.V.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12345678');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Postbus 12, 1000 AA Amsterdam');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dam 1, Amsterdam');
  await expect(page.getByLabel('Horeca (Alcoholwet- of exploitatievergunning)')).toBeChecked();
  await expect(page.getByLabel('Datum ontvangst aanvraag')).toHaveValue('5-10-2026');
  await expect(page.getByLabel('Naam aanvrager')).toHaveValue('Café Toetsenbord B.V.');
  await expect(page.getByLabel('KvK-nummer aanvrager')).toHaveValue('12345678');
  await expect(page.getByLabel('Postadres aanvrager')).toHaveValue('Postbus 12, 1000 AA Amsterdam');
  await expect(page.getByLabel('Adres of locatie')).toHaveValue('Dam 1, Amsterdam');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'nieuw-dossier-toetsenbord.png'), fullPage: true });
  await expectAccessible(page, 'Nieuw dossier (met het toetsenbord ingevuld)');

  // A date in another shape is refused at its field, before anything is stored.
  await page.getByLabel('Datum ontvangst aanvraag').fill('5 oktober');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  await expect(page.getByLabel('Datum ontvangst aanvraag')).toBeFocused();
  await expect(page.getByLabel('Datum ontvangst aanvraag')).toHaveAccessibleDescription(/Vul de datum in als dag-maand-jaar, bijvoorbeeld 5-10-2026\./);

  await page.getByLabel('Datum ontvangst aanvraag').fill('5-10-2026');
  await page.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const zaaknummer = /Dossier (\S+) is aangemaakt\./.exec(await page.getByRole('status').innerText())![1]!;
  await page.getByRole('table', { name: 'Alle dossiers' }).getByRole('button', { name: zaaknummer, exact: true }).click();
  await expect(page.locator('.dossier-summary')).toContainText('Café Toetsenbord B.V.');
  await openDossierPagina(page, 'Intake en betrokkenen');
  await expect(page.getByRole('region', { name: 'Gegevens', exact: true }).getByLabel('Datum ontvangst aanvraag')).toHaveValue('2026-10-05');
});
