// A broken share link says what is wrong, opens something usable, and loses
// nothing the user had.
import { expect, test } from '@playwright/test';
import { collectErrors, onlyServer } from './lab-helpers.ts';

test('a damaged link explains itself; the user’s saved work is still there', async ({ page }) => {
  const errors = collectErrors(page);
  const mine = { ...onlyServer(), name: 'My own system' };
  // Saved as builds before IndexedDB saved it (their localStorage key), which is read when nothing newer is saved.
  await page.addInitScript((value) => localStorage.setItem('nines:autosave@1', value), JSON.stringify(mine));
  // A load, as a link opened from elsewhere (not a hash change in an open tab).
  await page.goto('/#s=1.eJyrVkrLz1eyUkpKLFKqBQAeWQRd');
  const alert = page.getByRole('alert').filter({ hasText: 'This link is damaged' });
  await expect(alert).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  // Not a link that opened: the user's own work comes back, untouched.
  await expect(page.getByText('My own system').first()).toBeVisible();
  // And it is still there after another load (now from IndexedDB).
  await page.reload();
  await expect(page.getByText('My own system').first()).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a damaged link pasted into an open tab says why and changes nothing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const title = await page.locator('header').first().textContent();
  await page.evaluate(() => { window.location.hash = '#s=1.not-a-real-link'; });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing on screen changed' })).toBeVisible();
  await expect(page.locator('header').first()).toHaveText(title ?? '');
});
