// The Experiments panel: run the design on many seeds at once in Web
// Workers, see how its numbers spread (the histogram, the mean's 95 %
// interval, the algebra's prediction), open any seed in the lab, and compare
// it with a pinned design on the same seeds. Nothing here blocks the page:
// the runs are in workers, and every run can be cancelled.
import { useState } from 'react';
import type { Metric } from '../../experiments/index.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { AbView } from './AbView.tsx';
import { useExperimentStoreApi, useExperiments } from './context.ts';
import { MAX_SEEDS } from './experiment-store.ts';
import { METRIC_VIEWS } from './metrics.ts';
import { SweepView } from './SweepView.tsx';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './experiments.css';

export function ExperimentsPanel({ onOpenSeed }: { onOpenSeed?: (seed: number) => void }) {
  const app = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const revision = useAppStore((s) => s.scenarioRevision);
  const experiments = useExperimentStoreApi();
  const state = useExperiments((s) => s);
  const running = state.status === 'running';
  // Opening a seed sets the scenario's seed (an undoable edit), which restarts the run on screen with it.
  const openSeed = onOpenSeed ?? ((seed: number) => void app.getState().edit(`Open seed ${seed}`, (s) => (s.seed === seed ? s : { ...s, seed })));

  return (
    <section className="experiments" aria-label="Experiments">
      <h2 className="panel-title">Experiments</h2>
      <p className="experiments-intro">One run is one sample. Run the design on many seeds to see what is luck and what is design.</p>
      <div className="experiments-controls">
        <SeedCount value={state.seedCount} disabled={running} onChange={(n) => experiments.getState().setSeedCount(n)} />
        <button type="button" className="btn btn-primary" disabled={running} onClick={() => void experiments.getState().runSweep(scenario, revision)}>
          Run {state.seedCount} seeds
        </button>
        {running && <button type="button" className="btn" onClick={() => experiments.getState().cancel()}>Cancel</button>}
      </div>
      {running && <Progress done={state.done} total={state.total} what={state.running === 'ab' ? 'A/B runs' : 'runs'} />}
      {state.message && <p className="experiments-message" role="status">{state.message}</p>}

      <div className="experiments-metrics" role="radiogroup" aria-label="Metric">
        {METRIC_VIEWS.map((v) => (
          <label key={v.metric} className="metric-choice">
            <input type="radio" name="experiment-metric" checked={state.metric === v.metric} onChange={() => experiments.getState().setMetric(v.metric as Metric)} />
            {v.label}
          </label>
        ))}
      </div>
      {state.sweep && <SweepView result={state.sweep} metric={state.metric} scenario={scenario} stale={state.sweep.revision !== revision} onOpenSeed={openSeed} />}

      <h3 className="experiments-subtitle">A/B: this design against a pinned one</h3>
      {state.pinned ? (
        <p className="experiments-pinned">A is pinned: “{state.pinned.name}”. <button type="button" className="btn-link" disabled={running} onClick={() => experiments.getState().unpin()}>Unpin</button></p>
      ) : (
        <p className="experiments-pinned">Pin this design as A, change it, then compare: both run on the same seeds.</p>
      )}
      <div className="experiments-controls">
        <button type="button" className="btn" disabled={running} onClick={() => experiments.getState().pin(scenario)}>{state.pinned ? 'Pin this design instead' : 'Pin this design as A'}</button>
        <button type="button" className="btn" disabled={running || !state.pinned} onClick={() => void experiments.getState().runAb(scenario, revision)}>
          Compare with A on {state.seedCount} seeds
        </button>
      </div>
      {state.ab && <AbView result={state.ab} stale={state.ab.revision !== revision} />}
    </section>
  );
}

/** The seed count as typed: taken once it is a whole number from 2 to MAX_SEEDS; on leaving, the field shows what was taken. */
function SeedCount({ value, disabled, onChange }: { value: number; disabled: boolean; onChange(n: number): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="field-inline">
      Seeds
      <input type="number" className="field-input" min={2} max={MAX_SEEDS} step={1} value={draft ?? String(value)} disabled={disabled}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 2 && n <= MAX_SEEDS) onChange(n);
        }}
        onBlur={() => setDraft(null)} />
    </label>
  );
}

function Progress({ done, total, what }: { done: number; total: number; what: string }) {
  return (
    <div className="experiments-progress">
      <progress max={total} value={done} aria-label="Experiment progress" />
      <span>{Math.floor(done)} of {total} {what}</span>
    </div>
  );
}
