// Never lose a user's work, whatever the browser's storage does. Each test
// stubs storage in an init script (before any of the app's code runs) and
// checks that the app boots, that the user is told at once when saving does
// not work, and that the work is still there or can be exported.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioLink } from '../src/scenario/codec.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { collectErrors, onlyServer } from './lab-helpers.ts';

const mine: Scenario = { ...onlyServer(), name: 'My own system' };

/** Seeds the user's work as older builds saved it (localStorage), read when nothing newer is saved. */
async function seedWork(page: Page, scenario: Scenario | string = mine): Promise<void> {
  await page.addInitScript((text) => {
    try {
      localStorage.setItem('nines:autosave@1', text);
    } catch {
      // Storage stubbed to throw: nothing can be seeded, which is the point.
    }
  }, typeof scenario === 'string' ? scenario : JSON.stringify(scenario));
}

/** Every write refused as over quota, by IndexedDB and by localStorage (runs in the page). */
const storageFull = () => {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  IDBObjectStore.prototype.put = full;
  Storage.prototype.setItem = full;
};

const noIndexedDb = () => Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });

async function booted(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

/** Clicks `button` and returns the text of the file it downloads. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test('storage full: the app says so at once, keeps the work on screen, and exports it', async ({ page }) => {
  const errors = collectErrors(page);
  await seedWork(page);
  // Seeding ran first; from here on nothing fits.
  await page.addInitScript(storageFull);
  await page.goto('/');
  await booted(page);
  const notice = page.getByTestId('save-status');
  await expect(notice).toContainText('storage for Nines is full');
  await expect(notice).toContainText('kept in this tab only: export it to keep it');
  await expect(page.getByText('My own system').first()).toBeVisible();
  const file = await downloaded(page, () => notice.getByRole('button', { name: 'Export scenario (JSON)' }).click());
  expect(file.name).toBe('my-own-system.json');
  expect(JSON.parse(file.text)).toMatchObject({ format: 'nines/scenario@1', name: 'My own system' });
  // New scenario no longer promises Recent.
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('dialog').or(page.getByRole('alertdialog'))).toContainText('This browser cannot keep it');
  expect(errors).toEqual([]);
});

test('storage full, a link pasted into the open tab: the replaced work is named and still under Recent', async ({ page }) => {
  const errors = collectErrors(page);
  await seedWork(page);
  await page.addInitScript(storageFull);
  await page.goto('/');
  await booted(page);
  await expect(page.locator('.scenario-name')).toHaveText('My own system');
  const hash = new URL(encodeScenarioLink({ ...onlyServer(), name: 'From a link' }, 'http://x/')).hash;
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('.scenario-name')).toHaveText('From a link');
  await expect(page.getByText('“My own system” was replaced by the link, and this browser cannot save it')).toBeVisible();
  await page.getByRole('button', { name: /^Recent/ }).click();
  await page.locator('#recent-list').getByRole('button', { name: 'My own system' }).click();
  // Nothing can be kept, so going back asks first (the link's scenario would be lost otherwise).
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.locator('.scenario-name')).toHaveText('My own system');
  expect(errors).toEqual([]);
});

test('setItem throwing (site storage turned off), no IndexedDB: told at once', async ({ page }) => {
  await seedWork(page);
  await page.addInitScript(noIndexedDb);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await booted(page);
  await expect(page.getByText('My own system').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText('refused to save your work');
});

test('getItem throwing: the app boots, says it will not write what it cannot read, and offers Export', async ({ page }) => {
  await page.addInitScript(noIndexedDb);
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/');
  await booted(page);
  const notice = page.getByTestId('save-status');
  await expect(notice).toContainText('could not read this browser’s storage');
  await expect(notice.getByRole('button', { name: 'Export scenario (JSON)' })).toBeVisible();
});

test('storage absent (no IndexedDB, localStorage throws on access): the app boots and says so', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(noIndexedDb);
  await page.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    }),
  );
  await page.goto('/');
  await booted(page);
  await expect(page.getByTestId('save-status')).toContainText('offers Nines no storage');
  expect(errors).toEqual([]);
});

test('unreadable saved work with storage that throws on write: the app boots, tells, and offers the unreadable copy', async ({ page }) => {
  const garbage = '{"format":"nines/scenario@1","name":"half a file","nodes":[{"id":';
  await seedWork(page, garbage);
  await page.addInitScript(storageFull);
  await page.goto('/');
  await booted(page);
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved work could not be read' });
  await expect(notice).toBeVisible();
  await expect(page.getByTestId('save-status')).toBeVisible();
  const file = await downloaded(page, () => notice.getByRole('button', { name: 'Download the unreadable copy' }).click());
  expect(file.text).toBe(garbage);
});

for (const where of ['IndexedDB', 'localStorage only'] as const) {
  test(`six big links in a row (${where}): the user’s work stays under Recent`, async ({ page }) => {
    test.setTimeout(120_000);
    await seedWork(page);
    if (where === 'localStorage only') await page.addInitScript(noIndexedDb);
    await page.goto('/');
    await booted(page);
    await expect(page.getByText('My own system').first()).toBeVisible();
    for (let i = 0; i < 6; i++) {
      // 1.4 million characters of meta each: six of them are far more than a 5 MB localStorage holds.
      const big: Scenario = { ...onlyServer(), name: `Big link ${i}`, meta: { pad: `${i}ab`.repeat(470_000) } };
      const hash = new URL(encodeScenarioLink(big, 'http://x/')).hash;
      await page.evaluate((h) => (window.location.hash = h), hash);
      await expect(page.locator('.scenario-name')).toHaveText(`Big link ${i}`);
    }
    await page.waitForTimeout(500);
    await page.reload();
    await booted(page);
    await expect(page.locator('.scenario-name')).toHaveText('Big link 5');
    await page.getByRole('button', { name: /^Recent/ }).click();
    const entry = page.locator('#recent-list').getByRole('button', { name: 'My own system' });
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page.locator('.scenario-name')).toHaveText('My own system');
    await expect(page.getByTestId('save-status')).toHaveCount(0);
  });
}
