// The big numbers. Availability of the whole run so far (at the end exactly
// the CLI's figure), with the last 10 s beside it; latency of the successful
// requests with the failed share beside it; throughput as succeeded of
// offered; and with clusters, lost writes, writes at risk, time without a
// primary and stale reads. Beside each: the prediction where theory gives
// one (its formula on hover and focus), and the kept run's value ("was").
import { useMemo } from 'react';
import { NODE, type Topology } from '../../../engine/index.ts';
import { ninesAndDowntime } from '../../../experiments/index.ts';
import { expectedAvailability, expectedNoPrimary, type Scenario } from '../../../scenario/index.ts';
import { formatCount, formatLatency, formatNines, formatPercent, formatRate, formatShortTime } from '../../format.ts';
import { headline, headlineAt, ninesOf, type Headline } from '../../run/index.ts';
import { useAppStore } from '../../store/index.ts';
import { Card, Explained, Line } from './parts.tsx';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './readouts.css';

const DASH = '—';
/** From a week on, availability is also said as downtime a year ("3.2 nines — 5.7 h of downtime a year"). */
const LONG_RUN_MS = 7 * 86_400_000;
const pct = (x: number | null) => (x === null ? DASH : formatPercent(x));

export function Readouts() {
  const rows = useAppStore((s) => s.rows);
  const report = useAppStore((s) => (s.done ? s.report : null));
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const durationMs = useAppStore((s) => s.durationMs);
  const compare = useAppStore((s) => s.compare);
  const scenario = useAppStore((s) => s.scenario);
  const now = useMemo(() => headline(rows, report), [rows, report]);
  const was = useMemo(() => (compare ? headlineAt(compare, simTimeMs, compare.scenario.durationMs ?? durationMs) : null), [compare, simTimeMs, durationMs]);
  // What theory predicts: once per scenario, not per frame of data.
  const expected = useMemo(() => expectedAvailability(scenario), [scenario]);
  const target = scenario.slo?.availability;
  const wasWord = compare?.kind === 'pinned' ? 'pinned run' : 'before';
  const below = now.wholeRun !== null && target !== undefined && now.wholeRun < target;
  return (
    <section className="readouts" aria-label="Readouts">
      <Card id="availability" label="Availability" caption={below ? `whole run · below the ${Number(((target ?? 1) * 100).toPrecision(6))} % SLO` : 'whole run'} wide
        state={now.wholeRun === null ? 'none' : below ? 'bad' : 'ok'}
        value={now.wholeRun === null ? DASH : formatPercent(now.wholeRun)}
        sub={now.wholeRun === null ? 'waiting for requests' : durationMs >= LONG_RUN_MS && ninesOf(now.wholeRun) !== null ? ninesAndDowntime(now.wholeRun) : formatNines(ninesOf(now.wholeRun))}>
        <div className="readout-lines">
          <Line label={`last ${formatShortTime(now.recentWindowMs || 10_000)}`} value={pct(now.recent)} name="Availability, last 10 s" />
          {expected && <Explained label="predicted" value={formatPercent(expected.availability)} explain={expected.explain ?? []} />}
          {was && <Line label={wasWord} value={`was ${pct(was.wholeRun)}`} name={`Availability, ${wasWord}`} tone="was" />}
        </div>
        {now.budgetSpent !== null && target !== undefined && <div className="readout-foot">{budgetWords(now.budgetSpent)}</div>}
      </Card>
      <LatencyCard now={now} was={was} wasWord={wasWord} />
      <ThroughputCard now={now} was={was} wasWord={wasWord} />
      {(scenario.clusters ?? []).length > 0 && <DataCards now={now} was={was} wasWord={wasWord} scenario={scenario} />}
    </section>
  );
}

interface Pair {
  now: Headline;
  was: Headline | null;
  wasWord: string;
}

function LatencyCard({ now, was }: Pair) {
  return (
    <Card id="p99" label="p99 latency" caption="of successful requests" value={now.p99Ms === null ? DASH : formatLatency(now.p99Ms)}>
      <div className="readout-lines">
        <Line label="p50" value={now.p50Ms === null ? DASH : formatLatency(now.p50Ms)} name="p50 latency" />
        <Line label="failed" value={now.failedShare === null ? DASH : formatPercent(now.failedShare)} name="Failed share, last 10 s" tone={now.failedShare ? 'warn' : undefined} />
        {was && <Line label="was" value={was.p99Ms === null ? DASH : formatLatency(was.p99Ms)} name="p99 latency before" tone="was" />}
      </div>
    </Card>
  );
}

