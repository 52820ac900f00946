// Shared steps for the editor's end-to-end tests: real pointer drags, the way
// a person builds a topology.
import { expect, type Locator, type Page } from '@playwright/test';
import { savedWork } from './storage-helpers.ts';

export const canvas = (page: Page) => page.getByRole('group', { name: 'System diagram' });
export const node = (page: Page, id: string) => page.locator(`[data-node-id="${id}"]`);
export const handle = (page: Page, id: string) => page.locator(`[data-handle-for="${id}"]`);

/** Starts from an empty canvas, confirming the question if the page has work on it. */
export async function newScenario(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New scenario' }).click();
  const replace = page.getByRole('dialog').getByRole('button', { name: 'Replace' });
  if (await replace.isVisible().catch(() => false)) await replace.click();
  await expect(page.locator('[data-node-id]')).toHaveCount(0);
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses at `from`, moves in small steps (as a hand does) to `to`, releases. */
export async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i += 1) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
  await page.mouse.up();
}

/** Drags a palette kind to a point given as fractions of the canvas's size. */
export async function dropKind(page: Page, kind: string, fx: number, fy: number): Promise<void> {
  const button = page.getByRole('button', { name: kind, exact: true });
  // The rail scrolls (New scenario sits below the kinds); bring the kind back into view.
  await button.scrollIntoViewIfNeeded();
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no canvas');
  await dragBetween(page, await centreOf(button), { x: box.x + box.width * fx, y: box.y + box.height * fy });
}

/** Drags from one node's handle onto another node. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  await dragBetween(page, await centreOf(handle(page, from)), await centreOf(node(page, to)));
}

/** The scenario as autosaved (what a reload brings back). */
export async function savedScenario(page: Page): Promise<{ nodes: Array<Record<string, unknown>>; links?: Array<{ from: string; to: string }> }> {
  const saved = await savedWork<{ nodes: Array<Record<string, unknown>>; links?: Array<{ from: string; to: string }> }>(page);
  if (!saved) throw new Error('nothing autosaved');
  return saved;
}
