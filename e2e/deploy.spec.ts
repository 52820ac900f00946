// Deploy anywhere, under a strict Content-Security-Policy: the very same
// build loads at /, /nines/ and /courses/ha/lab/, its worker runs, and no
// policy violation happens anywhere (the page listens for them, and the
// server collects the browser's reports, which cover the worker too).
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, runToEnd } from './lab-helpers.ts';

/** Records securitypolicyviolation events of the page from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { ninesViolations: string[] }).ninesViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { ninesViolations: string[] }).ninesViolations);
}

async function reportedViolations(page: Page): Promise<unknown[]> {
  return (await (await page.request.get('/__e2e__/csp-report')).json()) as unknown[];
}

for (const mount of ['/', '/nines/', '/courses/ha/lab/']) {
  test(`the build runs at ${mount} with its worker, under the policy, with no violation`, async ({ page }) => {
    const errors = collectErrors(page);
    const violations = await watchViolations(page);
    const response = await page.goto(mount);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.getByRole('heading', { name: 'Nines' })).toBeVisible();
    // The worker answered: the run is loaded and Run to end finishes it.
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
    await runToEnd(page);
    // Every asset came from under the mount.
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
    for (const src of scripts) expect(new URL(src).pathname.startsWith(mount)).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a folder without its final slash is redirected, as static hosts do, and still runs', async ({ page }) => {
  await page.goto('/nines');
  await expect(page).toHaveURL(/\/nines\/$/);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
});

// Runs before the test that provokes a violation on purpose (the reports are the server's, for the whole run).
test('the browser reported no violation of the policy during the run (page and worker)', async ({ page }) => {
  await page.goto('/nines/');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(await reportedViolations(page)).toEqual([]);
});

test('the policy really is enforced: an inline script is refused and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/nines/');
  await expect(page.getByRole('heading', { name: 'Nines' })).toBeVisible();
  // A script element added by the page itself, as an injected one would be.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.ninesInlineRan = true';
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { ninesInlineRan?: boolean }).ninesInlineRan)).toBeUndefined();
  // Refused twice: by the header's policy and by the same policy in the page's <meta>.
  await expect.poll(violations).toEqual(['script-src-elem inline :4', 'script-src-elem inline :4']);
  // And the browser reports it to the server, which is how the test above would see one in the worker.
  await expect.poll(async () => (await reportedViolations(page)).length).toBeGreaterThan(0);
  // Forgotten again, so later specs see only their own.
  await page.request.delete('/__e2e__/csp-report');
});
