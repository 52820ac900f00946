// Helpers for the live-lab end-to-end tests: scenarios opened by share link,
// readouts read as text, and waiting on simulated time.
import { expect, type Page } from '@playwright/test';
import { encodeScenarioLink } from '../src/scenario/codec.ts';
import type { Fault, Scenario } from '../src/scenario/types.ts';

/** Users → one web server, nothing else: crash the server and every request fails. */
export function onlyServer(faults: Fault[] = [], durationMs = 60_000): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'Only one server',
    seed: 11,
    durationMs,
    nodes: [
      { id: 'users', type: 'client', label: 'Users', x: 100, y: 200, rate: 100, timeoutMs: 500 },
      { id: 'web', type: 'server', label: 'Web', x: 400, y: 200, workers: 4, serviceTimeMs: { type: 'exponential', mean: 10 } },
    ],
    links: [{ from: 'users', to: 'web', latencyMs: 5 }],
    faults,
  };
}

/** The path and fragment that open `scenario` in the app under test. */
export function linkTo(scenario: Scenario): string {
  const url = new URL(encodeScenarioLink(scenario, 'http://x/'));
  return `/${url.hash}`;
}

/** Collects console errors and page errors from the moment it is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export const simTime = (page: Page) => page.getByLabel('Simulated time', { exact: true });
/** The headline: availability of the whole run so far. */
export const availability = (page: Page) => page.getByLabel('Availability', { exact: true });
/** Availability of the requests started in the last 10 s, beside the headline. */
export const recentAvailability = (page: Page) => page.getByLabel('Availability, last 10 s', { exact: true });

/** The shown simulated time in seconds, parsed from the readout ("1 min 05.3 s" → 65.3). */
export async function simSeconds(page: Page): Promise<number> {
  const text = (await simTime(page).textContent()) ?? '';
  const n = text.replace(/\u00a0/g, ' ');
  const h = /(\d+) h/.exec(n)?.[1] ?? '0';
  const m = /(\d+) min/.exec(n)?.[1] ?? '0';
  const s = /([\d.]+) s/.exec(n)?.[1] ?? '0';
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** A percentage readout as a fraction (null before the first metric row): the headline, or the last 10 s. */
export async function availabilityValue(page: Page, which: 'whole' | 'recent' = 'whole'): Promise<number | null> {
  const text = (await (which === 'whole' ? availability(page) : recentAvailability(page)).textContent()) ?? '';
  const match = /([\d.]+)\s*%/.exec(text.replace(/\u00a0/g, ' '));
  return match ? Number(match[1]) / 100 : null;
}

export async function waitForSimSeconds(page: Page, seconds: number): Promise<void> {
  await expect.poll(() => simSeconds(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(seconds);
}

export async function openLab(page: Page, scenario?: Scenario): Promise<void> {
  await page.goto(scenario ? linkTo(scenario) : '/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

/** Shows the right panel's Run details tab (seed, events, trace hash). */
export async function showRunDetails(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Run details' }).click();
}

export async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run to end' }).click();
  await showRunDetails(page);
  await expect(page.getByLabel('Trace hash')).toHaveText(/^[0-9a-f]{8,}$/, { timeout: 60_000 });
  // Finished: playback is back to paused and the progress bar is gone.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByLabel('Run to end progress')).toHaveCount(0);
}
