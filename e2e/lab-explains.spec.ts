// The lab tells the truth at a glance and shows why: the headline is the
// CLI's figure at the end; scrubbing shows that moment's numbers and node
// states; a partitioned link says so; health-check detection is drawn; an
// edit keeps the run before it; a 720 px projector shows a node's Crash
// button without scrolling; presenter mode enlarges labels.
import { expect, test, type Page } from '@playwright/test';
import { NODE_ROW, ROW, Simulation, runScenario } from '../src/engine/index.ts';
import { getExample } from '../src/scenario/index.ts';
import { formatPercent } from '../src/app/format.ts';
import { availability, openLab, runToEnd, simSeconds } from './lab-helpers.ts';

const redundancy = () => getExample('redundancy').scenario;

/** Seeks with the timeline's keyboard: Home, then → a second at a time. */
async function seekTo(page: Page, seconds: number): Promise<void> {
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < seconds; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => simSeconds(page)).toBe(seconds);
}

/** The whole-run availability the engine's rows give at `ms`. */
function wholeRunAt(ms: number): number {
  const sim = new Simulation(redundancy(), { recordSpans: true });
  sim.runUntil(ms);
  const width = ROW.size + sim.topology.nodeIds.length * NODE_ROW.size;
  const rows = sim.takeRows();
  const last = rows.subarray(rows.length - width);
  return last[ROW.succeededTotal] / last[ROW.finishedTotal];
}

test('at the end the whole-run headline is the CLI’s availability, to the digit shown', async ({ page }) => {
  const expected = runScenario(redundancy());
  await openLab(page, redundancy());
  await runToEnd(page);
  await expect(availability(page)).toHaveText(formatPercent(expected.availability));
  await expect(page.getByText('1 min 00.0 s').first()).toBeVisible();
});

test('scrubbed into the outage: that moment’s numbers, node states and backends, never a later one', async ({ page }) => {
  await openLab(page, redundancy());
  await runToEnd(page);
  await seekTo(page, 30);
  await expect(page.locator('[data-node-id="web-2"]')).toHaveAttribute('data-health', 'down');
  await expect(page.locator('[data-node-id="lb"]')).toHaveAccessibleName(/2 of 3 backends/);
  await expect(availability(page)).toHaveText(formatPercent(wholeRunAt(30_000)));
  // The detection span (crash → marked down) is drawn on the charts and said in the log.
  const span = page.locator('.chart-span[data-kind="detect"]').first();
  await expect(span.locator('title')).toHaveText(/marked Web server 2 down after \d\.\d s/);
  await expect(page.getByRole('button', { name: /marked Web server 2 down after \d\.\d s/ })).toBeVisible();
  // Later, the node is back.
  await seekTo(page, 50);
  await expect(page.locator('[data-node-id="web-2"]')).toHaveAttribute('data-health', 'up');
});

test('a partitioned link is drawn cut and named partitioned; the log names the partition’s sides', async ({ page }) => {
  await openLab(page, getExample('split-brain').scenario);
  await runToEnd(page);
  await seekTo(page, 30);
  await expect(page.locator('.link-focus[data-state="cut"]').first()).toHaveAccessibleName(/partitioned/);
  await expect(page.locator('.link[data-state="cut"] .link-cut').first()).toBeAttached();
  await expect(page.getByRole('button', { name: /Partition: site-a \| site-b/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Writes at risk' })).toHaveText(/\d\swrites/);
});

test('after an edit the run before it stays: “was” values, a faint line, and what changed', async ({ page }) => {
  const before = runScenario(redundancy());
  await openLab(page, redundancy());
  await runToEnd(page);
  await page.locator('[data-node-id="lb"]').click();
  await page.getByRole('checkbox', { name: 'Health checks' }).uncheck();
  await expect(page.getByText(/the last run is kept to compare/)).toBeVisible();
  await runToEnd(page);
  await expect(page.getByLabel('Availability, before')).toHaveText(`was ${formatPercent(before.availability)}`);
  await expect(page.getByRole('note').filter({ hasText: 'health check removed on lb' })).toBeVisible();
  await expect(page.locator('.chart-line.s-before').first()).toBeAttached();
  // Opening an example is a new document: no "you changed the scenario", no comparison.
  await page.getByLabel('Open example').selectOption('health-checks');
  await page.getByRole('button', { name: 'Replace' }).click().catch(() => undefined);
  await expect(page.getByText(/You changed the scenario/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Pin this run' })).toBeVisible();
});

test.describe('on a 1280×720 projector', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a selected node’s Crash button and first fields show without scrolling; nothing scrolls sideways', async ({ page }) => {
    await openLab(page, redundancy());
    await page.locator('[data-node-id="web-1"]').click();
    for (const target of [page.getByRole('button', { name: 'Crash', exact: true }), page.getByRole('textbox', { name: 'Workers' })]) {
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(720);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  test('presenter mode enlarges node labels to at least 18 px on screen, and is remembered', async ({ page }) => {
    await openLab(page, getExample('fifty-nodes').scenario);
    const heights = () => page.locator('.node-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const normal = await heights();
    expect(Math.min(...normal)).toBeLessThan(18);
    await page.getByRole('button', { name: 'Presenter' }).click();
    await expect.poll(async () => Math.min(...(await heights()))).toBeGreaterThanOrEqual(18);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Presenter' })).toHaveAttribute('aria-pressed', 'true');
  });
});
