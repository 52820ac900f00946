// The data lessons on screen: the readouts show what the engine measured
// for replication and failover, and a manual promotion from the Break panel
// is recorded and replays.
import { expect, test } from '@playwright/test';
import { runScenario } from '../src/engine/index.ts';
import { getExample, type Scenario } from '../src/scenario/index.ts';
import { savedWork } from './storage-helpers.ts';
import { openLab, runToEnd, waitForSimSeconds } from './lab-helpers.ts';

test('split brain: lost writes and the event log agree with the CLI', async ({ page }) => {
  const scenario = getExample('split-brain').scenario;
  const expected = runScenario(scenario);
  expect(expected.data.writesLost).toBeGreaterThan(0);
  await openLab(page, scenario);
  await runToEnd(page);
  await expect(page.getByLabel('Lost writes', { exact: true })).toHaveText(`${expected.data.writesLost.toLocaleString('en-US')}\u00a0writes`);
  await expect(page.getByRole('button', { name: /promoted to primary/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Split brain/ }).first()).toBeVisible();
  await expect(page.getByLabel('Trace hash')).toHaveText(expected.traceHash);
});

test('Promote on a replica is a manual failover, recorded so the link replays it', async ({ page }) => {
  const base = getExample('async-vs-sync').scenario;
  const scenario = { ...base, faults: [], clusters: base.clusters?.map((c) => ({ ...c, failover: { mode: 'manual' as const } })) };
  await openLab(page, scenario);
  await page.getByLabel('Speed').selectOption('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForSimSeconds(page, 3);
  await page.locator('[data-node-id="db-2"]').click();
  await page.getByRole('button', { name: 'Promote', exact: true }).click();
  await expect(page.getByRole('button', { name: /promoted to primary of orders \(manual\)/ }).first()).toBeVisible();
  await runToEnd(page);
  const hash = await page.getByLabel('Trace hash').textContent();
  // The scenario on screen (autosaved) now holds the promotion at the moment it was pressed.
  const saved = (await savedWork<Scenario>(page))!;
  expect(saved.faults).toHaveLength(1);
  expect(saved.faults?.[0]).toMatchObject({ type: 'promote', target: 'db-2' });
  const replay = runScenario(saved);
  expect(replay.data.failovers).toBe(1);
  expect(hash).toBe(replay.traceHash);
});
