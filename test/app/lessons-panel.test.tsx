// The Lessons panel as markup: the course in order with each lesson's status,
// and an open lesson with its text, knobs, goals (filled in after a check,
// with the shortfall) and help on request.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { inlineCheckRunner } from '../../src/app/lessons/check-runner.ts';
import { LessonsStoreContext } from '../../src/app/lessons/context.ts';
import { createLessonsStore, type LessonsState, type LessonsStore } from '../../src/app/lessons/lesson-store.ts';
import { createStore } from 'zustand/vanilla';
import { LessonsPanel } from '../../src/app/lessons/LessonsPanel.tsx';
import { memoryProgress } from '../../src/app/lessons/progress.ts';
import { courseLessons, getLesson } from '../../src/lessons/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';

function setup(progress: string | null = null): LessonsStore {
  let shown: Scenario | null = null;
  let rev = 0;
  const lab = { scenario: () => shown!, revision: () => rev, load: (s: Scenario) => ((shown = s), rev++) };
  return createLessonsStore({ lab, runner: inlineCheckRunner, storage: memoryProgress(progress) });
}

/**
 * Server rendering reads a store's initial state, so render a store whose
 * initial state is the live one's (its actions still act on the live store).
 */
const render = (store: LessonsStore, revision = 1) =>
  renderToStaticMarkup(
    <LessonsStoreContext.Provider value={createStore<LessonsState>()(() => store.getState())}>
      <LessonsPanel revision={revision} />
    </LessonsStoreContext.Provider>,
  );

describe('the Lessons panel', () => {
  it('lists the course in order with statuses', async () => {
    const store = setup('{"nines":"passed","spare-capacity":"tried"}');
    await Promise.resolve();
    const html = render(store);
    const titles = [...html.matchAll(/class="course-name">([^<]+)</g)].map((m) => m[1]);
    expect(titles).toEqual(courseLessons().map((l) => l.title.replace(/"/g, '&quot;')));
    expect(html).toContain('aria-label="Lesson 1: Nines, MTBF/MTTR and the series trap (Passed)"');
    expect(html).toContain('aria-label="Lesson 2: Redundancy needs spare capacity (k of n) (Tried)"');
    expect(html).toContain('(Not started)');
    expect(html).toContain(`1 of ${courseLessons().length} passed.`);
  });

  it('shows an open lesson: text, knobs, open goals, a Check button, hints and the solution behind a warning', () => {
    const store = setup();
    store.getState().open(getLesson('health-checks')!);
    const html = render(store);
    expect(html).toContain('<h2 id="lesson-title" class="lesson-title">Health checks: detection delay versus flapping; draining for a deploy</h2>');
    expect(html).toContain('lb › health check › interval (ms)');
    expect(html.match(/class="goal goal-open"/g)).toHaveLength(2);
    expect(html).toContain('Check on 3 seeds');
    expect(html).toContain('Show a hint (1 of 3)');
    expect(html).toContain('Show the solution…');
    expect(html).not.toContain('A health check every 500 ms');
  });

  it('after a check, each goal says what each seed measured and by how much it missed', async () => {
    const store = setup();
    store.getState().open(getLesson('retries')!);
    await store.getState().runCheck();
    const html = render(store, 1);
    expect(html).toContain('class="goal goal-missed"');
    expect(html).toContain('class="goal goal-met"');
    expect(html).toMatch(/seed 1: [34]\.\d+ · seed 2: [34]\.\d+ · seed 3: [34]\.\d+<span class="goal-gap"> — over by 2\.\d+ on seed \d<\/span>/);
    expect(html).toContain('Not yet: 1 of 2 goals not met.');
    expect(html).toContain('<strong>Theory:</strong> Attempts per request while every call fails.');
    expect(render(store, 2)).toContain('(Your design has changed since this check.)');
  });
});