function ThroughputCard({ now, was }: Pair) {
  return (
    <Card id="throughput" label="Throughput" caption={'succeeded, last 10\u00a0s'} value={now.succeededPerSec === null ? DASH : formatRate(now.succeededPerSec)}>
      <div className="readout-lines">
        <Line label="offered" value={now.offeredPerSec === null ? DASH : formatRate(now.offeredPerSec)} name="Offered, last 10 s" />
        <Line label="whole run" value={`${wholeCount(now.succeeded)} of ${wholeCount(now.requests)}`} name="Requests succeeded, whole run" />
        {was && <Line label="was" value={was.succeededPerSec === null ? DASH : formatRate(was.succeededPerSec)} name="Throughput before" tone="was" />}
      </div>
    </Card>
  );
}

function DataCards({ now, was, scenario }: Pair & { scenario: Scenario }) {
  const primaries = useAppStore((s) => mostPrimaries(scenario, s.topology, s.nodeStates));
  const predicted = useMemo(() => expectedNoPrimary(scenario), [scenario]);
  const readsAny = (scenario.clusters ?? []).some((c) => c.readFrom === 'any');
  const atRisk = now.writesAtRisk ?? 0;
  const lost = now.writesLost;
  const writes = (n: number) => `${wholeCount(n)}\u00a0write${n === 1 ? '' : 's'}`;
  return (
    <div className="readout-data">
      <Card id="lost" label="Lost writes" caption="acknowledged, then lost" state={lost ? 'bad' : lost === null ? 'none' : 'ok'}
        value={lost === null ? DASH : writes(lost)}>
        <div className="readout-lines">
          {atRisk > 0 && <Line label="at risk" value={writes(atRisk)} name="Writes at risk" tone="warn" />}
          {was && <Line label="was" value={was.writesLost === null ? DASH : writes(was.writesLost)} name="Lost writes before" tone="was" />}
        </div>
      </Card>
      <Card id="noprimary" label="No primary" caption={primaries >= 2 ? `${primaries} primaries now` : 'time without one'}
        state={primaries >= 2 ? 'bad' : now.noPrimaryMs ? 'warn' : now.noPrimaryMs === null ? 'none' : 'ok'}
        value={now.noPrimaryMs === null ? DASH : formatShortTime(now.noPrimaryMs)}>
        <div className="readout-lines">
          {primaries >= 2 && <Line label="split brain" value={`${primaries} primaries`} name="Primaries" tone="warn" />}
          {predicted && <Explained label="predicted" value={formatShortTime(predicted.ms)} explain={predicted.explain} />}
          {was && <Line label="was" value={was.noPrimaryMs === null ? DASH : formatShortTime(was.noPrimaryMs)} name="No primary before" tone="was" />}
        </div>
      </Card>
      {readsAny && (
        <Card id="stale" label="Stale reads" caption="from lagging replicas" state={now.staleReads ? 'warn' : 'ok'}
          value={now.staleReads === null ? DASH : `${formatCount(now.staleReads)}\u00a0reads`}>
          {was && <div className="readout-lines"><Line label="was" value={was.staleReads === null ? DASH : formatCount(was.staleReads)} name="Stale reads before" tone="was" /></div>}
        </Card>
      )}
    </div>
  );
}

/** The most members of one cluster that are primaries taking writes at the shown time (2 or more: split brain). */
function mostPrimaries(scenario: Scenario, topology: Topology | null, states: Float64Array | null): number {
  if (!topology || !states) return 0;
  let most = 0;
  for (const c of scenario.clusters ?? []) {
    let n = 0;
    for (const m of c.members) {
      const i = topology.nodeIds.indexOf(m);
      if (i >= 0 && states[i * NODE.size + NODE.role] === 1 && states[i * NODE.size + NODE.up] === 1) n++;
    }
    most = Math.max(most, n);
  }
  return most;
}

/** A count of requests, exact while it is short enough to read ("8,912"), else "1.2 M". */
function wholeCount(n: number): string {
  return n < 100_000 ? Math.round(n).toLocaleString('en-US') : formatCount(n);
}

/** Error budget spent: a percentage, or how many times over once it is blown. */
function budgetWords(spent: number): string {
  if (!Number.isFinite(spent)) return 'error budget: none allowed, some spent';
  if (spent <= 1) return `error budget spent ${Math.round(spent * 100)}\u00a0%`;
  return `error budget spent ${spent < 10 ? spent.toFixed(1) : Math.round(spent)}× over`;
}
