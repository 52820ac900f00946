// Browser figures for the live lab, printed (never asserted): run with
// `npm run bench:browser`. It builds the app, serves it with vite preview
// on a private port, and in headless Chromium measures
//   1. frames per second while the 50-node example plays at 1× (1,000 req/s),
//      against an empty page's requestAnimationFrame rate in the same browser,
//      and long tasks (> 50 ms) on the main thread over 30 s at 100×;
//   2. a 500-node, 2,000-link system: long tasks in steady play at 1×, how
//      long a click on a node takes to show it in the inspector (timed in the
//      page, from the pointer event to the frame after the inspector's
//      heading names it), and long tasks while it runs to the end;
//   3. Run to end in the worker on M/M/10 (800 req/s, 10 workers, 1 simulated
//      hour) in simulated requests per wall second, next to the engine in
//      Node, run in the same process right after.
// `BENCH_ONLY=fps|500|mm10` runs one part; `BENCH_REPEAT=n` runs each part n
// times and prints every run, then the median and the spread (min–max).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runScenario } from '../src/engine/index.ts';
import { encodeScenarioLink, getExample } from '../src/scenario/index.ts';
import { build, runMain, withServedBrowser } from './browser-env.ts';
import { mm10 } from './cases.ts';
import { LONG_TASK_PROBE, describeFrame, largeCase, longTasks, median, waitForTraceHash, type LargeFigures } from './large-system.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4517);
const BASE = `http://127.0.0.1:${PORT}/`;
const FPS_SECONDS = 10;
const LONG_TASK_SECONDS = 30;
const ONLY = process.env.BENCH_ONLY ?? 'all';
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));

/**
 * requestAnimationFrame callbacks per second over `seconds`. The page code is
 * a string: tsx would wrap a function with helpers the page does not have.
 */
