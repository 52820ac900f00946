// The metrics dock: throughput, availability and latency over simulated time
// for the whole system, the selected node's own chart and lines, and — when a
// run is kept for comparison — its line drawn faint. Fault bands, alerts and
// the spans that explain an outage (detecting a crash, no primary, split
// brain) sit on every time axis. As many charts as the width holds readably
// are shown, the most telling first.
import { useEffect, useMemo, useRef, useState } from 'react';
import { NODE_ROW, ROW } from '../../engine/index.ts';
import { formatSimTime } from '../format.ts';
import { kindUi, type NodeChart } from '../kinds/index.ts';
import { nodeValue, rowsUntil } from '../run/index.ts';
import { useAppStore } from '../store/index.ts';
import { causeSpans, checkedBackends, faultMarks } from './chart-marks.ts';
import { createRowThinner } from './thin-rows.ts';
import { Chart, type ChartSpec } from './Chart.tsx';
import { cappedNote, SUCCEEDED_HOW, throughputLines } from './throughput-series.ts';

type Pair = readonly [number, number];

/**
 * Narrower than this a chart's title, keys and axis stop being readable: at
 * 180 px (four charts at 1440×900) a key was cut and a title took three lines.
 * Presenter mode's text is larger: fewer, wider charts.
 */
const CHART_MIN_PX = 200;
const PRESENTER_CHART_MIN_PX = 230;

function column(rows: readonly Float64Array[], pick: (row: Float64Array) => number): Pair[] {
  return rows.map((row) => [row[ROW.tMs], pick(row)] as const);
}

/** Latency exists only for intervals where something succeeded. */
const latencyOf = (col: number) => (r: Float64Array) => (r[ROW.throughputPerSec] > 0 ? r[col] : Number.NaN);

