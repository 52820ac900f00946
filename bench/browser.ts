// Browser figures for the live lab, printed (never asserted): run with
// `npx tsx bench/browser.ts`. It builds the app, serves it with vite preview
// on a private port, and in headless Chromium measures
//   1. frames per second while the 50-node example plays at 1× (1,000 req/s),
//      against an empty page's requestAnimationFrame rate in the same browser;
//   2. long tasks (> 50 ms) on the main thread over 30 s at 100×;
//   3. a 500-node, 2,000-link system: long tasks in steady play at 1×, how
//      long a click on a node takes to show it in the inspector, and long
//      tasks while it runs to the end;
//   4. Run to end in the worker on M/M/10 (800 req/s, 10 workers, 1 simulated
//      hour) in simulated requests per wall second, next to the engine in Node.
// `BENCH_ONLY=500` runs only (3); `BENCH_REPEAT=n` repeats (3) n times and prints each and the median.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { runScenario } from '../src/engine/index.ts';
import { encodeScenarioLink } from '../src/scenario/codec.ts';
import { getExample } from '../src/scenario/examples/index.ts';
import { mm10 } from './cases.ts';
import { clickLatencies, largeSystem, median } from './large-system.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4517);
const BASE = `http://127.0.0.1:${PORT}/`;
const FPS_SECONDS = 10;
const LONG_TASK_SECONDS = 30;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function serve(outDir: string): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--strictPort', '--port', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

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

const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate('window.__longTasks.slice()');
}

interface LargeFigures {
  longPlay: number[];
  clicks: number[];
  longToEnd: number[];
}

/** The 500-node case: steady play at 1× (after 3 s to settle), clicks on five nodes while it plays, then Run to end. */
async function largeCase(page: Page): Promise<LargeFigures> {
  await page.goto(encodeScenarioLink(largeSystem(), BASE));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(3_000);
  const before = (await longTasks(page)).length;
  await page.waitForTimeout(10_000);
  const longPlay = (await longTasks(page)).slice(before);
  const clicks = await clickLatencies(page, ['web-5', 'web-123', 'db-7', 'lb-3', 'web-399']);
  // At 1× the minute may be over by now; then there is nothing to pause.
  await page.getByRole('button', { name: 'Pause', exact: true }).click({ timeout: 2_000 }).catch(() => undefined);
  await page.getByRole('button', { name: 'Reset' }).click();
  const beforeEnd = (await longTasks(page)).length;
  await page.getByRole('button', { name: 'Run to end' }).click();
  await page.getByRole('tab', { name: 'Run details' }).click();
  await page.getByLabel('Trace hash').filter({ hasText: /^[0-9a-f]{8,}$/ }).waitFor({ timeout: 600_000 });
  const longToEnd = (await longTasks(page)).slice(beforeEnd);
  return { longPlay, clicks, longToEnd };
}

function printLarge(f: LargeFigures): void {
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
  const tasks = (xs: number[]) => `${xs.length}${xs.length ? `  (longest ${fmt(Math.max(...xs))} ms)` : ''}`;
  console.log('\n500 nodes, 2,000 links (1,000 req/s)');
  console.log(`  long tasks in steady play at 1× over 10 s   ${tasks(f.longPlay)}`);
  console.log(`  click → node in the inspector               median ${fmt(median(f.clicks))} ms  (each: ${f.clicks.map(fmt).join(', ')} ms)`);
  console.log(`  long tasks while running to the end         ${tasks(f.longToEnd)}`);
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'nines-bench-'));
  console.log('building…');
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error']);
  const server = await serve(outDir);
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(LONG_TASK_PROBE);
    const page = await context.newPage();

    if (process.env.BENCH_ONLY === '500') {
      const runs = Number(process.env.BENCH_REPEAT ?? 1);
      const all: LargeFigures[] = [];
      for (let i = 0; i < runs; i++) {
        all.push(await largeCase(page));
        printLarge(all[all.length - 1]);
      }
      if (runs > 1) {
        console.log(`\nmedians of ${runs} runs: long tasks at 1× ${median(all.map((f) => f.longPlay.length))}, longest ${median(all.map((f) => Math.max(0, ...f.longPlay)))} ms; click ${median(all.map((f) => median(f.clicks))).toFixed(0)} ms; long tasks to the end ${median(all.map((f) => f.longToEnd.length))}, longest ${median(all.map((f) => Math.max(0, ...f.longToEnd))).toFixed(0)} ms`);
      }
      return;
    }
    await page.goto('about:blank');
    const emptyFps = await rafRate(page, FPS_SECONDS);

    const fifty = getExample('fifty-nodes').scenario;
    await page.goto(encodeScenarioLink(fifty, BASE));
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

    const large = await largeCase(page);

    const mm = mm10(3_600_000);
    await page.goto(encodeScenarioLink(mm, BASE));
    await page.getByRole('button', { name: 'Run to end' }).click();
    // The figures are on the right panel's Run details tab.
    await page.getByRole('tab', { name: 'Run details' }).click();
    const speed = page.getByLabel('Run to end', { exact: true });
    await speed.waitFor({ state: 'attached', timeout: 600_000 });
    const requests = Number(await speed.getAttribute('data-requests'));
    const wallMs = Number(await speed.getAttribute('data-wall-ms'));
    const browserHash = await page.getByLabel('Trace hash').textContent();

    const started = process.hrtime.bigint();
    const report = runScenario(mm);
    const nodeWallMs = Number(process.hrtime.bigint() - started) / 1e6;

    const perSec = (n: number, ms: number) => (n / ms) * 1000;
    const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
    console.log('\nLive lab in headless Chromium');
    console.log(`  empty page rAF rate                 ${fmt(emptyFps)} frames/s`);
    console.log(`  50-node example at 1× (1,000 req/s) ${fmt(appFps)} frames/s  = ${fmt(appFps / emptyFps, 2)} of the empty page`);
    console.log(`  long tasks at 1× over ${FPS_SECONDS} s          ${long1x.length}${long1x.length ? `  (longest ${fmt(Math.max(...long1x), 0)} ms)` : ''}`);
    console.log(`  long tasks at 100× over ${LONG_TASK_SECONDS} s        ${longMax.length}${longMax.length ? `  (longest ${fmt(Math.max(...longMax), 0)} ms)` : ''}  (${restarts} replays of the minute)`);
    printLarge(large);
    console.log('\nRun to end, M/M/10, 800 req/s, 1 simulated hour');
    console.log(`  in the worker   ${fmt(requests, 0)} requests in ${fmt(wallMs / 1000, 2)} s  = ${fmt(perSec(requests, wallMs) / 1e6, 2)} M simulated req/s`);
    console.log(`  engine in Node  ${fmt(report.requests.total, 0)} requests in ${fmt(nodeWallMs / 1000, 2)} s  = ${fmt(perSec(report.requests.total, nodeWallMs) / 1e6, 2)} M simulated req/s`);
    console.log(`  worker / Node   ${fmt(perSec(requests, wallMs) / perSec(report.requests.total, nodeWallMs), 2)}`);
    console.log(`  trace hash      browser ${browserHash}  node ${report.traceHash}  ${browserHash === report.traceHash ? '(equal)' : '(DIFFERENT)'}`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
