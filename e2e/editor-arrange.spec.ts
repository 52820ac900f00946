// Arranging and configuring: keyboard placement and nudging, drag with
// snapping, multi-select (shift-click, rubber band), duplicate, copy and
// paste, delete, zones, clusters, alert rules, and New scenario keeping the
// old work under Recent.
import { expect, test, type Page } from '@playwright/test';
import { canvas, dragBetween, dropKind, newScenario, node, savedScenario } from './editor-helpers.ts';

const saved = async (page: Page, id: string) => (await savedScenario(page)).nodes.find((n) => n.id === id);
const inspector = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await newScenario(page);
});

test('place with the keyboard, nudge with arrows (one undo step), drag with snapping', async ({ page }) => {
  await page.getByRole('button', { name: 'Server', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'web-1')).toBeFocused();
  const start = (await saved(page, 'web-1')) as { x: number; y: number };
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await saved(page, 'web-1')).toMatchObject({ x: start.x + 40, y: start.y + 20 });
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await saved(page, 'web-1')).toMatchObject({ x: start.x, y: start.y });

  const box = (await node(page, 'web-1').boundingBox()) as { x: number; y: number; width: number; height: number };
  const from = { x: box.x + box.width / 2, y: box.y + 15 };
  await dragBetween(page, from, { x: from.x + 113, y: from.y + 47 });
  const moved = (await saved(page, 'web-1')) as { x: number; y: number };
  expect(moved.x % 20).toBe(0);
  expect(moved.y % 20).toBe(0);
  expect(moved.x).toBeGreaterThan(start.x + 80);
});

test('select several (shift-click, rubber band), duplicate, copy, paste, delete', async ({ page }) => {
  await dropKind(page, 'Server', 0.4, 0.35);
  await dropKind(page, 'Server', 0.4, 0.65);
  await node(page, 'web-1').click();
  await node(page, 'web-2').click({ modifiers: ['Shift'] });
  await expect(inspector(page).getByRole('heading', { name: '2 nodes' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+d');
  await expect(node(page, 'web-3')).toBeVisible();
  await expect(node(page, 'web-4')).toBeVisible();

  await node(page, 'web-1').click();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(node(page, 'web-5')).toBeVisible();

  // Rubber band around the two originals: shift-drag on empty canvas (it
  // adds to the selection, so start from none).
  await page.keyboard.press('Escape');
  const a = (await node(page, 'web-1').boundingBox()) as { x: number; y: number };
  const b = (await node(page, 'web-2').boundingBox()) as { x: number; y: number; width: number; height: number };
  await page.keyboard.down('Shift');
  await dragBetween(page, { x: a.x - 40, y: a.y - 30 }, { x: b.x + b.width - 20, y: b.y + b.height / 2 });
  await page.keyboard.up('Shift');
  await expect(inspector(page).getByRole('heading', { name: '2 nodes' })).toBeVisible();
  await expect(inspector(page).getByText('web-1, web-2')).toBeVisible();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(node(page, 'web-1')).toHaveCount(0);
  await expect(node(page, 'web-2')).toHaveCount(0);
  expect((await savedScenario(page)).nodes.map((n) => n.id)).toEqual(['web-3', 'web-4', 'web-5']);
});

test('zones, replicated clusters and alert rules', async ({ page }) => {
  await dropKind(page, 'Database', 0.4, 0.35);
  await dropKind(page, 'Database', 0.4, 0.65);
  // A zone dropped onto a node puts it in a new zone, drawn as a region.
  const target = (await node(page, 'db-1').boundingBox()) as { x: number; y: number; width: number };
  const zone = page.getByRole('button', { name: 'Zone', exact: true });
  await zone.scrollIntoViewIfNeeded();
  const z = (await zone.boundingBox()) as { x: number; y: number; width: number; height: number };
  await dragBetween(page, { x: z.x + z.width / 2, y: z.y + z.height / 2 }, { x: target.x + target.width / 2, y: target.y + 20 });
  await expect(page.locator('[data-zone-id="zone-a"]')).toBeVisible();
  expect(await saved(page, 'db-1')).toMatchObject({ zone: 'zone-a' });

  await node(page, 'db-1').click();
  await node(page, 'db-2').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Make replicated cluster' }).click();
  await node(page, 'db-1').click();
  await inspector(page).getByRole('combobox', { name: 'Replication' }).selectOption('quorum');
  await inspector(page).getByRole('checkbox', { name: 'Require a quorum' }).check();
  const cluster = (await savedScenario(page) as unknown as { clusters: unknown[] }).clusters[0];
  expect(cluster).toMatchObject({ members: ['db-1', 'db-2'], replication: 'quorum', failover: { requireQuorum: true } });

  // Scenario settings and alert rules: the Scenario tab.
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Scenario' }).click();
  const settings = page.getByRole('tabpanel');
  await settings.getByRole('textbox', { name: 'Name' }).fill('Orders');
  await page.getByRole('button', { name: 'Add alert rule' }).click();
  const rule = settings.locator('fieldset.alert-rule');
  await rule.getByRole('textbox', { name: 'Threshold' }).fill('5');
  await rule.getByRole('combobox', { name: 'Watching' }).selectOption('db-1');
  let scenario = (await savedScenario(page)) as unknown as { name: string; alerts: Array<Record<string, unknown>> };
  expect(scenario.name).toBe('Orders');
  expect(scenario.alerts).toEqual([expect.objectContaining({ id: 'alert-1', threshold: 0.05, node: 'db-1' })]);
  await rule.getByRole('button', { name: /^Remove rule/ }).click();
  scenario = (await savedScenario(page)) as unknown as { name: string; alerts: Array<Record<string, unknown>> };
  expect(scenario.alerts).toEqual([]);
});

test('New scenario asks before replacing work, and keeps it under Recent', async ({ page }) => {
  await dropKind(page, 'Client', 0.4, 0.5);
  await page.getByRole('button', { name: 'New scenario' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the scenario on screen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(node(page, 'users-1')).toBeVisible();

  await page.getByRole('button', { name: 'New scenario' }).click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(node(page, 'users-1')).toHaveCount(0);
  await expect(canvas(page).getByText('An empty canvas.')).toBeVisible();

  await page.getByRole('button', { name: /^Recent/ }).click();
  await page.getByRole('button', { name: 'Untitled scenario' }).click();
  await expect(node(page, 'users-1')).toBeVisible();
});
