// From an empty canvas to a running system: build client → balancer → two
// servers by hand, turn on health checks in the inspector, run it (100%
// available), crash a server and see the balancer route around it; an edit
// resets the run and says so; a reload brings the system back.
import { expect, test, type Page } from '@playwright/test';
import { connect, dropKind, newScenario, node } from './editor-helpers.ts';

const availability = (page: Page) => page.getByLabel('Availability', { exact: true });
const recentAvailability = (page: Page) => page.getByLabel('Availability, last 10 s', { exact: true });

test('a hand-built system runs, survives a crashed server, and comes back after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await newScenario(page);

  await dropKind(page, 'Client', 0.15, 0.45);
  await dropKind(page, 'Load balancer', 0.38, 0.45);
  await dropKind(page, 'Server', 0.62, 0.3);
  await dropKind(page, 'Server', 0.62, 0.6);
  await connect(page, 'users-1', 'lb-1');
  await connect(page, 'lb-1', 'web-1');
  await connect(page, 'lb-1', 'web-2');
  await expect(page.locator('[data-link-id]')).toHaveCount(3);

  // Without health checks a dead backend keeps getting traffic; turn them on.
  await node(page, 'lb-1').click();
  await page.getByRole('checkbox', { name: 'Health checks' }).check();
  await expect(page.getByLabel('Interval')).toHaveAttribute('placeholder', '1000');

  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByLabel('Speed').selectOption({ label: '5×' });
  await expect(recentAvailability(page)).toContainText(/100\s%/, { timeout: 30_000 });

  await node(page, 'web-1').click();
  await page.getByRole('button', { name: 'Crash', exact: true }).click();
  await expect(node(page, 'web-1')).toHaveAttribute('data-health', 'down', { timeout: 10_000 });
  // The crash costs the requests web-1 held and those sent before the checks
  // noticed; once the 10 s window has passed the crash, web-2 serves everyone.
  await expect(recentAvailability(page)).not.toContainText(/^100\s%/, { timeout: 20_000 });
  await expect(recentAvailability(page)).toContainText(/100\s%/, { timeout: 45_000 });
  // The headline covers the whole run: it keeps what the crash cost.
  await expect(availability(page)).not.toContainText(/^100\s%/);
  await expect(node(page, 'web-1')).toHaveAttribute('data-health', 'down');

  // An edit with a run on screen sends the run back to 0 s, says so, and keeps the run to compare.
  await page.getByRole('button', { name: 'Pause' }).click();
  await node(page, 'web-2').click();
  await page.getByRole('region', { name: 'Inspector' }).getByRole('textbox', { name: 'Workers' }).fill('8');
  await expect(page.getByText(/You changed the scenario, so the run starts again at 0 s; the last run is kept to compare/)).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'workers on web-2: 4 → 8' })).toBeVisible();

  await page.reload();
  for (const id of ['users-1', 'lb-1', 'web-1', 'web-2']) await expect(node(page, id)).toBeVisible();
  await expect(page.locator('[data-link-id]')).toHaveCount(3);
  await node(page, 'lb-1').click();
  await expect(page.getByRole('checkbox', { name: 'Health checks' })).toBeChecked();
});
