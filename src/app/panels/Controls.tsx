// Playback: Play/Pause, Step, Reset, Speed, Run to end (with progress).
// Buttons keep fixed widths so the bar never shifts.
import { formatSpeed } from '../format.ts';
import { STEP_MS } from '../run/index.ts';
import { SPEEDS } from '../store/index.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { Icon } from './Icon.tsx';

export function Controls() {
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const ready = useAppStore((s) => s.topology !== null && s.runError === null);
  const done = useAppStore((s) => s.done);
  const progress = useAppStore((s) => s.runToEndProgress);
  const store = useAppStoreApi();
  const actions = store.getState();
  const running = progress !== null;
  return (
    <div className="controls" role="group" aria-label="Playback">
      {playing || running ? (
        <button type="button" className="btn btn-primary btn-play" onClick={actions.pause} aria-keyshortcuts="Space">
          <Icon name="pause" /> Pause
        </button>
      ) : (
        <button type="button" className="btn btn-primary btn-play" onClick={actions.play} disabled={!ready} aria-keyshortcuts="Space">
          <Icon name="play" /> Play
        </button>
      )}
      <button type="button" className="btn btn-icon" onClick={() => actions.step(-1)} disabled={!ready}
        aria-label="Step back" title={`Step back ${STEP_MS} ms (←)`} aria-keyshortcuts="ArrowLeft">
        <Icon name="step-back" />
      </button>
      <button type="button" className="btn" onClick={() => actions.step(1)} disabled={!ready || done}
        title={`Step ${STEP_MS} ms forward (→)`} aria-keyshortcuts="ArrowRight">
        <Icon name="step" /> Step
      </button>
      <button type="button" className="btn" onClick={actions.resetRun} disabled={!ready} title="Back to 0 s">
        <Icon name="reset" /> Reset
      </button>
      <div className="speed">
        <label htmlFor="speed-select" className="speed-label">Speed</label>
        <select id="speed-select" value={String(speed)} onChange={(e) => actions.setSpeed(Number(e.target.value))} disabled={!ready}>
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>{formatSpeed(s)}</option>
          ))}
        </select>
      </div>
      <div className="run-to-end">
        <button type="button" className="btn btn-run-to-end" onClick={actions.runToEnd} disabled={!ready || done || running}
          title="Simulate the rest of the scenario as fast as the engine can (no requests drawn), then show its end">
          <Icon name="fast" /> Run to end
        </button>
        {running && (
          <progress max={1} value={progress} aria-label="Run to end progress">{Math.round(progress * 100)} %</progress>
        )}
      </div>
    </div>
  );
}
