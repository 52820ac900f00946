// A long run in the lab: a month of one server that fails at random (MTBF
// 30 days, MTTR 1 hour, 1 request a second: 2.6 million requests) runs to the
// end without blocking the page for long, its axes count days, and the
// availability readout says it as downtime a year. The browser's trace hash
// is the CLI's. Besides the random failures (a month may hold none, and
// which seed does changes with the engine's streams) a crash of one hour on
// day 10 makes sure there is downtime to speak of. Long tasks are printed,
// not asserted: timings belong in the benchmarks. (A whole year takes ~45 s
// here; the CLI test covers it.)
import { expect, test } from '@playwright/test';
import { runScenario } from '../src/engine/index.ts';
import type { Scenario } from '../src/scenario/types.ts';
import { collectErrors, openLab, runToEnd } from './lab-helpers.ts';

const DAY_MS = 86_400_000;

const month: Scenario = {
  format: 'nines/scenario@1',
  name: 'A month of one server',
  seed: 3,
  durationMs: 30 * DAY_MS,
  nodes: [
    { id: 'users', type: 'client', label: 'Users', x: 100, y: 200, rate: 1 },
    { id: 'web', type: 'server', label: 'Web', x: 400, y: 200, failure: { mtbfMs: 30 * DAY_MS, mttrMs: 3_600_000 } },
  ],
  links: [{ from: 'users', to: 'web' }],
  faults: [{ atMs: 10 * DAY_MS, type: 'crash', target: 'web', durationMs: 3_600_000 }],
};

test('a month runs to the end with axes in days and downtime a year in the readout', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await openLab(page, month);
  await page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await runToEnd(page);
  await expect(page.getByLabel('Trace hash')).toHaveText(runScenario(month).traceHash, { timeout: 120_000 });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(`long tasks in a month's Run to end: ${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms`);
  await expect(page.locator('.tl-axis')).toContainText('30\u00a0d');
  await expect(page.getByRole('group', { name: 'Metrics over time' })).toContainText('30\u00a0d');
  await expect(page.getByRole('region', { name: 'Readouts' })).toContainText(/\d\.\d nines — [\d.]+ (h|days|min) of downtime a year/);
  expect(errors).toEqual([]);
});
