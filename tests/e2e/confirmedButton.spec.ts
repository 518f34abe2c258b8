import { addPerson, confirmRecoveryKey, createVault, expect, expectAccessible, newHorecaDossier, section, test } from './support';

/*
 * Issue 23 §1: a destructive button is secondary and asks, inline, whether the coordinator is sure — no
 * window.confirm. The focus moves to the question, Escape cancels and returns the focus to the button, and the
 * keyboard alone confirms.
 */

test('removing a role asks inline first: focus on the question, Escape cancels, the keyboard confirms', async ({ page, preview, cspViolations }) => {
  void cspViolations;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await createVault(page, preview.url);
  await confirmRecoveryKey(page);
  await newHorecaDossier(page, 'Café De Bevestiging', '2026-11-02');
  await addPerson(page, 'R. de Vries', 'Bestuurder');

  const betrokkenen = section(page, 'Betrokkenen');
  const trigger = betrokkenen.getByRole('button', { name: 'Rol verwijderen: R. de Vries als bestuurder' });
  await expect(trigger).toHaveClass(/utrecht-button--secondary-action/);
  await trigger.click();
  const vraag = betrokkenen.getByRole('group', { name: 'Weet u zeker dat R. de Vries niet langer bestuurder is in dit dossier?' });
  await expect(vraag).toBeFocused();
  const ja = vraag.getByRole('button', { name: 'Ja, rol verwijderen: R. de Vries als bestuurder' });
  await expect(ja).toHaveClass(/utrecht-button--danger/);
  await betrokkenen.screenshot({ path: '/tmp/shots/formulieren-bevestigen.png' });
  await expectAccessible(page, 'Betrokkenen (rol verwijderen bevestigen)');

  // Escape: nothing removed, the focus back on the button.
  await page.keyboard.press('Escape');
  await expect(vraag).toHaveCount(0);
  await expect(trigger).toBeFocused();
  await expect(betrokkenen.getByRole('cell', { name: /Bestuurder/ })).toBeVisible();

  // Annuleren does the same.
  await page.keyboard.press('Enter');
  await expect(vraag).toBeFocused();
  await vraag.getByRole('button', { name: 'Annuleren' }).click();
  await expect(vraag).toHaveCount(0);
  await expect(trigger).toBeFocused();

  // The keyboard alone: open, tab to "Ja", confirm.
  await page.keyboard.press('Enter');
  await expect(vraag).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(ja).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(betrokkenen.getByRole('status')).toHaveText('R. de Vries is niet langer bestuurder in dit dossier.');
  await expect(trigger).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
