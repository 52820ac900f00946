// The new kinds in the lab, by hand: drag a DNS node, a cache and a queue onto
// the canvas with the rest of a small system, wire them, run it, flush the
// cache and read its hit ratio drop under its name, and the flush in the log.
import { expect, test, type Page } from '@playwright/test';
import { connect, dropKind, newScenario, node } from './editor-helpers.ts';

// Screenshots for a person to look at, when asked for (NEW_KINDS_SHOTS=dir, NEW_KINDS_VIEWPORT=1280x720).
const SHOTS = process.env.NEW_KINDS_SHOTS;
const [viewW, viewH] = (process.env.NEW_KINDS_VIEWPORT ?? '1440x900').split('x').map(Number);
test.use({ viewport: { width: viewW, height: viewH } });

/** The cache's readout under its name: "97 % hits" → 97 (null while it shows no ratio). */
async function hitPercent(page: Page): Promise<number | null> {
  const text = ((await node(page, 'cache-1').locator('.node-state').textContent()) ?? '').replace(/\u00a0/g, ' ');
  const match = /(\d+) % hits/.exec(text);
  return match ? Number(match[1]) : null;
}

test('drag a DNS node, a cache and a queue in, wire them, run, flush the cache and see its hit ratio drop', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await newScenario(page);

  await dropKind(page, 'Client', 0.08, 0.5);
  await dropKind(page, 'DNS', 0.24, 0.5);
  await dropKind(page, 'Server', 0.42, 0.32);
  await dropKind(page, 'Cache', 0.62, 0.32);
  await dropKind(page, 'Database', 0.82, 0.32);
  await dropKind(page, 'Queue', 0.62, 0.7);
  await dropKind(page, 'Server', 0.82, 0.7);
  for (const id of ['users-1', 'dns-1', 'web-1', 'cache-1', 'db-1', 'queue-1', 'web-2']) await expect(node(page, id)).toBeVisible();

  // A balancer cannot look up DNS: only clients do (the validator's reason, at the pointer).
  await connect(page, 'web-1', 'dns-1');
  await expect(page.locator('.editor-tip')).toContainText('only clients look up a dns node');

  await connect(page, 'users-1', 'dns-1');
  await connect(page, 'dns-1', 'web-1');
  await connect(page, 'web-1', 'cache-1');
  await connect(page, 'cache-1', 'db-1');
  await connect(page, 'web-1', 'queue-1');
  await connect(page, 'queue-1', 'web-2');
  await expect(page.locator('[data-link-id]')).toHaveCount(6);

  // Fewer keys, so the cache warms in seconds.
  await node(page, 'users-1').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('textbox', { name: 'Distinct keys' }).fill('50');
  await expect(inspector.getByRole('combobox', { name: 'Key distribution' })).toHaveValue('uniform');
  await expect(inspector.getByRole('textbox', { name: 'Resolver groups' })).toHaveAttribute('placeholder', '100');

  await node(page, 'cache-1').click();
  await expect(inspector.getByRole('textbox', { name: 'Time to live' })).toHaveValue('60000');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => hitPercent(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(95);
  await expect(page.getByRole('img', { name: 'cache-1 hit ratio chart' }).or(page.getByLabel('cache-1 hit ratio chart'))).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/new-kinds-running-${page.viewportSize()!.width}.png` });

  await page.getByRole('button', { name: 'Flush', exact: true }).click();
  // Every read misses until its key is back: the next second's hit ratio is far lower.
  await expect.poll(() => hitPercent(page), { timeout: 15_000, intervals: [100] }).toBeLessThan(80);
  await expect(page.getByText('cache-1: cache flushed')).toBeVisible();
  // And it warms again.
  await expect.poll(() => hitPercent(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(95);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/new-kinds-flushed-${page.viewportSize()!.width}.png` });

  // The DNS node says where its users go; the queue its backlog.
  await expect(node(page, 'dns-1').locator('.node-state')).toHaveText(/web-1 100\s%/);
  await expect(node(page, 'queue-1').locator('.node-state')).toHaveText(/^backlog \d+/);
  if (SHOTS) {
    for (const id of ['dns-1', 'queue-1']) {
      await node(page, id).click();
      await page.screenshot({ path: `${SHOTS}/new-kinds-${id}-${page.viewportSize()!.width}.png` });
    }
  }
});
