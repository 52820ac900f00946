// A sweep's result: the histogram of the chosen metric across seeds with the
// 95 % interval and the prediction marked, the numbers in words, and the
// worst seed, which (as any bar) opens in the lab.
import { useEffect, useMemo, useRef } from 'react';
import { expectedAvailability, type Scenario } from '../../scenario/index.ts';
import { createHistogram, type Histogram } from './histogram.ts';
import { metricView } from './metrics.ts';
import type { SweepResult } from './experiment-store.ts';
import type { Metric } from '../../experiments/index.ts';

const WIDTH_PX = 320;
const HEIGHT_PX = 150;

export function SweepView({ result, metric, scenario, stale, onOpenSeed }: {
  result: SweepResult; metric: Metric; scenario: Scenario; stale: boolean; onOpenSeed(seed: number): void;
}) {
  const view = metricView(metric);
  const summary = result.summary[metric];
  const svgRef = useRef<SVGSVGElement>(null);
  const chart = useRef<Histogram | null>(null);
  const open = useRef(onOpenSeed);
  useEffect(() => {
    open.current = onOpenSeed;
  });
  const predicted = useMemo(() => expectedAvailability(scenario)?.availability ?? null, [scenario]);
  const prediction = metric === 'availability' && predicted !== null && !stale ? { value: predicted, label: `MTBF/MTTR algebra ${view.format(predicted)}` } : null;

  useEffect(() => {
    if (!svgRef.current) return;
    chart.current = createHistogram(svgRef.current, (seed) => open.current(seed));
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const width = svgRef.current?.clientWidth || WIDTH_PX;
    chart.current?.update({
      widthPx: width, heightPx: HEIGHT_PX, worse: view.worse, format: view.format, metricName: view.label.toLowerCase(),
      points: result.rows.map((r) => ({ seed: r.seed, value: r[metric] })),
      mean: summary.mean, ci95: summary.ci95, prediction,
    });
  });

  const n = result.rows.length;
  return (
    <div className="experiment-result">
      {stale && <p className="experiment-stale">The design changed since this ran: run it again to see the new one.</p>}
      <svg ref={svgRef} className="histogram" height={HEIGHT_PX} role="group" aria-label={`${view.label} across ${n} seeds`} />
      <ul className="experiment-legend" aria-label="Legend">
        <li><span className="legend-bar" />seeds in each range (bar height)</li>
        <li><span className="legend-mean" />mean, with its 95 % interval</li>
        {prediction && <li><span className="legend-prediction" />MTBF/MTTR algebra</li>}
      </ul>
      <dl className="experiment-numbers">
        <dt>Mean over {n} seeds</dt>
        <dd data-testid="experiment-mean">{view.format(summary.mean)}</dd>
        <dt>95 % interval</dt>
        <dd data-testid="experiment-ci">{summary.ci95 ? `${view.format(summary.ci95[0])} to ${view.format(summary.ci95[1])}` : 'none'}</dd>
        <dt>Range</dt>
        <dd>{view.format(summary.min)} to {view.format(summary.max)}</dd>
        {prediction && <><dt>MTBF/MTTR algebra</dt><dd>{view.format(prediction.value)}</dd></>}
      </dl>
      <button type="button" className="btn" onClick={() => onOpenSeed(summary.worstSeed)}>
        Open the worst seed ({summary.worstSeed}) in the lab
      </button>
    </div>
  );
}
