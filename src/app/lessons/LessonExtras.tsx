// Help on request: hints one at a time, the reference solution behind a
// warning that it spoils the lesson, the attempt as a link to share, and the
// sources the lesson cites.
import { useState } from 'react';
import type { Lesson } from '../../lessons/index.ts';
import { useLessons, useLessonsApi } from './context.ts';

export function Hints({ lesson }: { lesson: Lesson }) {
  const api = useLessonsApi();
  const shown = useLessons((s) => s.hintsShown);
  const hints = lesson.hints ?? [];
  if (hints.length === 0) return null;
  return (
    <section className="lesson-hints" aria-label="Hints">
      <ol>
        {hints.slice(0, shown).map((h, i) => (
          <li key={i}>{h}</li>
        ))}
      </ol>
      {shown < hints.length && (
        <button type="button" className="btn" onClick={() => api.getState().showHint()}>
          {shown === 0 ? 'Show a hint' : 'Another hint'} ({shown + 1} of {hints.length})
        </button>
      )}
    </section>
  );
}

export function Solution({ lesson }: { lesson: Lesson }) {
  const api = useLessonsApi();
  const shown = useLessons((s) => s.solutionShown);
  const [asking, setAsking] = useState(false);
  if (!lesson.solution) return null;
  if (shown) {
    return (
      <section className="lesson-solution" aria-label="Reference solution">
        <p>
          <strong>{lesson.solution.name}.</strong> {lesson.solution.description}
        </p>
        <button type="button" className="btn" onClick={() => api.getState().loadSolution()}>
          Put the solution in the lab
        </button>
      </section>
    );
  }
  return (
    <section className="lesson-solution" aria-label="Reference solution">
      {asking ? (
        <p role="alert">
          Seeing the solution spoils the lesson: you learn most by finding it.{' '}
          <button type="button" className="btn" onClick={() => api.getState().showSolution()}>
            Show it anyway
          </button>{' '}
          <button type="button" className="btn" onClick={() => setAsking(false)}>
            Keep trying
          </button>
        </p>
      ) : (
        <button type="button" className="btn btn-quiet-text" onClick={() => setAsking(true)}>
          Show the solution…
        </button>
      )}
    </section>
  );
}

export function ShareAttempt() {
  const api = useLessonsApi();
  const [link, setLink] = useState<string | null>(null);
  const make = () => {
    const fragment = api.getState().attemptFragment();
    if (!fragment) return;
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${fragment}`;
    setLink(url);
    void navigator.clipboard?.writeText(url).catch(() => {});
  };
  return (
    <section className="lesson-share">
      <button type="button" className="btn" onClick={make}>
        Share my attempt
      </button>
      {link && <input className="link-field" readOnly value={link} aria-label="Link to this lesson with your design" onFocus={(e) => e.currentTarget.select()} />}
    </section>
  );
}

export function Sources({ lesson }: { lesson: Lesson }) {
  if (!lesson.sources?.length) return null;
  return (
    <section className="lesson-sources" aria-label="Sources">
      <h3>Read more</h3>
      <ul>
        {lesson.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
