// Reading and seeding what Nines keeps in the browser (IndexedDB, database
// "nines", store "saved"; localStorage only as a fallback), for the e2e tests.
import type { Page } from '@playwright/test';

/** The text stored under `key` in IndexedDB, or null. */
export async function idbText(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (k) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('nines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('saved')) return resolve(null);
          const get = db.transaction('saved').objectStore('saved').get(k);
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null);
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

async function workText(page: Page): Promise<string | null> {
  return (await idbText(page, 'nines:work@2')) ?? (await page.evaluate(() => localStorage.getItem('nines:work@2')));
}

/**
 * The scenario saved as the work on screen (what a reload brings back),
 * wherever it was saved. Saving is asynchronous (IndexedDB), so this waits
 * until the saved value has stayed the same for 150 ms.
 */
export async function savedWork<T = Record<string, unknown>>(page: Page): Promise<T | null> {
  let text = await workText(page);
  for (let stable = 0, tries = 0; stable < 3 && tries < 60; tries++) {
    await page.waitForTimeout(50);
    const next = await workText(page);
    stable = next === text ? stable + 1 : 0;
    text = next;
  }
  return text ? (JSON.parse(text) as { scenario: T }).scenario : null;
}
