// An A/B result in plain words: for each metric, which design is better, by
// how much, and whether that could be noise; and the paired spread beside the
// unpaired one, which is what running both on the same seeds bought.
import { METRICS, verdict } from '../../experiments/index.ts';
import type { AbResult } from './experiment-store.ts';
import { metricView } from './metrics.ts';

export function AbView({ result, stale }: { result: AbResult; stale: boolean }) {
  const { compare } = result;
  const names = { a: 'A (pinned)', b: 'B (this design)' };
  return (
    <div className="experiment-ab">
      {stale && <p className="experiment-stale">This design changed since the comparison ran.</p>}
      <ul className="experiment-verdicts">
        {METRICS.map((metric) => {
          const m = compare.metrics[metric];
          const v = verdict(metric, m, compare.runs, names);
          const view = metricView(metric);
          return (
            <li key={metric} data-significant={v.significant}>
              <strong>{v.sentence}.</strong> <span>{v.significance[0].toUpperCase() + v.significance.slice(1)}.</span>
              <span className="experiment-spread">
                {view.label}: A {view.format(m.a)}, B {view.format(m.b)}; paired sd {spread(metric, m.pairedSd)}, unpaired {spread(metric, m.unpairedSd)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function spread(metric: string, sd: number): string {
  if (metric === 'availability') return `${(sd * 100).toPrecision(2)} points`;
  return metric === 'latencyP99Ms' ? `${sd.toPrecision(2)} ms` : `${sd.toPrecision(2)} writes`;
}
