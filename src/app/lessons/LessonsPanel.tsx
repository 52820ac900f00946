// The Lessons panel: the course in order with where the learner stands in
// each lesson, a way in for a teacher's lesson (a file or a link), and —
// once a lesson is open — the lesson itself.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useLessons, useLessonsApi } from './context.ts';
import { lessonFromHash, parseLessonFile } from './lesson-links.ts';
import { courseWithStatus } from './lesson-store.ts';
import { LessonView } from './LessonView.tsx';
import { STATUS_WORDS } from './words.ts';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './lessons.css';

export function LessonsPanel({ revision }: { revision: number }) {
  const active = useLessons((s) => s.active);
  // A lesson opened from far down the course (or the course shown again) starts at its top:
  // its title, not the middle of its text where the list was scrolled to.
  const ref = useRef<HTMLElement>(null);
  const shownId = active?.lesson.id ?? null;
  useEffect(() => {
    const panel = ref.current;
    if (!panel || panel.dataset.shown === (shownId ?? '')) return;
    panel.dataset.shown = shownId ?? '';
    panel.scrollTop = 0;
    const rail = panel.closest('.left-rail');
    if (rail) rail.scrollTop = 0;
  }, [shownId]);
  return (
    <section ref={ref} className="lessons-panel" aria-label="Lessons">
      {active ? <LessonView active={active} revision={revision} /> : <Course />}
    </section>
  );
}

function Course() {
  const api = useLessonsApi();
  const progress = useLessons((s) => s.progress);
  const course = courseWithStatus(progress);
  const passed = course.filter((c) => c.status === 'passed').length;
  return (
    <div className="course">
      <h2 className="course-title">Lessons</h2>
      <p className="muted">
        Learn high availability by breaking things: each lesson is a system that fails its goals until you fix it. {passed} of {course.length} passed.
      </p>
      <ol className="course-list">
        {course.map(({ lesson, status }, i) => (
          <li key={lesson.id} className={`course-item status-${status}`}>
            <button type="button" className="course-open" onClick={() => api.getState().open(lesson, { builtIn: true })} aria-label={`Lesson ${i + 1}: ${lesson.title} (${STATUS_WORDS[status]})`}>
              <span className="course-number">{i + 1}</span>
              <span className="course-body">
                <span className="course-name">{lesson.title}</span>
                <span className="course-summary">{lesson.summary}</span>
              </span>
              <span className={`lesson-status status-${status}`}>{STATUS_WORDS[status]}</span>
            </button>
          </li>
        ))}
      </ol>
      <TeacherLesson />
    </div>
  );
}

/** A teacher's lesson: a nines/lesson@1 file, or a lesson link pasted in. */
function TeacherLesson() {
  const api = useLessonsApi();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState('');
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const opened = parseLessonFile(await file.text(), file.name);
    if (!opened.ok) return setError(opened.error);
    setError(null);
    api.getState().open(opened.lesson, { builtIn: opened.builtIn });
  };
  const onLink = () => {
    const hash = link.includes('#') ? link.slice(link.indexOf('#')) : `#${link}`;
    const opened = lessonFromHash(hash);
    if (!opened || !opened.ok) return setError(opened ? opened.error : 'That is not a lesson link (it should hold #lesson= or #l=).');
    setError(null);
    api.getState().open(opened.lesson, { builtIn: opened.builtIn, ...(opened.design ? { design: opened.design } : {}) });
  };
  return (
    <details className="teacher-lesson">
      <summary>Open a teacher's lesson</summary>
      <label className="field-label">
        A lesson file (nines/lesson@1)
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
      <label className="field-label">
        or a lesson link
        <input type="url" className="link-field" value={link} onChange={(e) => setLink(e.currentTarget.value)} placeholder="https://…#l=…" />
      </label>
      <button type="button" className="btn" onClick={onLink} disabled={link.trim() === ''}>
        Open the link
      </button>
      {error && (
        <p className="lesson-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