function rafRate(page: Page, seconds: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames++;
      const elapsed = performance.now() - start;
      if (elapsed < ${seconds * 1000}) requestAnimationFrame(tick);
      else resolve((frames / elapsed) * 1000);
    };
    requestAnimationFrame(tick);
  })`);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const longest = (xs: readonly number[]) => Math.max(0, ...xs);
const tasks = (xs: readonly number[]) => `${xs.length}${xs.length ? `  (longest ${fmt(longest(xs))} ms)` : ''}`;
/** "median [min–max]" of one figure over the runs. */
function spread(xs: readonly number[], digits = 0, unit = ''): string {
  return `${fmt(median(xs), digits)}${unit}  [${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)}]`;
}

interface FpsFigures { emptyFps: number; appFps: number; long1x: number[]; longMax: number[]; restarts: number }

async function fpsCase(page: Page): Promise<FpsFigures> {
  await page.goto('about:blank');
  const emptyFps = await rafRate(page, FPS_SECONDS);
  await page.goto(encodeScenarioLink(getExample('fifty-nodes').scenario, BASE));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(2_000);
  const before1x = (await longTasks(page)).length;
  const appFps = await rafRate(page, FPS_SECONDS);
  const long1x = (await longTasks(page)).slice(before1x);
  await page.getByLabel('Speed').selectOption({ label: '100×' });
  const beforeMax = (await longTasks(page)).length;
  const until = Date.now() + LONG_TASK_SECONDS * 1000;
  let restarts = 0;
  while (Date.now() < until) {
    await page.waitForTimeout(500);
    // At top speed the minute ends quickly; Play again replays it from 0 s.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    if (await play.isVisible()) {
      await play.click();
      restarts++;
    }
  }
  const longMax = (await longTasks(page)).slice(beforeMax);
  await page.getByRole('button', { name: 'Pause', exact: true }).click().catch(() => undefined);
  return { emptyFps, appFps, long1x, longMax, restarts };
}

function printFps(f: FpsFigures): void {
  console.log('\n50-node example in headless Chromium');
  console.log(`  empty page rAF rate                 ${fmt(f.emptyFps, 1)} frames/s`);
  console.log(`  50-node example at 1× (1,000 req/s) ${fmt(f.appFps, 1)} frames/s  = ${fmt(f.appFps / f.emptyFps, 2)} of the empty page`);
  console.log(`  long tasks at 1× over ${FPS_SECONDS} s          ${tasks(f.long1x)}`);
  console.log(`  long tasks at 100× over ${LONG_TASK_SECONDS} s        ${tasks(f.longMax)}  (${f.restarts} replays of the minute)`);
}

function printLarge(f: LargeFigures): void {
  console.log('\n500 nodes, 2,000 links (1,000 req/s)');
  console.log(`  long tasks in steady play at 1× over 10 s   ${tasks(f.longPlay)}`);
  console.log(`  click → node in the inspector               median ${fmt(median(f.clicks.map((c) => c.ms)))} ms  (each: ${f.clicks.map((c) => fmt(c.ms)).join(', ')} ms)`);
  console.log(`    Event Timing of the click                 median ${fmt(median(f.clicks.map((c) => c.eventMs)))} ms`);
  console.log(`  long tasks while running to the end         ${tasks(f.longToEnd)}`);
  if (f.worstPlayFrame) console.log(`  longest frame in steady play   ${describeFrame(f.worstPlayFrame)}`);
  if (f.worstEndFrame) console.log(`  longest frame running to the end   ${describeFrame(f.worstEndFrame)}`);
}

interface SpeedFigures { requests: number; wallMs: number; nodeRequests: number; nodeWallMs: number; browserHash: string | null; nodeHash: string }

async function speedCase(page: Page): Promise<SpeedFigures> {
  const mm = mm10(3_600_000);
  await page.goto(encodeScenarioLink(mm, BASE));
  // The figures are on the right panel's Run details tab.
  await page.getByRole('tab', { name: 'Run details' }).click();
  await page.getByRole('button', { name: 'Run to end' }).click();
  await waitForTraceHash(page);
  const speed = page.getByLabel('Run to end', { exact: true });
  await speed.waitFor({ state: 'attached', timeout: 600_000 });
  const requests = Number(await speed.getAttribute('data-requests'));
  const wallMs = Number(await speed.getAttribute('data-wall-ms'));
  const browserHash = await page.getByLabel('Trace hash').textContent();
  await page.goto('about:blank');
  const started = process.hrtime.bigint();
  const report = runScenario(mm);
  const nodeWallMs = Number(process.hrtime.bigint() - started) / 1e6;
  return { requests, wallMs, nodeRequests: report.requests.total, nodeWallMs, browserHash, nodeHash: report.traceHash };
}

const perSec = (n: number, ms: number) => (n / ms) * 1000;
const ratio = (f: SpeedFigures) => perSec(f.requests, f.wallMs) / perSec(f.nodeRequests, f.nodeWallMs);

function printSpeed(f: SpeedFigures): void {
  console.log('\nRun to end, M/M/10, 800 req/s, 1 simulated hour');
  console.log(`  in the worker   ${fmt(f.requests)} requests in ${fmt(f.wallMs / 1000, 2)} s  = ${fmt(perSec(f.requests, f.wallMs) / 1e6, 2)} M simulated req/s`);
  console.log(`  engine in Node  ${fmt(f.nodeRequests)} requests in ${fmt(f.nodeWallMs / 1000, 2)} s  = ${fmt(perSec(f.nodeRequests, f.nodeWallMs) / 1e6, 2)} M simulated req/s`);
  console.log(`  worker / Node   ${fmt(ratio(f), 2)}`);
  console.log(`  trace hash      browser ${f.browserHash}  node ${f.nodeHash}  ${f.browserHash === f.nodeHash ? '(equal)' : '(DIFFERENT)'}`);
}

function printMedians(fps: FpsFigures[], large: LargeFigures[], speed: SpeedFigures[]): void {
  console.log(`\nMedians of ${REPEAT} runs  [min–max]`);
  if (fps.length) console.log(`  50 nodes at 1×: fps ratio ${spread(fps.map((f) => f.appFps / f.emptyFps), 2)}; long tasks at 100× ${spread(fps.map((f) => f.longMax.length))}`);
  if (large.length) {
    console.log(`  500 nodes, play at 1×: long tasks ${spread(large.map((f) => f.longPlay.length))}, longest ${spread(large.map((f) => longest(f.longPlay)), 0, ' ms')}`);
    console.log(`  500 nodes, click → inspector (median of each run's ${large[0].clicks.length}): ${spread(large.map((f) => median(f.clicks.map((c) => c.ms))), 0, ' ms')}; Event Timing ${spread(large.map((f) => median(f.clicks.map((c) => c.eventMs))), 0, ' ms')}`);
    console.log(`  500 nodes, Run to end: long tasks ${spread(large.map((f) => f.longToEnd.length))}, longest ${spread(large.map((f) => longest(f.longToEnd)), 0, ' ms')}`);
  }
  if (speed.length) console.log(`  Run to end, worker / Node: ${spread(speed.map(ratio), 2)}`);
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'nines-bench-'));
  console.log('building…');
  await build(outDir);
  const fps: FpsFigures[] = [];
  const large: LargeFigures[] = [];
  const speed: SpeedFigures[] = [];
  await withServedBrowser(outDir, PORT, async (browser) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(LONG_TASK_PROBE);
    const page = await context.newPage();
    for (let i = 0; i < REPEAT; i++) {
      if (REPEAT > 1) console.log(`\n— run ${i + 1} of ${REPEAT}`);
      if (ONLY === 'all' || ONLY === 'fps') printFps(fps[fps.push(await fpsCase(page)) - 1]);
      if (ONLY === 'all' || ONLY === '500') printLarge(large[large.push(await largeCase(page, BASE)) - 1]);
      if (ONLY === 'all' || ONLY === 'mm10') printSpeed(speed[speed.push(await speedCase(page)) - 1]);
    }
    if (REPEAT > 1) printMedians(fps, large, speed);
  });
}

runMain(main);
