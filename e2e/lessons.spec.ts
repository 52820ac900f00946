// The Lessons panel in a real browser: the course in order, lesson 4 done by
// hand (turn on a health check, shorten its interval), the checklist turning
// green after Check (seeds run in Web Workers) and the lesson marked passed
// for good; a teacher's lesson opened from a link; a bad lesson link refused.
import { expect, test, type Page } from '@playwright/test';
import { encodeLessonFragment, getLesson } from '../src/lessons/index.ts';
import { node } from './editor-helpers.ts';
import { collectErrors } from './lab-helpers.ts';

const lessons = (page: Page) => page.getByRole('region', { name: 'Lessons' });
/** README pictures, retaken with LESSON_SCREENSHOTS=1 (never in CI, so a run never changes the tree). */
const picture = async (page: Page, name: string) => {
  if (process.env.LESSON_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
};

test('lesson 4 by hand: a health check with a shorter interval turns the checklist green', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Lessons' }).click();
  const panel = lessons(page);
  await expect(panel.getByRole('button', { name: /^Lesson 1: Nines, MTBF\/MTTR and the series trap \(Not started\)$/ })).toBeVisible();
  await expect(panel.locator('.course-item')).toHaveCount(16);
  await picture(page, 'lessons-course');

  await panel.getByRole('button', { name: /^Lesson 4: Health checks/ }).click();
  await expect(panel.getByRole('heading', { name: 'Health checks: detection delay versus flapping; draining for a deploy' })).toBeVisible();
  await expect(panel.getByTestId('goal')).toHaveCount(2);

  // The start fails its own check: no health check at all.
  await panel.getByRole('button', { name: 'Check on 3 seeds' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Not yet: 1 of 2 goals not met\./, { timeout: 60_000 });
  await expect(panel.locator('.goal-missed')).toHaveCount(1);

  // Turn on a health check on the balancer and shorten its interval.
  await node(page, 'lb').click();
  const inspector = page.getByRole('complementary', { name: 'Readouts and selection' });
  await inspector.getByRole('checkbox', { name: 'Health checks' }).check();
  await expect(inspector.locator('[data-knob="true"]').first()).toBeVisible();
  const interval = inspector.getByRole('textbox', { name: 'Interval' });
  await interval.fill('500');
  await interval.press('Enter');
  await picture(page, 'lessons-in-progress');

  // A run that ends in the lab fills the checklist in for its own seed.
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(panel.getByRole('heading', { name: /^Goals \(last run, seed \d+\)$/ })).toBeVisible({ timeout: 60_000 });
  await expect(panel.locator('.goal-met')).toHaveCount(2);

  await panel.getByRole('button', { name: 'Check on 3 seeds' }).click();
  await expect(panel.getByRole('status')).toHaveText('Passed on every seed. Well done.', { timeout: 60_000 });
  await expect(panel.locator('.goal-met')).toHaveCount(2);
  await expect(panel.locator('.lesson-nav .lesson-status')).toHaveText('Passed');

  // Presenter mode keeps the lesson, large.
  await page.getByRole('button', { name: 'Presenter' }).click();
  await expect(panel.getByRole('heading', { name: /^Health checks/ })).toBeVisible();
  const size = await panel.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await page.getByRole('button', { name: 'Presenter' }).click();

  // Kept in the browser: after a reload the course still says so.
  await page.reload();
  await page.getByRole('tab', { name: 'Lessons' }).click();
  await expect(lessons(page).getByRole('button', { name: /^Lesson 4: Health checks.*\(Passed\)$/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a teacher\'s lesson opens from a link; a built-in one from #lesson=; a damaged one says why', async ({ page }) => {
  const errors = collectErrors(page);
  const base = getLesson('retries')!;
  const teacher = { ...base, id: 'my-retries', title: 'My own retry lesson', summary: 'A teacher wrote this.' };
  await page.goto(`/${encodeLessonFragment(teacher)}`);
  const panel = lessons(page);
  await expect(panel.getByRole('heading', { name: 'My own retry lesson' })).toBeVisible();
  await expect(page.getByText(base.scenario.name).first()).toBeVisible();

  await page.goto('about:blank');
  await page.goto('/#lesson=zones');
  await expect(lessons(page).getByRole('heading', { name: 'Zones and static stability' })).toBeVisible();

  await page.goto('about:blank');
  await page.goto(`/${encodeLessonFragment(teacher).slice(0, -1)}0`);
  await expect(page.getByRole('alert').filter({ hasText: 'This lesson link is damaged' })).toBeVisible();
  expect(errors).toEqual([]);
});
