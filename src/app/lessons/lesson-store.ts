// The Lessons panel's state, outside React (a vanilla zustand store): the
// progress through the course, the lesson open in the lab, and its check —
// the full check over the lesson's seeds (the Check button) and a one-seed
// preview when a run in the lab ends. The lab is reached through a small
// bridge, so this store never depends on the lab's insides, and tests drive
// it with a fake lab and the in-process runner.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  courseLessons,
  encodeAttemptFragment,
  finishCheck,
  getLesson,
  prepareCheck,
  type CheckResult,
  type Lesson,
} from '../../lessons/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { CheckRunner } from './check-runner.ts';
import { advance, parseProgress, type Progress, type ProgressStorage } from './progress.ts';

/** What the lessons need from the lab: the design on screen, and a way to put one there. */
export interface LabBridge {
  scenario(): Scenario;
  /** Bumped by every change to the design (a result for an older one is stale). */
  revision(): number;
  load(scenario: Scenario): void;
}

export type CheckState =
  | { status: 'idle' }
  | { status: 'running'; fraction: number }
  | { status: 'done'; result: CheckResult; revision: number; seq: number }
  | { status: 'failed'; error: string };

export interface ActiveLesson {
  lesson: Lesson;
  /** A built-in lesson travels by id; a teacher's lesson as its whole file. */
  builtIn: boolean;
}

export interface LessonsState {
  progress: Progress;
  active: ActiveLesson | null;
  check: CheckState;
  /** The goals on the last run's seed, when a run in the lab ended. */
  preview: { result: CheckResult; revision: number; seq: number } | null;
  hintsShown: number;
  solutionShown: boolean;
  open(lesson: Lesson, options?: { builtIn?: boolean; design?: Scenario }): void;
  close(): void;
  runCheck(): Promise<CheckResult | null>;
  cancelCheck(): void;
  /** A run in the lab ended on `seed`: check the goals on that seed. */
  runEnded(seed: number): Promise<void>;
  showHint(): void;
  showSolution(): void;
  /** Puts the reference solution in the lab (after showSolution). */
  loadSolution(): void;
  /** Back to the lesson's starting design. */
  restart(): void;
  /** The fragment that opens this lesson with the learner's design. */
  attemptFragment(): string | null;
}

export type LessonsStore = StoreApi<LessonsState>;

export interface LessonsDeps {
  lab: LabBridge;
  runner: CheckRunner;
  storage: ProgressStorage;
}

export function createLessonsStore({ lab, runner, storage }: LessonsDeps): LessonsStore {
  let cancel: (() => void) | null = null;
  // Results are numbered as they arrive, so the view can show the latest of a check and a preview.
  let seq = 0;
  const store = createStore<LessonsState>()((set, get) => {
    const record = (id: string, status: 'passed' | 'tried') => {
      const progress = advance(get().progress, id, status);
      if (progress === get().progress) return;
      set({ progress });
      void storage.write(JSON.stringify(progress));
    };
    return {
      progress: {},
      active: null,
      check: { status: 'idle' },
      preview: null,
      hintsShown: 0,
      solutionShown: false,
      open(lesson, options = {}) {
        get().cancelCheck();
        const builtIn = options.builtIn ?? getLesson(lesson.id) !== undefined;
        set({ active: { lesson, builtIn }, check: { status: 'idle' }, preview: null, hintsShown: 0, solutionShown: false });
        lab.load(structuredClone(options.design ?? lesson.scenario));
      },
      close() {
        get().cancelCheck();
        set({ active: null, check: { status: 'idle' }, preview: null });
      },
      async runCheck() {
        const active = get().active;
        if (!active) return null;
        get().cancelCheck();
        const revision = lab.revision();
        const prepared = prepareCheck(active.lesson, lab.scenario());
        record(active.lesson.id, 'tried');
        set({ check: { status: 'running', fraction: 0 } });
        try {
          let runs: Awaited<ReturnType<CheckRunner>['runs']> = [];
          if (prepared.scenario) {
            const run = runner(prepared, (fraction) => {
              if (get().check.status === 'running') set({ check: { status: 'running', fraction } });
            });
            cancel = run.cancel;
            runs = await run.runs;
            cancel = null;
          }
          if (get().active !== active) return null;
          const result = finishCheck(active.lesson, prepared, runs);
          set({ check: { status: 'done', result, revision, seq: ++seq } });
          if (result.passed) record(active.lesson.id, 'passed');
          return result;
        } catch (err) {
          cancel = null;
          if (get().active === active && get().check.status === 'running') {
            const error = err instanceof Error ? err.message : String(err);
            set({ check: error === 'cancelled' ? { status: 'idle' } : { status: 'failed', error } });
          }
          return null;
        }
      },
      cancelCheck() {
        cancel?.();
        cancel = null;
        if (get().check.status === 'running') set({ check: { status: 'idle' } });
      },
      async runEnded(seed) {
        const active = get().active;
        if (!active) return;
        const revision = lab.revision();
        record(active.lesson.id, 'tried');
        const prepared = prepareCheck(active.lesson, lab.scenario(), [seed]);
        try {
          const runs = prepared.scenario ? await runner(prepared, () => {}).runs : [];
          if (get().active === active) set({ preview: { result: finishCheck(active.lesson, prepared, runs), revision, seq: ++seq } });
        } catch {
          // A preview is a courtesy; the Check button says what went wrong.
        }
      },
      showHint() {
        const hints = get().active?.lesson.hints ?? [];
        set({ hintsShown: Math.min(hints.length, get().hintsShown + 1) });
      },
      showSolution() {
        if (get().active?.lesson.solution) set({ solutionShown: true });
      },
      loadSolution() {
        const solution = get().active?.lesson.solution;
        if (solution && get().solutionShown) lab.load(structuredClone(solution));
      },
      restart() {
        const active = get().active;
        if (active) lab.load(structuredClone(active.lesson.scenario));
      },
      attemptFragment() {
        const active = get().active;
        if (!active) return null;
        return encodeAttemptFragment(active.builtIn ? active.lesson.id : active.lesson, lab.scenario());
      },
    };
  });
  void storage.read().then((text) => store.setState({ progress: { ...parseProgress(text), ...store.getState().progress } }));
  return store;
}

/** The course in order, each lesson with its status. */
export function courseWithStatus(progress: Progress): Array<{ lesson: Lesson; status: 'passed' | 'tried' | 'not-started' }> {
  return courseLessons().map((lesson) => ({ lesson, status: progress[lesson.id] ?? 'not-started' }));
}
