// Files in and out: the exported scenario runs in the CLI with the trace hash
// the app showed; the picture, metrics and report export as real files; a
// file opens from the dialog or by dropping it, replacing nothing silently;
// a bad one is refused with a short list that never covers the canvas.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { encodeScenarioLink } from '../src/scenario/codec.ts';
import type { Report, Scenario } from '../src/scenario/types.ts';
import { onlyServer, openLab, runToEnd } from './lab-helpers.ts';

const run = promisify(execFile);

async function exported(page: Page, item: RegExp): Promise<{ name: string; path: string }> {
  await page.getByRole('button', { name: 'Files' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = join(tmpdir(), `nines-e2e-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path };
}

test('the exported scenario runs in nines run with the trace hash the app shows; report, metrics and pictures export', async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page, onlyServer());
  // A fault injected live is part of what is exported.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(800);
  await page.locator('[data-node-id="web"]').click();
  await page.getByRole('button', { name: /^Crash/ }).first().click();
  await runToEnd(page);
  const appHash = await page.getByLabel('Trace hash').textContent();

  const scenarioFile = await exported(page, /^Export scenario/);
  expect(scenarioFile.name).toBe('only-one-server.json');
  const saved = JSON.parse(await readFile(scenarioFile.path, 'utf8')) as Scenario;
  expect(saved.faults?.[0]).toMatchObject({ type: 'crash', target: 'web' });
  const cli = await run(process.execPath, ['bin/nines.js', 'run', scenarioFile.path, '--json']);
  expect((JSON.parse(cli.stdout) as Report).traceHash).toBe(appHash);

  const reportFile = await exported(page, /^Export report/);
  const report = JSON.parse(await readFile(reportFile.path, 'utf8')) as Report;
  expect(report).toMatchObject({ format: 'nines/report@1', traceHash: appHash });

  const csv = (await readFile((await exported(page, /^Export metrics/)).path, 'utf8')).trim().split('\n');
  expect(csv[0].startsWith('tMs,offeredPerSec,')).toBe(true);
  expect(csv[0]).toContain(',web.up,');
  expect(csv.length).toBeGreaterThan(50);

  const svg = await readFile((await exported(page, /^Export picture\s*SVG/)).path, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('<svg');
  expect(svg).toContain('Web');
  const png = await readFile((await exported(page, /^Export picture\s*PNG/)).path);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(await (await page.request.get('/__e2e__/csp-report')).json()).toEqual([]);
});

test('a scenario file opens from the dialog or by a drop; what it replaces goes under Recent', async ({ page }) => {
  await openLab(page, { ...onlyServer(), name: 'What was on screen' });
  // Make it the user's own work.
  await page.locator('[data-node-id="web"]').click();
  const path = join(tmpdir(), `nines-e2e-open-${Date.now()}.json`);
  await writeFile(path, JSON.stringify({ ...onlyServer(), name: 'From a file' }));
  await page.getByLabel('Scenario file to open').setInputFiles(path);
  await expect(page.locator('.scenario-name')).toHaveText('From a file');
  await page.getByRole('button', { name: /^Recent/ }).click();
  await expect(page.locator('#recent-list').getByRole('button', { name: 'What was on screen' })).toBeVisible();

  // Dropped on the page.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, JSON.stringify({ ...onlyServer(), name: 'Dropped' }));
  await expect(page.locator('.scenario-name')).toHaveText('Dropped');
});

test('a bad file or link shows a short list in a box that leaves the canvas in view, Dismiss always on screen', async ({ page }) => {
  const bad = { ...onlyServer(), nodes: Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, type: 'server', workers: 0 })), links: [] };
  const path = join(tmpdir(), `nines-e2e-bad-${Date.now()}.json`);
  await writeFile(path, JSON.stringify(bad));
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }, { width: 800, height: 500 }]) {
    await page.setViewportSize(viewport);
    await openLab(page);
    await page.getByLabel('Scenario file to open').setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: 'is not a valid Nines scenario' });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('listitem')).toHaveCount(21);
    await expect(alert.getByRole('listitem').last()).toHaveText('… and 31 more');
    const box = (await alert.boundingBox())!;
    const stage = (await page.getByRole('main', { name: 'System' }).boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(stage.height * 0.5);
    const dismiss = alert.getByRole('button', { name: 'Dismiss' });
    await expect(dismiss).toBeInViewport();
    await dismiss.click();
    await expect(alert).toHaveCount(0);
  }
  // The same for a link pasted into the tab.
  await page.evaluate((hash) => (window.location.hash = hash), new URL(encodeScenarioLink(bad as Scenario, 'http://x/')).hash);
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing on screen changed' }).getByRole('listitem')).toHaveCount(21);
});

test('ids named like JavaScript’s own properties open, run and export in the app', async ({ page }) => {
  const special: Scenario = {
    format: 'nines/scenario@1',
    name: 'Special ids',
    durationMs: 5000,
    nodes: [
      { id: '__proto__', type: 'client', rate: 50, x: 100, y: 200 },
      { id: 'constructor', type: 'server', x: 400, y: 200 },
    ],
    links: [{ from: '__proto__', to: 'constructor' }],
  };
  await openLab(page, special);
  await expect(page.locator('[data-node-id="__proto__"]')).toBeVisible();
  await expect(page.locator('[data-node-id="constructor"]')).toBeVisible();
  await runToEnd(page);
  const report = JSON.parse(await readFile((await exported(page, /^Export report/)).path, 'utf8')) as Report;
  expect(Object.keys(report.nodes)).toEqual(['__proto__', 'constructor']);
  expect(report.nodes['constructor' as string].served).toBeGreaterThan(0);
});
