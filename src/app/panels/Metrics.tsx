// The metrics panel: throughput, availability and latency over simulated
// time for the whole system, plus the selected node's busy workers and its
// lines on the other charts. Fault bands and alert marks sit on every time
// axis. Charts update when rows arrive (about once per simulated second).
import { useEffect, useMemo, useRef, useState } from 'react';
import { NODE_ROW, ROW } from '../../engine/index.ts';
import { SERVER_DEFAULTS } from '../../scenario/index.ts';
import { formatSimTime } from '../format.ts';
import { describeFault, faultBandEndMs } from '../run/fault-actions.ts';
import { nodeValue } from '../run/readouts.ts';
import { useAppStore } from '../store/use-app-store.ts';
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
  const nodeType = useAppStore((s) => s.scenario.nodes.find((n) => n.id === selectedId)?.type);
  const perNode = nodeIndex >= 0 && nodeType !== 'client';
  // A replicated database's own story is its lag behind the primary (stale
  // reads, writes lost on failover); other nodes show how busy they are.
  const member = useAppStore((s) => selectedId !== null && (s.scenario.clusters ?? []).some((c) => c.members.includes(selectedId)));
  const workers = useAppStore((s) => {
    const n = s.scenario.nodes.find((x) => x.id === selectedId);
    return n && (n.type === 'server' || n.type === 'database') ? (n.workers ?? SERVER_DEFAULTS.workers) : 0;
  });

  const marks = useMemo<TimelineMark[]>(() => [
    ...(faults ?? []).map((f): TimelineMark => ({
      kind: 'fault', startMs: f.atMs, endMs: faultBandEndMs(f), label: describeFault(f),
    })),
    ...log.filter((e) => e.kind === 'alertFiring').map((e): TimelineMark => ({ kind: 'alert', startMs: e.atMs, label: e.text })),
  ], [faults, log]);

  const retrying = useMemo(() => rows.some((r) => r[ROW.attemptsPerSec] > r[ROW.offeredPerSec] * 1.01 + 0.5), [rows]);
  const series = useMemo(() => {
    const node = (col: number) => column(rows, (r) => nodeValue(r, nodeIndex, col));
    return {
      throughput: [
        { className: 's-offered', label: 'offered', points: column(rows, (r) => r[ROW.offeredPerSec]) },
        // Attempts differ from requests only when clients retry; then the gap is the retry load.
        ...(retrying ? [{ className: 's-attempts', label: 'attempts', points: column(rows, (r) => r[ROW.attemptsPerSec]) }] : []),
        { className: 's-success', label: 'succeeded', points: column(rows, (r) => r[ROW.throughputPerSec]) },
        ...(perNode ? [{ className: 's-node', label: `${nodeLabel} served`, points: node(NODE_ROW.servedPerSec) }] : []),
      ],
      availability: [{ className: 's-success', label: 'success', points: column(rows, (r) => r[ROW.availability] * 100) }],
      latency: [
        { className: 's-p50', label: 'p50', points: column(rows, (r) => (r[ROW.throughputPerSec] > 0 ? r[ROW.latencyP50Ms] : Number.NaN)) },
        { className: 's-p99', label: 'p99', points: column(rows, (r) => (r[ROW.throughputPerSec] > 0 ? r[ROW.latencyP99Ms] : Number.NaN)) },
        ...(perNode ? [{ className: 's-node', label: `${nodeLabel} p99`, points: node(NODE_ROW.latencyP99Ms) }] : []),
      ],
      // Requests at the node: in service (busy workers, averaged over the
      // interval) and waiting in its queue — a queue that grows is overload.
      busy: perNode
        ? [
            { className: 's-node', label: 'in service', points: node(NODE_ROW.utilization).map(([t, v]) => [t, v * workers] as const) },
            { className: 's-node-wait', label: 'waiting', points: node(NODE_ROW.queueDepth) },
          ]
        : [],
      lag: member ? [{ className: 's-node', label: 'replication lag', points: node(NODE_ROW.replicationLagMs) }] : [],
    } satisfies Record<string, ChartSeries[]>;
  }, [rows, nodeIndex, nodeLabel, perNode, retrying, member, workers]);

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
      {perNode && member && (
        <Chart title={`${nodeLabel}: lag`} unit="ms behind its primary" aria={`${nodeLabel} replication lag chart`} {...common}
          series={series.lag} yMin={0} yMax={1} yMinSpan={10} anchor="bottom" yFormat={(v) => `${v}`} />
      )}
      {perNode && !member && workers > 0 && (
        <Chart title={`${nodeLabel}: requests`} unit={`of ${workers} workers`} aria={`${nodeLabel} requests in service and waiting chart`} {...common}
          series={series.busy} yMin={0} yMax={Math.max(1, workers)} yMinSpan={Math.max(1, workers)} anchor="bottom" yFormat={(v) => `${v}`} />
      )}
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
