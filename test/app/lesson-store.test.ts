// The Lessons panel's state without React: open a lesson into a fake lab,
// check the start (not passed), load the solution and check again (passed,
// and the progress saved), preview a run's seed, share the attempt, and open
// lessons from links and files, bad ones named by their field.
import { describe, expect, it } from 'vitest';
import { inlineCheckRunner } from '../../src/app/lessons/check-runner.ts';
import { lessonFromHash, parseLessonFile } from '../../src/app/lessons/lesson-links.ts';
import { courseWithStatus, createLessonsStore, type LabBridge } from '../../src/app/lessons/lesson-store.ts';
import { memoryProgress, parseProgress } from '../../src/app/lessons/progress.ts';
import { createSeedHandler, withMeasures } from '../../src/app/lessons/seed-worker.ts';
import { encodeLessonFragment, getLesson, prepareCheck, runCheckSeed } from '../../src/lessons/index.ts';
import { encodeScenarioFragment, type Scenario } from '../../src/scenario/index.ts';

function fakeLab(): LabBridge & { shown: Scenario | null; rev: number } {
  const lab = {
    shown: null as Scenario | null,
    rev: 0,
    scenario: () => lab.shown!,
    revision: () => lab.rev,
    load: (s: Scenario) => {
      lab.shown = s;
      lab.rev++;
    },
  };
  return lab;
}

const retries = getLesson('retries')!;

describe('the lessons store', () => {
  it('opens a lesson, fails its start, passes its solution, and keeps the progress', async () => {
    const lab = fakeLab();
    const storage = memoryProgress();
    const store = createLessonsStore({ lab, runner: inlineCheckRunner, storage });
    store.getState().open(retries);
    expect(lab.shown).toEqual(retries.scenario);
    const first = await store.getState().runCheck();
    expect(first?.passed).toBe(false);
    expect(store.getState().progress).toEqual({ retries: 'tried' });
    store.getState().loadSolution();
    expect(lab.shown).toEqual(retries.scenario); // not before it was asked for
    store.getState().showSolution();
    store.getState().loadSolution();
    expect(lab.shown).toEqual(retries.solution);
    const second = await store.getState().runCheck();
    expect(second?.passed).toBe(true);
    expect(store.getState().check).toMatchObject({ status: 'done', result: { passed: true } });
    expect(parseProgress(storage.text)).toEqual({ retries: 'passed' });
    // Passed stays passed when a later attempt fails.
    store.getState().restart();
    await store.getState().runCheck();
    expect(store.getState().progress.retries).toBe('passed');
    expect(courseWithStatus(store.getState().progress).find((c) => c.lesson.id === 'retries')?.status).toBe('passed');
  });

  it('reads saved progress, ignoring anything malformed', async () => {
    const store = createLessonsStore({ lab: fakeLab(), runner: inlineCheckRunner, storage: memoryProgress('{"nines":"passed","zones":"tried","x":"won","Bad Id":"passed"}') });
    await Promise.resolve();
    expect(store.getState().progress).toEqual({ nines: 'passed', zones: 'tried' });
    expect(parseProgress('not json')).toEqual({});
  });

  it('a run that ends in the lab previews the goals on its seed', async () => {
    const lab = fakeLab();
    const store = createLessonsStore({ lab, runner: inlineCheckRunner, storage: memoryProgress() });
    store.getState().open(retries, { design: retries.solution });
    await store.getState().runEnded(7);
    expect(store.getState().preview?.result).toMatchObject({ seeds: [7], passed: true });
  });

  it('hints come one at a time', () => {
    const store = createLessonsStore({ lab: fakeLab(), runner: inlineCheckRunner, storage: memoryProgress() });
    store.getState().open(retries);
    for (let i = 0; i < 10; i++) store.getState().showHint();
    expect(store.getState().hintsShown).toBe(retries.hints!.length);
  });

  it('the attempt link opens the lesson with the learner\'s design', () => {
    const lab = fakeLab();
    const store = createLessonsStore({ lab, runner: inlineCheckRunner, storage: memoryProgress() });
    store.getState().open(retries, { design: retries.solution });
    const fragment = store.getState().attemptFragment()!;
    expect(fragment.startsWith('#lesson=retries&s=2.')).toBe(true);
    expect(lessonFromHash(fragment)).toEqual({ ok: true, lesson: retries, builtIn: true, design: retries.solution });
  });
});

describe('lessons from links and files', () => {
  it('#lesson=ID opens a built-in lesson; an unknown one says so', () => {
    expect(lessonFromHash('#lesson=health-checks')).toMatchObject({ ok: true, builtIn: true, lesson: { id: 'health-checks' } });
    expect(lessonFromHash('#lesson=nope')).toMatchObject({ ok: false, error: expect.stringMatching(/^This link asks for the lesson "nope"/) });
    expect(lessonFromHash('#s=2.1.abc.00000000')).toBeNull();
    expect(lessonFromHash('')).toBeNull();
  });

  it('a teacher\'s lesson link opens it, with a design when the link has one', () => {
    const teacher = { ...retries, id: 'my-lesson', title: 'My lesson' };
    const fragment = `${encodeLessonFragment(teacher)}&${encodeScenarioFragment(retries.solution!).slice(1)}`;
    expect(lessonFromHash(fragment)).toEqual({ ok: true, lesson: teacher, builtIn: false, design: retries.solution });
  });

  it('a bad design in a lesson link is refused, naming why', () => {
    const opened = lessonFromHash('#lesson=retries&s=2.1.abc.00000000');
    expect(opened).toMatchObject({ ok: false, error: expect.stringMatching(/^The lesson opened, but the design in the link did not: This link is damaged/) });
  });

  it('a lesson file is validated, bad fields named', () => {
    expect(parseLessonFile(JSON.stringify({ ...retries, id: 'mine' }), 'mine.json')).toMatchObject({ ok: true, builtIn: false, lesson: { id: 'mine' } });
    const bad = parseLessonFile(JSON.stringify({ ...retries, seeds: [1, 1] }), 'bad.json');
    expect(bad).toEqual({ ok: false, error: 'bad.json is not a valid lesson: seeds: must not list the same value twice', errors: [{ path: 'seeds', message: 'must not list the same value twice' }] });
    expect(parseLessonFile('{', 'x.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^x\.json: not valid JSON/) });
  });
});

describe('the check worker', () => {
  it('answers the pool protocol with the seed\'s run, the same as in-process', () => {
    const prepared = prepareCheck(retries, retries.solution!);
    const replies: unknown[] = [];
    const handle = createSeedHandler((r) => replies.push(r));
    handle({ type: 'designs', scenarios: [withMeasures(prepared.scenario!, prepared.measures)] });
    handle({ type: 'run', id: 4, design: 0, seed: 2 });
    const last = replies.at(-1) as { id: number; row: unknown };
    expect(last.id).toBe(4);
    expect(last.row).toEqual(runCheckSeed(prepared, 2));
    expect(replies.some((r) => typeof (r as { fraction?: number }).fraction === 'number')).toBe(true);
  });
});
