// Pieces that several kinds share: the busy-workers readout and chart of
// anything with workers and a queue.
import { NODE_ROW } from '../../engine/index.ts';
import type { NodeChart, NodeChartContext, ReadoutContext } from './types.ts';
import { breakerNote } from './circuit-breaker.tsx';

export function busyReadout(ctx: ReadoutContext): string {
  const { utilization, queue } = ctx;
  const busy = `${Math.round(utilization * 100)}\u00a0% busy`;
  return (queue > 0 ? `${busy} · queue ${Math.round(queue)}` : busy) + breakerNote(ctx);
}

/**
 * Requests at the node: in service (busy workers, averaged over the
 * interval) and waiting in its queue — a queue that grows is overload.
 */
export function requestsChart(ctx: NodeChartContext, workers: number): NodeChart {
  return {
    key: 'requests',
    title: `${ctx.label}: requests`,
    unit: `of ${workers} workers`,
    aria: `${ctx.label} requests in service and waiting chart`,
    series: [
      { className: 's-node', label: 'in service', points: ctx.column(NODE_ROW.utilization).map(([t, v]) => [t, v * workers] as const) },
      { className: 's-node-wait', label: 'waiting', points: ctx.column(NODE_ROW.queueDepth) },
    ],
    yMin: 0,
    yMax: Math.max(1, workers),
  };
}
