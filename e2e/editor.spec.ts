// Building a topology by hand: palette drags, connections (and a refused
// one), the inspector's validation, undo and redo, and a reload that brings
// everything back.
import { expect, test } from '@playwright/test';
import { canvas, connect, dropKind, handle, newScenario, node, savedScenario } from './editor-helpers.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await newScenario(page);
});

test('drag kinds onto the canvas, connect them, refuse a link into a client', async ({ page }) => {
  await dropKind(page, 'Client', 0.15, 0.45);
  await dropKind(page, 'Load balancer', 0.38, 0.45);
  await dropKind(page, 'Server', 0.62, 0.3);
  await dropKind(page, 'Server', 0.62, 0.6);
  for (const id of ['users-1', 'lb-1', 'web-1', 'web-2']) await expect(node(page, id)).toBeVisible();

  await connect(page, 'users-1', 'lb-1');
  await connect(page, 'lb-1', 'web-1');
  await connect(page, 'lb-1', 'web-2');
  await expect(page.locator('[data-link-id]')).toHaveCount(3);

  // A balancer cannot send into a client: refused, with the reason at the pointer.
  await connect(page, 'lb-1', 'users-1');
  await expect(page.locator('.editor-tip')).toContainText('nothing connects into a client');
  await expect(page.locator('[data-link-id]')).toHaveCount(3);

  const saved = await savedScenario(page);
  expect(saved.nodes.map((n) => n.id)).toEqual(['users-1', 'lb-1', 'web-1', 'web-2']);
  expect(saved.links).toEqual([
    { from: 'users-1', to: 'lb-1' },
    { from: 'lb-1', to: 'web-1' },
    { from: 'lb-1', to: 'web-2' },
  ]);
});

test('invalid input in the inspector shows a message and changes nothing', async ({ page }) => {
  await dropKind(page, 'Server', 0.5, 0.5);
  await node(page, 'web-1').click();
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const workers = inspector.getByRole('textbox', { name: 'Workers' });
  await expect(workers).toHaveValue('4');
  await workers.fill('-3');
  await expect(inspector.getByRole('alert')).toHaveText(/must be an integer ≥ 1/);
  await expect(workers).toHaveAttribute('aria-invalid', 'true');
  expect((await savedScenario(page)).nodes[0].workers).toBe(4);
  // Nothing changed, so there is nothing to undo but the add.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /Add web-1/);

  await workers.fill('8');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  expect((await savedScenario(page)).nodes[0].workers).toBe(8);
});

test('undo and redo every edit; a reload restores exactly', async ({ page }) => {
  await dropKind(page, 'Client', 0.2, 0.5);
  await dropKind(page, 'Server', 0.6, 0.5);
  await connect(page, 'users-1', 'web-1');
  await expect(page.locator('[data-link-id]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-link-id]')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(node(page, 'web-1')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(node(page, 'web-1')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('[data-link-id]')).toHaveCount(1);

  // Delete with the key, then bring it back.
  await node(page, 'web-1').click();
  await page.keyboard.press('Delete');
  await expect(node(page, 'web-1')).toHaveCount(0);
  await expect(page.locator('[data-link-id]')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('[data-link-id]')).toHaveCount(1);

  const before = await savedScenario(page);
  await page.reload();
  await expect(node(page, 'users-1')).toBeVisible();
  await expect(node(page, 'web-1')).toBeVisible();
  await expect(page.locator('[data-link-id]')).toHaveCount(1);
  expect(await savedScenario(page)).toEqual(before);
  await expect(handle(page, 'users-1')).toBeVisible();
  await expect(canvas(page)).toBeVisible();
});
