// One lesson beside the canvas: its text, the knobs to turn, its goals as a
// checklist that fills in when a run ends or the Check button finishes, and
// help on request.
import type { ActiveLesson } from './lesson-store.ts';
import { CheckBox } from './CheckBox.tsx';
import { useLessons, useLessonsApi } from './context.ts';
import { GoalList } from './GoalList.tsx';
import { Hints, ShareAttempt, Solution, Sources } from './LessonExtras.tsx';
import { Markdown } from './markdown.tsx';
import { statusOf } from './progress.ts';
import { knobWords, STATUS_WORDS } from './words.ts';

export function LessonView({ active, revision }: { active: ActiveLesson; revision: number }) {
  const api = useLessonsApi();
  const { lesson } = active;
  const status = useLessons((s) => statusOf(s.progress, lesson.id));
  const check = useLessons((s) => s.check);
  const preview = useLessons((s) => s.preview);
  const full = check.status === 'done' ? check : null;
  // The latest result wins: a run that ended after the last check shows its own seed.
  const shown = preview && (!full || preview.seq > full.seq) ? preview : full;
  const isPreview = shown !== null && shown === preview;
  const stale = shown !== null && shown.revision !== revision;
  const seeds = lesson.seeds?.length ?? 3;
  return (
    <article className="lesson-view" aria-labelledby="lesson-title">
      <div className="lesson-nav">
        <button type="button" className="btn" onClick={() => api.getState().close()}>
          ← Course
        </button>
        <span className={`lesson-status status-${status}`}>{STATUS_WORDS[status]}</span>
      </div>
      <h2 id="lesson-title" className="lesson-title">
        {lesson.title}
      </h2>
      <Markdown source={lesson.body} className="lesson-text" />
      {lesson.knobs && lesson.knobs.length > 0 && (
        <section aria-label="Knobs to turn" className="lesson-knobs">
          <h3>Knobs to turn</h3>
          <ul>
            {lesson.knobs.map((k) => (
              <li key={k} className="mono">
                {knobWords(k)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Goals" className="lesson-goals">
        <h3>Goals {isPreview ? `(last run, seed ${shown.result.seeds[0]})` : `(every one, on ${seeds} seeds)`}</h3>
        <GoalList goals={lesson.goals} result={shown?.result ?? null} stale={stale} />
        <CheckBox seeds={seeds} stale={full !== null && full.revision !== revision} />
      </section>
      <Hints lesson={lesson} />
      <Solution lesson={lesson} />
      <div className="lesson-footer">
        <button type="button" className="btn" onClick={() => api.getState().restart()}>
          Start over
        </button>
        <ShareAttempt />
      </div>
      <Sources lesson={lesson} />
    </article>
  );
}
