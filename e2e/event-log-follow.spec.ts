// The event log follows its newest entry while the reader is at the bottom,
// and leaves the reader's own scroll position alone once they scroll up.
import { expect, test, type Page } from '@playwright/test';
import type { Fault } from '../src/scenario/types.ts';
import { onlyServer, openLab, waitForSimSeconds } from './lab-helpers.ts';

/** A crash every 2 s for 1 s: two entries (down, up) every 2 simulated seconds, more than the list shows. */
const flapping: Fault[] = Array.from({ length: 40 }, (_, i) => ({ type: 'crash' as const, target: 'web', atMs: 1_000 + i * 2_000, durationMs: 1_000 }));

const list = (page: Page) => page.getByRole('region', { name: 'Event log' }).locator('ol.log-list');
const gapBelow = (page: Page) => list(page).evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);

test('the event log shows its newest entry, and stays where the reader scrolled', async ({ page }) => {
  await openLab(page, onlyServer(flapping, 90_000));
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 30);
  await expect.poll(() => list(page).evaluate((el) => el.scrollHeight > el.clientHeight + 40)).toBe(true);
  // Following: the newest entry is in view.
  await expect.poll(() => gapBelow(page)).toBeLessThanOrEqual(8);
  await expect(list(page).locator('li').last()).toBeInViewport();

  // The reader scrolls to the top; more entries arrive; the list stays at the top.
  await list(page).evaluate((el) => el.scrollTo({ top: 0 }));
  const count = await list(page).locator('li').count();
  await expect.poll(() => list(page).locator('li').count()).toBeGreaterThan(count + 2);
  expect(await list(page).evaluate((el) => el.scrollTop)).toBe(0);

  // Back at the bottom, it follows again.
  await list(page).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const again = await list(page).locator('li').count();
  await expect.poll(() => list(page).locator('li').count()).toBeGreaterThan(again + 2);
  await expect.poll(() => gapBelow(page)).toBeLessThanOrEqual(8);
});
