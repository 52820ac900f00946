// A profiler for the browser bench's 500-node case (not a benchmark: it
// explains the long tasks bench/browser.ts counts). Builds the app without
// minifying (function names stay), records a Chromium performance trace over
// 10 s of steady play at 1× (PROFILE=play), a few clicks (PROFILE=click) or
// Run to end (PROFILE=end), and prints, for every main-thread task over
// 50 ms, what it spent its time on: the trace's own events (script, style,
// layout, paint, GC) and the JavaScript functions sampled in it.
// Run with `npx tsx bench/profile-large.ts`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeScenarioLink } from '../src/scenario/index.ts';
import { build, runMain, withServedBrowser } from './browser-env.ts';
import { largeSystem, waitForTraceHash } from './large-system.ts';
import { summariseTrace, type TraceEvent } from './trace-summary.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4517);
const BASE = `http://127.0.0.1:${PORT}/`;
const MODE = process.env.PROFILE ?? 'play';

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'v8.execute',
  'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'blink', 'cc', 'gpu',
];

async function scenario(page: Page): Promise<void> {
  if (MODE === 'play') {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(3_000);
  }
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  await page.getByRole('tab', { name: 'Run details' }).click();
  const runToEnd = await page.getByRole('button', { name: 'Run to end' }).elementHandle();
  if (!runToEnd) throw new Error('no Run to end button');
  await browser.startTracing(page, { categories: CATEGORIES, screenshots: false });
  if (MODE === 'play') await page.waitForTimeout(Number(process.env.PROFILE_SECONDS ?? 10) * 1000);
  else if (MODE === 'click') {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(2_000);
    for (const id of ['web-5', 'web-123', 'db-7', 'lb-3', 'web-399']) {
      await page.locator(`[data-node-id="${id}"]`).click({ force: true });
      await page.locator(`[data-inspecting="${id}"]`).waitFor();
      await page.waitForTimeout(300);
    }
  } else {
    // As the bench does: no role or label queries (they walk the page on its main thread) while the run is traced.
    await runToEnd.click();
    await waitForTraceHash(page);
  }
  const buffer = await browser.stopTracing();
  const path = join(tmpdir(), `nines-trace-${MODE}.json`);
  writeFileSync(path, buffer);
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  console.log(`trace: ${path}`);
  console.log(summariseTrace(events, 50));
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'nines-profile-'));
  await build(outDir, false);
  await withServedBrowser(outDir, PORT, async (browser) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true })).newPage();
    await page.goto(encodeScenarioLink(largeSystem(), BASE));
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    // An experiment: CSS that hides or changes a layer, to see what it costs.
    if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS });
    await page.waitForTimeout(1_000);
    await scenario(page);
  });
}

runMain(main);
