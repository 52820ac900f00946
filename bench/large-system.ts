// The browser bench's large case: 500 nodes and 2,000 links (10 clients, 10
// balancers, 400 servers in 4 zones, 80 databases), and what it measures in
// the live lab — long tasks in steady play at 1×, the time from a click on a
// node to its name in the inspector, long tasks while running to the end.
import type { Page } from '@playwright/test';
import type { Link, Scenario, ScenarioNode } from '../src/scenario/index.ts';

export function largeSystem(): Scenario {
  const nodes: ScenarioNode[] = [];
  const links: Link[] = [];
  const zones = ['a', 'b', 'c', 'd'];
  for (let i = 0; i < 10; i++) nodes.push({ id: `users-${i}`, type: 'client', rate: 100, timeoutMs: 1000, x: 0, y: i * 240 });
  for (let i = 0; i < 10; i++) {
    nodes.push({ id: `lb-${i}`, type: 'loadBalancer', healthCheck: { intervalMs: 1000 }, x: 300, y: i * 240 });
    links.push({ from: `users-${i}`, to: `lb-${i}` });
  }
  for (let i = 0; i < 400; i++) {
    nodes.push({ id: `web-${i}`, type: 'server', zone: zones[i % 4], workers: 8, serviceTimeMs: { type: 'exponential', mean: 10 }, x: 700 + (i % 20) * 110, y: Math.floor(i / 20) * 120 });
    links.push({ from: `lb-${Math.floor(i / 40)}`, to: `web-${i}` });
    // Four databases a server, three for the first ten: 2,000 links in all (the format's limit).
    for (let d = 0; d < (i < 10 ? 3 : 4); d++) links.push({ from: `web-${i}`, to: `db-${(i + d * 20) % 80}` });
  }
  for (let i = 0; i < 80; i++) nodes.push({ id: `db-${i}`, type: 'database', workers: 32, serviceTimeMs: 2, x: 3100 + (i % 4) * 120, y: Math.floor(i / 4) * 120 });
  return {
    format: 'nines/scenario@1', name: '500 nodes, 2,000 links', seed: 3, durationMs: 60_000, nodes, links,
    faults: [{ type: 'zoneOutage', target: 'c', atMs: 20_000, durationMs: 15_000 }],
  };
}

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : Number.NaN;
}

/**
 * Wall ms from a press on a node to the inspector showing it, for each of
 * `ids`, measured from the bench's side (the click and the wait for the
 * inspector, a few ms of protocol overhead included).
 */
export async function clickLatencies(page: Page, ids: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await page.locator(`[data-node-id="${id}"]`).click({ force: true });
    await page.locator(`[data-inspecting="${id}"]`).waitFor({ timeout: 30_000 });
    out.push(performance.now() - started);
  }
  return out;
}
