// The Check button and what it found: progress while the seeds run in
// workers, then the verdict, the theory beside the measurement, and what the
// check did (kept fixed, left out, over budget).
import { useLessons, useLessonsApi } from './context.ts';

export function CheckBox({ seeds, stale }: { seeds: number; stale: boolean }) {
  const api = useLessonsApi();
  const check = useLessons((s) => s.check);
  const running = check.status === 'running';
  const result = check.status === 'done' ? check.result : null;
  const failed = result ? result.goals.filter((g) => !g.passed).length : 0;
  return (
    <div className="lesson-check">
      <div className="lesson-check-row">
        <button type="button" className="btn btn-primary" onClick={() => void api.getState().runCheck()} disabled={running}>
          {running ? 'Checking…' : `Check on ${seeds} seeds`}
        </button>
        {running && (
          <>
            <progress className="lesson-progress" max={1} value={check.fraction} aria-label="Check progress" />
            <span className="muted">{Math.min(seeds, Math.floor(check.fraction * seeds) + 1)} of {seeds}</span>
            <button type="button" className="btn" onClick={() => api.getState().cancelCheck()}>
              Stop
            </button>
          </>
        )}
      </div>
      <p className="lesson-verdict" role="status" aria-live="polite">
        {check.status === 'failed' && `The check could not run: ${check.error}`}
        {result && result.passed && 'Passed on every seed. Well done.'}
        {result && !result.passed && (failed > 0 ? `Not yet: ${failed} of ${result.goals.length} goals not met.` : 'Not yet: see below.')}
        {result && stale && ' (Your design has changed since this check.)'}
      </p>
      {result?.prediction && (
        <div className="lesson-theory">
          <strong>Theory:</strong> {result.prediction.label}. <code className="lesson-formula">{result.prediction.formula}</code>
          <p>{result.prediction.note}</p>
        </div>
      )}
      {result && result.messages.length > 0 && (
        <ul className="lesson-messages" aria-label="What the check did">
          {result.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
