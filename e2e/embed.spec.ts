// The embed player inside an iframe on a course page of another origin: it
// plays, scrubs, shows the headline readouts, a click on a node crashes and
// recovers it, "Open in Nines" carries the run on to the full lab — and it
// leaves the user's saved work alone, under the strict policy.
import { expect, test } from '@playwright/test';
import { decodeScenarioFragment, encodeScenarioLink } from '../src/scenario/codec.ts';
import { onlyServer } from './lab-helpers.ts';
import { idbText } from './storage-helpers.ts';

test('the player works in an iframe on a course page', async ({ page, baseURL }) => {
  const scenario = onlyServer();
  const player = encodeScenarioLink(scenario, `${baseURL}/nines/`, { embed: true });
  // localhost and 127.0.0.1 are different origins: the course site is not Nines' site.
  const course = new URL('/__e2e__/course.html', baseURL!.replace('127.0.0.1', 'localhost'));
  course.searchParams.set('src', player);
  await page.goto(course.href);
  await expect(page.getByRole('heading', { name: 'Week 3: redundancy' })).toBeVisible();
  const frame = page.frameLocator('#player');
  const play = frame.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled();
  await expect(frame.getByRole('heading', { name: 'Only one server' })).toBeVisible();
  // The full lab's controls are not there.
  await expect(frame.getByRole('button', { name: 'Run to end' })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Files' })).toHaveCount(0);

  await play.click();
  await expect.poll(async () => (await frame.getByLabel('Availability').textContent()) ?? '', { timeout: 20_000 }).toMatch(/%/);
  // A click on the only server crashes it: availability falls; a second click recovers it.
  await frame.locator('[data-node-id="web"]').click();
  await expect.poll(async () => parseFloat(((await frame.getByLabel('Availability').textContent()) ?? '100').replace(/[^\d.]/g, '')), { timeout: 20_000 }).toBeLessThan(99);
  await frame.locator('[data-node-id="web"]').click();
  await frame.getByRole('button', { name: 'Pause' }).click();

  // Scrubbing back to the start.
  await frame.getByRole('slider', { name: 'Timeline' }).fill('0');
  await expect(frame.getByLabel('Simulated time')).toHaveText(/^0\.0\s*s$/);

  // Open in Nines: the full lab, with the crash and the recovery recorded.
  const open = frame.getByRole('link', { name: 'Open in Nines' });
  await open.focus();
  const href = (await open.getAttribute('href'))!;
  expect(href).not.toContain('embed');
  const decoded = decodeScenarioFragment(new URL(href).hash);
  if (!decoded.ok) throw new Error(decoded.error);
  expect(decoded.scenario.faults?.map((f) => [f.type, 'target' in f ? f.target : '', f.durationMs !== undefined])).toEqual([['crash', 'web', true]]);
  const [lab] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  await expect(lab.getByRole('button', { name: 'Run to end' })).toBeVisible();
  await expect(lab.getByRole('link', { name: 'Open in Nines' })).toHaveCount(0);

  // No violation of the policy anywhere, the iframe included.
  expect(await (await page.request.get('/__e2e__/csp-report')).json()).toEqual([]);
});

test('?embed=1 opens the player too, and it never writes the user’s saved work', async ({ page }) => {
  const hash = new URL(encodeScenarioLink(onlyServer(), 'http://x/')).hash;
  await page.goto(`/nines/?embed=1${hash}`);
  await expect(page.getByRole('link', { name: 'Open in Nines' })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  await page.locator('[data-node-id="web"]').click();
  await page.waitForTimeout(300);
  expect(await idbText(page, 'nines:work@2')).toBeNull();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
