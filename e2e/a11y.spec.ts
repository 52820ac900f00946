// axe-core on the main screen: no serious or critical violation, in the light
// and the dark theme, after a run, with a node selected — and in presenter
// mode. A skip link leads to the canvas; nodes come before links in the tab order.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getExample } from '../src/scenario/index.ts';
import { openLab, runToEnd } from './lab-helpers.ts';

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations in the ${theme} theme, after a run, with a node selected`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openLab(page, getExample('redundancy').scenario);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    expect(await seriousViolations(page)).toEqual([]);
    await runToEnd(page);
    await page.locator('[data-node-id="web-2"]').click();
    await expect(page.getByRole('button', { name: 'Crash', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Presenter' }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a skip link leads to the system; nodes come before links in the tab order', async ({ page }) => {
  await openLab(page, getExample('redundancy').scenario);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the system' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? document.activeElement?.getAttribute('data-link-focus') ?? document.activeElement?.className);
  expect(first).toBe('users');
  const order = await page.evaluate(() => [...document.querySelectorAll('[data-node-id][tabindex], [data-link-focus][tabindex]')].map((e) => (e.hasAttribute('data-node-id') ? 'node' : 'link')));
  expect(order.indexOf('link')).toBeGreaterThan(order.lastIndexOf('node'));
});