export function Metrics() {
  const allRows = useAppStore((s) => s.rows);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const endMs = useAppStore((s) => Math.max(s.durationMs, 1));
  // A long run's 100,000 rows, thinned to what the charts can show (thin-rows.ts).
  const [thinner] = useState(createRowThinner);
  const rows = useMemo(() => thinner.thin(allRows, endMs), [thinner, allRows, endMs]);
  const scenario = useAppStore((s) => s.scenario);
  const log = useAppStore((s) => s.log);
  const compare = useAppStore((s) => s.compare);
  const revision = useAppStore((s) => s.scenarioRevision);
  const selectedId = useAppStore((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0] : null));
  const nodeIndex = useAppStore((s) => (selectedId && s.topology ? s.topology.nodeIds.indexOf(selectedId) : -1));
  const node = scenario.nodes.find((n) => n.id === selectedId) ?? null;
  const kind = node ? kindUi(node.type) : null;
  const nodeLabel = node?.label ?? selectedId ?? '';
  const member = selectedId !== null && (scenario.clusters ?? []).some((c) => c.members.includes(selectedId));
  const perNode = nodeIndex >= 0 && kind !== null && kind.systemLines;

  const marks = useMemo(() => faultMarks(scenario.faults, log), [scenario.faults, log]);
  const checked = useMemo(() => checkedBackends(scenario), [scenario]);
  const spans = useMemo(() => causeSpans(log, simTimeMs, checked), [log, simTimeMs, checked]);
  const before = useMemo(() => (compare ? rowsUntil(compare.rows, endMs) : null), [compare, endMs]);
  const clientRate = useMemo(() => scenario.nodes.reduce((a, n) => a + ('rate' in n && typeof n.rate === 'number' ? n.rate : 0), 0), [scenario.nodes]);

  const system = useMemo(() => {
    const own = (col: number) => column(rows, (r) => nodeValue(r, nodeIndex, col));
    const retrying = rows.some((r) => r[ROW.attemptsPerSec] > r[ROW.offeredPerSec] * 1.01 + 0.5);
    const faint = (className: string, points: Pair[]) => (before ? [{ className: `s-before ${className}`, label: 'before', points }] : []);
    const short = nodeLabel.length > 14 ? `${nodeLabel.slice(0, 13)}…` : nodeLabel;
    // Succeeded never drawn above offered (throughput-series.ts says why).
    const lines = throughputLines(rows);
    return {
      throughputNote: cappedNote(lines),
      throughput: [
        { className: 's-offered', label: 'offered', points: lines.offered },
        // Attempts differ from requests only when clients retry; then the gap is the retry load.
        ...(retrying ? [{ className: 's-attempts', label: 'attempts', points: column(rows, (r) => r[ROW.attemptsPerSec]) }] : []),
        { className: 's-success', label: 'succeeded', points: lines.succeeded, how: SUCCEEDED_HOW },
        ...(perNode ? [{ className: 's-node', label: `${short} served`, points: own(NODE_ROW.servedPerSec) }] : []),
        ...faint('s-success-before', before ? throughputLines(before).succeeded : []),
      ],
      availability: [
        { className: 's-success', label: 'succeeded', points: column(rows, (r) => r[ROW.availability] * 100) },
        ...faint('s-success-before', before ? column(before, (r) => r[ROW.availability] * 100) : []),
      ],
      latency: [
        { className: 's-p50', label: 'p50', points: column(rows, latencyOf(ROW.latencyP50Ms)) },
        { className: 's-p99', label: 'p99', points: column(rows, latencyOf(ROW.latencyP99Ms)) },
        ...(perNode ? [{ className: 's-node', label: `${short} p99`, points: own(NODE_ROW.latencyP99Ms) }] : []),
        ...faint('s-p99-before', before ? column(before, latencyOf(ROW.latencyP99Ms)) : []),
      ],
    };
  }, [rows, nodeIndex, nodeLabel, perNode, before]);

  const nodeCharts = useMemo<NodeChart[]>(() => {
    if (!kind || !node || nodeIndex < 0) return [];
    const nodeColumn = (col: number) => column(rows, (r) => nodeValue(r, nodeIndex, col));
    return kind.charts({ rows, nodeIndex, label: nodeLabel, node, member, column: nodeColumn, scenario });
  }, [kind, node, nodeIndex, rows, nodeLabel, member, scenario]);

  const slo = scenario.slo;
  const key = String(revision);
  const charts: (ChartSpec & { priority: number })[] = [
    { id: 'throughput', priority: 3, title: 'Throughput', unit: 'req/s', aria: 'Throughput chart', series: system.throughput, note: system.throughputNote,
      yMin: 0, yMax: Math.max(10, clientRate * 1.2), domainKey: key },
    { id: 'availability', priority: 0, title: 'Availability', unit: '% per second', aria: 'Success rate chart', series: system.availability,
      yMin: 99, yMax: 100, domainKey: key,
      target: slo?.availability !== undefined ? { value: slo.availability * 100, label: `SLO ${slo.availability * 100} %` } : undefined },
    { id: 'latency', priority: 2, title: 'Latency', unit: 'ms, successful', aria: 'Latency chart', series: system.latency,
      yMin: 0, yMax: Math.max(50, (slo?.latencyMs ?? 0) * 1.3), domainKey: key,
      target: slo?.latencyMs !== undefined ? { value: slo.latencyMs, label: `SLO p${slo.percentile ?? 99} ${slo.latencyMs} ms` } : undefined },
    ...nodeCharts.map((c) => ({ id: `node-${c.key}`, priority: 1, title: c.title, unit: c.unit, aria: c.aria, series: c.series,
      yMin: c.yMin, yMax: c.yMax, domainKey: `${key}:${selectedId}` })),
  ];

  const ref = useRef<HTMLDivElement>(null);
  const [widthPx, setWidthPx] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const resize = new ResizeObserver(() => setWidthPx(el.clientWidth));
    resize.observe(el);
    return () => resize.disconnect();
  }, []);
  const presenter = useAppStore((s) => s.presenter);
  const slots = Math.max(1, Math.floor(widthPx / (presenter ? PRESENTER_CHART_MIN_PX : CHART_MIN_PX)));
  const shown = new Set([...charts].sort((a, b) => a.priority - b.priority).slice(0, slots).map((c) => c.id));

  const common = { endMs, simTimeMs, marks, spans };
  return (
    <div className="metrics" role="group" aria-label="Metrics over time" ref={ref}>
      {charts.filter((c) => shown.has(c.id)).map((c) => <Chart key={c.id} spec={c} {...common} />)}
      <p className="sr-only" aria-live="off">Charts end at {formatSimTime(simTimeMs)}.</p>
    </div>
  );
}
