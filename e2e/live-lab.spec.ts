// The live lab in a real browser against the built app: it loads cleanly,
// plays, breaks, rewinds, reloads to the same numbers, and agrees with the CLI.
import { expect, test } from '@playwright/test';
import { runScenario } from '../src/engine/index.ts';
import { decodeScenarioFragment } from '../src/scenario/codec.ts';
import {
  availability, availabilityValue, collectErrors, onlyServer, openLab, runToEnd, simSeconds, simTime, waitForSimSeconds,
} from './lab-helpers.ts';

test('opens the example with a hint and no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  await expect(page.getByRole('note')).toContainText('Press Play');
  await expect(simTime(page)).toHaveText(/0\.0\s*s/);
  await expect(page.locator('[data-node-id]').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('Play advances simulated time and requests move on the traffic layer', async ({ page }) => {
  const errors = collectErrors(page);
  await openLab(page);
  const traffic = page.getByTestId('traffic');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 1);
  const first = await traffic.screenshot();
  await page.waitForTimeout(300);
  const second = await traffic.screenshot();
  expect(first.equals(second)).toBe(false);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const paused = await simSeconds(page);
  await page.waitForTimeout(500);
  expect(await simSeconds(page)).toBe(paused);
  expect(errors).toEqual([]);
});

test('crashing the only server drops availability; Recover restores it; seeking back shows the earlier numbers', async ({ page }) => {
  await openLab(page, onlyServer());
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 12);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(availability(page)).toContainText('100');

  await page.locator('[data-node-id="web"]').click();
  await page.getByRole('button', { name: 'Crash', exact: true }).click();
  // Paused, the crash shows at once: the shown time moves to it (the next whole millisecond).
  await expect(page.locator('[data-node-id="web"]')).toHaveAttribute('data-health', 'down');
  await expect(page.getByRole('button', { name: 'Recover', exact: true })).toBeVisible();
  const beforeTime = await simTime(page).textContent();
  const beforeAvailability = await availability(page).textContent();
  expect(beforeAvailability).toContain('100');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => availabilityValue(page, 'recent'), { timeout: 30_000 }).toBeLessThan(0.5);
  await expect(page.locator('[data-readout="availability"]')).toContainText('nines');

  await page.getByRole('button', { name: 'Recover', exact: true }).click();
  // The whole run keeps the outage; the last 10 s recover fully.
  await expect.poll(() => availabilityValue(page, 'recent'), { timeout: 30_000 }).toBe(1);
  expect(await availabilityValue(page)).toBeLessThan(1);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // The crash's entry in the log takes us back to the moment it happened.
  await page.getByRole('button', { name: /Web crashed/ }).first().click();
  await expect(simTime(page)).toHaveText(beforeTime ?? '');
  await expect(availability(page)).toHaveText(beforeAvailability ?? '');
});

test('a reload of the same link gives the same numbers, and the trace hash equals the CLI run', async ({ page }) => {
  const scenario = onlyServer([{ type: 'crash', target: 'web', atMs: 20_000, durationMs: 5_000 }], 40_000);
  await openLab(page, scenario);
  await runToEnd(page);
  const first = {
    availability: await availability(page).textContent(),
    p99: await page.getByLabel('p99 latency', { exact: true }).textContent(),
    hash: await page.getByLabel('Trace hash').textContent(),
  };
  await page.reload();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await runToEnd(page);
  expect({
    availability: await availability(page).textContent(),
    p99: await page.getByLabel('p99 latency', { exact: true }).textContent(),
    hash: await page.getByLabel('Trace hash').textContent(),
  }).toEqual(first);
  expect(first.hash).toBe(runScenario(scenario).traceHash);
});

test('faults injected live are recorded: the shared link replays with the CLI trace hash', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLab(page, onlyServer([], 30_000));
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 5);
  await page.locator('[data-node-id="web"]').click();
  await page.getByRole('button', { name: 'Crash', exact: true }).click();
  await waitForSimSeconds(page, 8);
  await page.getByRole('button', { name: 'Recover', exact: true }).click();
  await runToEnd(page);
  const hash = await page.getByLabel('Trace hash').textContent();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const decoded = decodeScenarioFragment(new URL(link).hash);
  if (!decoded.ok) throw new Error(decoded.error);
  expect(decoded.scenario.faults).toHaveLength(1);
  expect(decoded.scenario.faults?.[0]).toMatchObject({ type: 'crash', target: 'web' });
  expect(hash).toBe(runScenario(decoded.scenario).traceHash);
});

test('keyboard: Space plays and pauses, arrows step; nodes are focusable by name', async ({ page }) => {
  await openLab(page, onlyServer());
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.locator('body').press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const at = await simSeconds(page);
  await page.locator('body').press('ArrowRight');
  await expect.poll(() => simSeconds(page)).toBeCloseTo(at + 0.1, 5);
  await page.locator('body').press('ArrowLeft');
  await expect.poll(() => simSeconds(page)).toBeCloseTo(at, 5);
  for (const name of ['Step', 'Reset']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByLabel('Speed')).toBeVisible();
  const node = page.getByRole('button', { name: /^Web, .*server/ });
  await node.focus();
  await expect(node).toBeFocused();
});

test('a context menu and a zone outage break things too; the timeline seeks back', async ({ page }) => {
  const scenario = onlyServer();
  scenario.nodes[1].zone = 'zone-a';
  await openLab(page, scenario);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 15);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.locator('[data-node-id="web"]').click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Slow' }).click();
  await expect(page.locator('[data-node-id="web"]')).toHaveAttribute('data-health', 'degraded');
  await expect(page.getByRole('button', { name: /^Web, slow ×5, server/ })).toBeVisible();

  await page.getByRole('button', { name: 'Zone zone-a' }).click();
  await page.getByRole('button', { name: 'Zone outage', exact: true }).click();
  await expect(page.locator('[data-node-id="web"]')).toHaveAttribute('data-health', 'down');
  await expect(page.getByRole('button', { name: 'Restore zone', exact: true })).toBeVisible();

  // Click the timeline a third of the way along: about 20 s of the minute, before the faults.
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  const box = await timeline.boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.click(box.x + 16 + (box.width - 40) / 6, box.y + box.height / 2);
  await expect.poll(() => simSeconds(page)).toBeLessThan(12);
  await expect(page.locator('[data-node-id="web"]')).toHaveAttribute('data-health', 'up');
});
