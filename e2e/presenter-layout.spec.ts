// Presenter mode on a projector's screen (1280×720) and a larger one
// (1440×900), the lab at 1440×900 and on a 1024×768 laptop: the whole system inside the
// visible canvas with its labels apart, nothing over the title, the
// simulated time on one line, chart titles and units whole, a selected
// node's Crash button in view without scrolling, no sideways scroll; and the
// "explained" mark drawn (not a glyph some fonts lack), its formula on focus.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getExample } from '../src/scenario/index.ts';
import { openLab, runToEnd } from './lab-helpers.ts';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0)
    .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })));
}

/** Every node and its words inside the canvas; no two texts on the canvas overlapping. */
async function expectWholeSystemLegible(page: Page): Promise<void> {
  const stage = await page.locator('.stage').boundingBox();
  expect(stage).not.toBeNull();
  if (!stage) return;
  // Fitting is animated only by a frame or two; wait until the view settles.
  await expect.poll(async () => {
    const all = [...(await boxes(page.locator('.node-outline, .node-label, .node-state')))];
    return all.every((b) => b.x >= stage.x - 1 && b.y >= stage.y - 1 && b.x + b.width <= stage.x + stage.width + 1 && b.y + b.height <= stage.y + stage.height + 1);
  }).toBe(true);
  const texts = await boxes(page.locator('.node-label, .node-state'));
  const hits: string[] = [];
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => {
    if (overlaps(a, b)) hits.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
  }));
  // Nor over a glyph (a label beside its node was once centred onto it by a CSS rule).
  for (const glyph of await boxes(page.locator('.node-outline'))) {
    for (const t of texts) if (overlaps(t, glyph)) hits.push(`text ${JSON.stringify(t)} over glyph ${JSON.stringify(glyph)}`);
  }
  expect(hits).toEqual([]);
  const sizes = await page.locator('.node-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
}

/** Nothing in the top bar over the lab's name. */
async function expectTitleClear(page: Page): Promise<void> {
  const title = await page.locator('.brand-name').boundingBox();
  expect(title).not.toBeNull();
  if (!title) return;
  expect(title.width).toBeGreaterThan(40);
  for (const b of await boxes(page.locator('.topbar button, .topbar select'))) expect(overlaps(title, b)).toBe(false);
  // The name is not clipped either: its text is as wide as its box.
  expect(await page.locator('.brand-name').evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
}

/** Each chart's title and unit whole (wrapped if need be, never cut). */
async function expectChartTitlesWhole(page: Page): Promise<void> {
  const figures = page.locator('.chart');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const fig = await figure.boundingBox();
    for (const part of await figure.locator('.chart-title, .chart-unit').all()) {
      const b = await part.boundingBox();
      expect(b && fig && b.x + b.width <= fig.x + fig.width + 1).toBe(true);
      expect(await part.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
    }
    // Every line's key shows: none cut off at the keys' edge.
    const keys = await figure.locator('.chart-keys').boundingBox();
    for (const key of await boxes(figure.locator('.chart-key'))) {
      expect(keys && key.y + key.height <= keys.y + keys.height + 1 && key.x + key.width <= keys.x + keys.width + 1).toBe(true);
    }
  }
}

/** The selected node's Crash button wholly above the bottom of the window (no scrolling needed). */
async function expectCrashInView(page: Page, height: number): Promise<void> {
  const crash = await page.getByRole('button', { name: 'Crash', exact: true }).boundingBox();
  expect(crash).not.toBeNull();
  expect((crash?.y ?? 1e9) + (crash?.height ?? 0)).toBeLessThanOrEqual(height);
}

for (const viewport of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
  test.describe(`presenter mode at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('no lesson open: no Lessons panel, the whole system legible, the title clear, the time on one line', async ({ page }) => {
      await openLab(page, getExample('redundancy').scenario);
      await runToEnd(page);
      await page.getByRole('button', { name: 'Presenter' }).click();
      await expect(page.locator('.left-rail')).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Lessons' })).toHaveCount(0);
      await expectWholeSystemLegible(page);
      await expectTitleClear(page);
      await expectChartTitlesWhole(page);
      // "1 min 00.0 s" on one line: the timeline row does not grow as a run passes a minute.
      const time = page.locator('.sim-time-value');
      await expect(time).toHaveText(/1\smin\s00\.0\ss/);
      const { height, line } = await time.evaluate((e) => ({ height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).fontSize) * 1.6 }));
      expect(height).toBeLessThan(line);
    });

    test('a node selected: its Crash button in view without scrolling', async ({ page }) => {
      await openLab(page, getExample('redundancy').scenario);
      await runToEnd(page);
      await page.getByRole('button', { name: 'Presenter' }).click();
      await page.locator('[data-node-id="web-2"]').click();
      await expectCrashInView(page, viewport.height);
      await expectWholeSystemLegible(page);
    });

    test('a lesson open: its text beside the whole system, labels apart', async ({ page }) => {
      await openLab(page);
      await page.getByRole('tab', { name: 'Lessons' }).click();
      await page.getByRole('region', { name: 'Lessons' }).getByRole('button', { name: /^Lesson 4: Health checks/ }).click();
      await page.getByRole('button', { name: 'Presenter' }).click();
      await expect(page.getByRole('region', { name: 'Lessons' }).getByRole('heading', { name: /^Health checks/ })).toBeVisible();
      await expectWholeSystemLegible(page);
      await expectTitleClear(page);
    });
  });
}

test('the lab at 1440×900 with a node selected: every chart’s title and keys whole', async ({ page }) => {
  await openLab(page, getExample('redundancy').scenario);
  await runToEnd(page);
  await page.getByRole('tab', { name: 'Selected' }).click();
  await page.locator('[data-node-id="web-2"]').click();
  await expectChartTitlesWhole(page);
});

test.describe('on a 1024×768 laptop', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('after a run with a node selected: nothing scrolls sideways, Crash in view, chart titles whole', async ({ page }) => {
    await openLab(page, getExample('redundancy').scenario);
    await runToEnd(page);
    await page.getByRole('tab', { name: 'Selected' }).click();
    await page.locator('[data-node-id="web-2"]').click();
    await expectCrashInView(page, 768);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await expectChartTitlesWhole(page);
  });
});

test('the “explained” mark is drawn, and the formula shows on keyboard focus', async ({ page }) => {
  await openLab(page, getExample('redundancy').scenario);
  const target = page.locator('.tip-target').first();
  await expect(target.locator('svg.tip-mark')).toBeVisible();
  expect(await target.textContent()).not.toContain('ⓘ');
  await target.focus();
  const tip = page.locator(`[id="${await target.getAttribute('aria-describedby')}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/\S/);
});
