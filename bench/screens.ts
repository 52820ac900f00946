// Screenshots of the canvas at 1440×900 for a look-before/look-after check
// (not a test): the 50-node example and the 500-node bench system, idle,
// after a few seconds of play (paused), and with a node selected.
// Run with `npx tsx bench/screens.ts <dist dir> <out dir>`; it serves the
// given build with vite preview on BENCH_PORT.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encodeScenarioLink, getExample } from '../src/scenario/index.ts';
import { runMain, withServedBrowser } from './browser-env.ts';
import { largeSystem } from './large-system.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4517);
const BASE = `http://127.0.0.1:${PORT}/`;
const [dist, out] = process.argv.slice(2);

async function shots(page: Page, name: string, link: string, nodeId: string, playMs: number): Promise<void> {
  await page.goto(link);
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: join(out, `${name}-idle.png`) });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(playMs);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, `${name}-paused.png`) });
  await page.locator(`[data-node-id="${nodeId}"]`).click({ force: true });
  await page.locator(`[data-inspecting="${nodeId}"]`).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, `${name}-selected.png`) });
}

async function main(): Promise<void> {
  if (!dist || !out) throw new Error('usage: tsx bench/screens.ts <dist dir> <out dir>');
  mkdirSync(out, { recursive: true });
  await withServedBrowser(dist, PORT, async (browser) => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await shots(page, 'fifty', encodeScenarioLink(getExample('fifty-nodes').scenario, BASE), 'web-a1', 2_000);
    await shots(page, 'large', encodeScenarioLink(largeSystem(), BASE), 'web-5', 3_000);
  });
}

runMain(main);
