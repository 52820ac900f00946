// The big numbers: availability (a percentage and in nines), p99 latency,
// throughput, and once clusters exist, lost writes and time without a
// primary. Each is a labelled <output> whose text is the value with its unit.
import { useMemo } from 'react';
import { ROW } from '../../engine/index.ts';
import { formatLatency, formatNines, formatPercent, formatRate, formatShortTime } from '../format.ts';
import { AVAILABILITY_WINDOW_MS, latest, ninesOf, runAvailability, windowAvailability } from '../run/index.ts';
import { useAppStore } from '../store/index.ts';
import { expectedAvailability } from '../../scenario/index.ts';

const DASH = '—';

export function Readouts() {
  const rows = useAppStore((s) => s.rows);
  const hasClusters = useAppStore((s) => (s.scenario.clusters ?? []).length > 0);
  const sloTarget = useAppStore((s) => s.scenario.slo?.availability);
  // What MTBF/MTTR alone predict, beside what the run measures: once per scenario, not per frame of data.
  const scenario = useAppStore((s) => s.scenario);
  const expected = useMemo(() => expectedAvailability(scenario)?.availability ?? null, [scenario]);
  const windowed = windowAvailability(rows);
  const whole = runAvailability(rows);
  const p99 = latest(rows, ROW.latencyP99Ms);
  const p50 = latest(rows, ROW.latencyP50Ms);
  const throughput = latest(rows, ROW.throughputPerSec);
  const offered = latest(rows, ROW.offeredPerSec);
  const budget = latest(rows, ROW.budgetSpent);
  const state = windowed === null ? 'none' : sloTarget !== undefined && windowed < sloTarget ? 'below' : windowed < 0.99 ? 'below' : 'ok';
  return (
    <section className="readouts" aria-label="Readouts">
      <Card id="availability" label="Availability" caption={`last ${AVAILABILITY_WINDOW_MS / 1000} s`} wide state={state}
        value={windowed === null ? DASH : formatPercent(windowed)}
        sub={windowed === null ? 'waiting for requests' : formatNines(ninesOf(windowed))}
        foot={[
          whole === null ? '' : `whole run ${formatPercent(whole)}`,
          expected === null ? '' : `MTBF/MTTR algebra ${formatPercent(expected)}`,
          budget === null || sloTarget === undefined ? '' : budgetWords(budget),
        ].filter(Boolean).join(' · ')} />
      <Card id="p99" label="p99 latency" caption="last 1 s" value={p99 === null || throughput === 0 ? DASH : formatLatency(p99)}
        sub={p50 === null || throughput === 0 ? '' : `p50 ${formatLatency(p50)}`} />
      <Card id="throughput" label="Throughput" caption="succeeded" value={throughput === null ? DASH : formatRate(throughput)}
        sub={offered === null ? '' : `offered ${formatRate(offered)}`} />
      {hasClusters && <DataCards rows={rows} />}
    </section>
  );
}

function DataCards({ rows }: { rows: readonly Float64Array[] }) {
  const lost = latest(rows, ROW.writesLost);
  const noPrimary = latest(rows, ROW.noPrimaryMs);
  return (
    <>
      <Card id="lost" label="Lost writes" caption="acked, then lost" state={lost ? 'below' : 'ok'}
        value={lost === null ? DASH : `${lost}\u00a0write${lost === 1 ? '' : 's'}`} sub="" />
      <Card id="noprimary" label="No primary" caption="time without one" state={noPrimary ? 'below' : 'ok'}
        value={noPrimary === null ? DASH : formatShortTime(noPrimary)} sub="" />
    </>
  );
}

/** Error budget spent: a percentage, or how many times over once it is blown. */
function budgetWords(spent: number): string {
  if (spent <= 1) return `error budget spent ${Math.round(spent * 100)}\u00a0%`;
  return `error budget spent ${spent < 10 ? spent.toFixed(1) : Math.round(spent)}× over`;
}

interface CardProps {
  id: string;
  label: string;
  caption: string;
  value: string;
  sub: string;
  foot?: string;
  wide?: boolean;
  state?: string;
}

function Card({ id, label, caption, value, sub, foot, wide, state }: CardProps) {
  const labelId = `readout-${id}`;
  return (
    <div className={`readout${wide ? ' readout-wide' : ''}`} data-state={state}>
      <div className="readout-head">
        <span id={labelId} className="readout-label">{label}</span>
        <span className="readout-caption">{caption}</span>
      </div>
      <output aria-labelledby={labelId} className="readout-output">
        <Value text={value} />
        {sub && ' '}
        {sub && <span className="readout-sub">{sub}</span>}
      </output>
      {foot && <div className="readout-foot">{foot}</div>}
    </div>
  );
}

/** The number large, its unit smaller beside it (the text stays "118 ms"). */
function Value({ text }: { text: string }) {
  const cut = text.lastIndexOf('\u00a0');
  const unit = cut > 0 ? text.slice(cut + 1) : '';
  if (!unit || /\d/.test(unit)) return <span className="readout-value">{text}</span>;
  return (
    <span className="readout-value">
      {text.slice(0, cut)}
      <span className="readout-unit">{`\u00a0${unit}`}</span>
    </span>
  );
}
