// The metrics panel: throughput, availability and latency over simulated
// time for the whole system, plus the selected node's busy workers and its
// lines on the other charts. Fault bands and alert marks sit on every time
// axis. Charts update when rows arrive (about once per simulated second).
import { useEffect, useMemo, useRef, useState } from 'react';
import { NODE_ROW, ROW } from '../../engine/index.ts';
import { kindUi, type NodeChart } from '../kinds/index.ts';
import { formatSimTime } from '../format.ts';
import { describeFault, faultBandEndMs } from '../run/index.ts';
import { nodeValue } from '../run/index.ts';
import { useAppStore } from '../store/index.ts';
import { createLineChart, type ChartInput, type ChartSeries, type LineChart } from './line-chart.ts';
import type { TimelineMark } from './timeline-axis.ts';

type Pair = readonly [number, number];

function column(rows: readonly Float64Array[], pick: (row: Float64Array) => number): Pair[] {
  return rows.map((row) => [row[ROW.tMs], pick(row)] as const);
}

export function Metrics() {
  const rows = useAppStore((s) => s.rows);
  const simTimeMs = useAppStore((s) => s.simTimeMs);
  const endMs = useAppStore((s) => Math.max(s.durationMs, s.horizonMs, 1));
  const faults = useAppStore((s) => s.scenario.faults);
  const slo = useAppStore((s) => s.scenario.slo);
  const log = useAppStore((s) => s.log);
  const selectedId = useAppStore((s) => (s.selection.nodeIds.length === 1 ? s.selection.nodeIds[0] : null));
  const nodeIndex = useAppStore((s) => (selectedId && s.topology ? s.topology.nodeIds.indexOf(selectedId) : -1));
  const nodeLabel = useAppStore((s) => s.scenario.nodes.find((n) => n.id === selectedId)?.label ?? selectedId ?? '');
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === selectedId) ?? null);
  const kind = node ? kindUi(node.type) : null;
  const perNode = nodeIndex >= 0 && kind !== null && kind.systemLines;
  const member = useAppStore((s) => selectedId !== null && (s.scenario.clusters ?? []).some((c) => c.members.includes(selectedId)));

  const marks = useMemo<TimelineMark[]>(() => [
    ...(faults ?? []).map((f): TimelineMark => ({
      kind: 'fault', startMs: f.atMs, endMs: faultBandEndMs(f), label: describeFault(f),
    })),
    ...log.filter((e) => e.kind === 'alertFiring').map((e): TimelineMark => ({ kind: 'alert', startMs: e.atMs, label: e.text })),
  ], [faults, log]);

  const retrying = useMemo(() => rows.some((r) => r[ROW.attemptsPerSec] > r[ROW.offeredPerSec] * 1.01 + 0.5), [rows]);
  const series = useMemo(() => {
    const own = (col: number) => column(rows, (r) => nodeValue(r, nodeIndex, col));
    return {
      throughput: [
        { className: 's-offered', label: 'offered', points: column(rows, (r) => r[ROW.offeredPerSec]) },
        // Attempts differ from requests only when clients retry; then the gap is the retry load.
        ...(retrying ? [{ className: 's-attempts', label: 'attempts', points: column(rows, (r) => r[ROW.attemptsPerSec]) }] : []),
        { className: 's-success', label: 'succeeded', points: column(rows, (r) => r[ROW.throughputPerSec]) },
        ...(perNode ? [{ className: 's-node', label: `${nodeLabel} served`, points: own(NODE_ROW.servedPerSec) }] : []),
      ],
      availability: [{ className: 's-success', label: 'success', points: column(rows, (r) => r[ROW.availability] * 100) }],
      latency: [
        { className: 's-p50', label: 'p50', points: column(rows, (r) => (r[ROW.throughputPerSec] > 0 ? r[ROW.latencyP50Ms] : Number.NaN)) },
        { className: 's-p99', label: 'p99', points: column(rows, (r) => (r[ROW.throughputPerSec] > 0 ? r[ROW.latencyP99Ms] : Number.NaN)) },
        ...(perNode ? [{ className: 's-node', label: `${nodeLabel} p99`, points: own(NODE_ROW.latencyP99Ms) }] : []),
      ],
    } satisfies Record<string, ChartSeries[]>;
  }, [rows, nodeIndex, nodeLabel, perNode, retrying]);
  const nodeCharts = useMemo<NodeChart[]>(() => {
    if (!kind || !node || nodeIndex < 0) return [];
    const nodeColumn = (col: number) => column(rows, (r) => nodeValue(r, nodeIndex, col));
    return kind.charts({ rows, nodeIndex, label: nodeLabel, node, member, column: nodeColumn });
  }, [kind, node, nodeIndex, rows, nodeLabel, member]);

  const common = { endMs, simTimeMs, marks };
  return (
    <div className="metrics" role="group" aria-label="Metrics over time">
      <Chart title="Throughput" unit="req/s" aria="Throughput chart" {...common} series={series.throughput}
        yMin={0} yMax={1} yMinSpan={10} anchor="bottom" yFormat={(v) => `${v}`} />
      <Chart title="Availability" unit="% of requests" aria="Success rate chart" {...common} series={series.availability}
        yMin={100} yMax={100} yMinSpan={1} anchor="top" yFormat={(v) => `${v}`}
        target={slo?.availability !== undefined ? { value: slo.availability * 100, label: `SLO ${slo.availability * 100} %` } : undefined} />
      <Chart title="Latency" unit="ms" aria="Latency chart" {...common} series={series.latency}
        yMin={0} yMax={1} yMinSpan={10} anchor="bottom" yFormat={(v) => `${v}`}
        target={slo?.latencyMs !== undefined ? { value: slo.latencyMs, label: `SLO p${slo.percentile ?? 99} ${slo.latencyMs} ms` } : undefined} />
      {nodeCharts.map((c) => (
        <Chart key={c.key} title={c.title} unit={c.unit} aria={c.aria} {...common} series={c.series}
          yMin={c.yMin} yMax={c.yMax} yMinSpan={c.yMinSpan} anchor="bottom" yFormat={(v) => `${v}`} />
      ))}
      <p className="sr-only" aria-live="off">Charts end at {formatSimTime(simTimeMs)}.</p>
    </div>
  );
}

type ChartProps = Omit<ChartInput, 'widthPx' | 'heightPx'> & { title: string; unit: string; aria: string };

function Chart({ title, unit, aria, ...input }: ChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const chartRef = useRef<LineChart | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    chartRef.current = createLineChart(svg);
    const resize = new ResizeObserver(() => setSize({ w: svg.clientWidth, h: svg.clientHeight }));
    resize.observe(svg);
    return () => {
      resize.disconnect();
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);
  useEffect(() => {
    chartRef.current?.update({ ...input, widthPx: size.w, heightPx: size.h });
  });
  return (
    <figure className="chart">
      <figcaption>
        <span className="chart-title">{title}</span> <span className="chart-unit">{unit}</span>
        <span className="chart-keys">
          {input.series.map((s) => (
            <span key={s.className} className={`chart-key ${s.className}`}><i />{s.label}</span>
          ))}
        </span>
      </figcaption>
      <svg ref={svgRef} className="chart-svg" role="img" aria-label={aria} />
    </figure>
  );
}
