// The Lessons panel inside the lab: one lessons store per app store, wired to
// it — the design on screen is the learner's attempt, a finished run previews
// the goals on its seed, the open lesson's knobs light up in the inspector —
// and lessons that arrive in the link the app opened with, or in one pasted
// into an open tab.
import { useStore } from 'zustand';
import { useAppStore, useAppStoreApi, type AppStore } from '../store/index.ts';
import { browserCheckRunner } from './check-runner.ts';
import { LessonsStoreContext } from './context.ts';
import { setKnobs } from './knobs.ts';
import { lessonFromHash, type LessonOpening } from './lesson-links.ts';
import { createLessonsStore, type LessonsStore } from './lesson-store.ts';
import { LessonsPanel } from './LessonsPanel.tsx';
import { localStorageProgress } from './progress.ts';
import { showLessonsTab } from './rail.ts';

const stores = new WeakMap<AppStore, LessonsStore>();
let pending: Extract<LessonOpening, { ok: true }> | null = null;

/** The lessons store of this app, made (and wired) on first use. */
export function lessonsStoreFor(app: AppStore): LessonsStore {
  const known = stores.get(app);
  if (known) return known;
  const lessons = createLessonsStore({
    lab: {
      scenario: () => app.getState().scenario,
      revision: () => app.getState().scenarioRevision,
      load: (scenario) => app.getState().replaceScenario(scenario),
    },
    runner: browserCheckRunner(),
    storage: localStorageProgress(),
  });
  stores.set(app, lessons);
  app.subscribe((state, previous) => {
    if (state.done && !previous.done && state.report && lessons.getState().active) void lessons.getState().runEnded(state.report.seed);
  });
  lessons.subscribe((state, previous) => {
    if (state.active !== previous.active) setKnobs(state.active?.lesson.knobs ?? []);
  });
  if (pending) {
    lessons.getState().open(pending.lesson, { builtIn: pending.builtIn, ...(pending.design ? { design: pending.design } : {}) });
    pending = null;
  }
  return lessons;
}

/**
 * At boot: the lesson the page's link asks for (null when it asks for none).
 * The lesson opens with the Lessons panel; a bad link says why.
 */
export function lessonInOpeningLink(hash: string): LessonOpening | null {
  const opening = lessonFromHash(hash);
  pending = opening?.ok ? opening : null;
  return opening;
}

/** Whether a lesson link sits in the rail's way at start (so it shows the Lessons tab). */
export function hasPendingLesson(): boolean {
  return pending !== null;
}

/** A lesson link pasted into an open tab: opens it, or returns why not; null when the link holds no lesson. */
export function openLessonLink(app: AppStore, hash: string): string | null | true {
  const opening = lessonFromHash(hash);
  if (!opening) return null;
  if (!opening.ok) return opening.error;
  lessonsStoreFor(app).getState().open(opening.lesson, { builtIn: opening.builtIn, ...(opening.design ? { design: opening.design } : {}) });
  showLessonsTab();
  return true;
}

/** Whether a lesson is open (presenter mode shows the left rail only then). */
export function useLessonOpen(): boolean {
  return useStore(lessonsStoreFor(useAppStoreApi()), (s) => s.active !== null);
}

/** The Lessons tab of the left rail. */
export function LessonsTab() {
  const app = useAppStoreApi();
  const revision = useAppStore((s) => s.scenarioRevision);
  return (
    <LessonsStoreContext.Provider value={lessonsStoreFor(app)}>
      <LessonsPanel revision={revision} />
    </LessonsStoreContext.Provider>
  );
}
