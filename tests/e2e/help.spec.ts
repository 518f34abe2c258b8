import { confirmRecoveryKey, createVault, expect, expectAccessible, test } from './support';

test('the user guide opens from the main menu; its table of contents moves the focus to a section', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);

  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handleiding Bibob Werkbank' })).toBeFocused();
  await expect(menu.getByRole('button', { name: 'Help', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle('Handleiding Bibob Werkbank — Bibob Werkbank');

  // The sections the coordinator looks for, as headings, and the steps of a dossier below them.
  for (const name of ['Wat is Bibob Werkbank', 'Installeren', 'De kluis, de wachtwoordzin en de herstelsleutel', 'Een dossier van intake tot melding, stap voor stap', 'Fouten herstellen', 'Brieven en sjablonen', 'Het jaarverslag', 'Zoeken', 'Geheimhouding', 'Dossiers overdragen', 'Veelgestelde vragen']) {
    await expect(page.getByRole('article').getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 3, name: 'Wat als u de wachtwoordzin kwijt bent' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: '6. Art. 32: mededeling aan de betrokkene' })).toBeVisible();
  // Bold and code come out as elements, the Markdown marks do not show.
  await expect(page.getByRole('article').locator('strong', { hasText: 'Wachtwoordzin vergeten? Herstelsleutel gebruiken' }).first()).toBeVisible();
  await expect(page.getByRole('article').locator('code', { hasText: 'vault.keys.json' }).first()).toBeVisible();
  await expect(page.getByRole('article')).not.toContainText('**');

  const toc = page.getByRole('navigation', { name: 'Inhoud' });
  await expect(toc.getByRole('link')).toHaveCount(12);
  await expectAccessible(page, 'Help');
  await page.screenshot({ path: '.test-output/screenshots/help.png' });

  // With the keyboard: Enter on the table of contents' link for "Geheimhouding" puts the focus on that heading.
  const link = toc.getByRole('link', { name: 'Geheimhouding' });
  await link.focus();
  await page.keyboard.press('Enter');
  const section = page.getByRole('heading', { level: 2, name: 'Geheimhouding', exact: true });
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  // The page itself did not navigate away: the menu and the guide are still there.
  expect(new URL(page.url()).hash).toBe('');
  await page.screenshot({ path: '.test-output/screenshots/help-geheimhouding.png' });

  // A click on another link does the same.
  await toc.getByRole('link', { name: 'De kluis, de wachtwoordzin en de herstelsleutel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'De kluis, de wachtwoordzin en de herstelsleutel', exact: true })).toBeFocused();

  // Back to work from the menu.
  await menu.getByRole('button', { name: 'Dossiers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
});
