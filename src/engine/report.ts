// The report of a run, exactly as spec/scenario-format.md says.
import { REPORT_FORMAT, type Fault, type NodeReport, type Report } from '../scenario/index.ts';
import { digest, ms } from './kernel/index.ts';
import { alertFirings, faultDetections, mean, quantile, sloReport } from './monitor/index.ts';
import { dataReport } from './data/index.ts';
import { nodeReportFields, type Breaker } from './nodes/index.ts';
import type { World } from './state.ts';

export function buildReport(w: World, faults: readonly Fault[]): Report {
  const c = w.counters;
  const cfg = w.cfg;
  const durationUs = cfg.durationUs;
  const finished = c.succeeded + c.failed + c.timedOut + c.rejected;
  const availability = finished === 0 ? 1 : c.succeeded / finished;
  const nodes: Record<string, NodeReport> = {};
  for (const n of cfg.nodes) {
    const rt = w.nodes[n.index];
    const workers = n.service ? n.service.workers : 0;
    const node: NodeReport = {
      served: rt.served,
      rejected: rt.rejected,
      utilization: workers > 0 ? rt.busyArea / (workers * durationUs) : 0,
      meanQueue: rt.queueArea / durationUs,
      downtimeMs: ms(Math.round(rt.downtimeUs)),
      ...nodeReportFields(w, n.index),
      ...breakerFields(rt.breakers),
    };
    // Defined, not assigned: `nodes["__proto__"] = …` would set the map's
    // prototype instead of adding the node, and the id would vanish from the JSON.
    Object.defineProperty(nodes, n.id, { value: node, enumerable: true, writable: true, configurable: true });
  }
  const breakers = cfg.nodes.some((n) => n.breaker !== null);
  return {
    format: REPORT_FORMAT,
    scenario: cfg.name,
    seed: cfg.seed,
    durationMs: ms(durationUs),
    events: w.events,
    traceHash: digest(w.hash, w.events),
    requests: {
      total: c.total,
      succeeded: c.succeeded,
      failed: c.failed,
      timedOut: c.timedOut,
      rejected: c.rejected,
      attempts: c.attempts,
      ...(breakers ? { shortCircuited: c.shortCircuited } : {}),
    },
    availability,
    latencyMs: {
      mean: ms(mean(w.latency)),
      p50: ms(quantile(w.latency, 0.5)),
      p95: ms(quantile(w.latency, 0.95)),
      p99: ms(quantile(w.latency, 0.99)),
      max: ms(w.latency.max),
    },
    throughputPerSec: c.succeeded / (durationUs / 1e6),
    nodes,
    data: dataReport(w),
    alerts: alertFirings(w),
    slo: sloReport(w, availability),
    ...(faults.length ? { faults: faultDetections(w, faults) } : {}),
  };
}

/** A breaker owner's counts, summed over its breakers (absent without breakers). */
function breakerFields(breakers: readonly Breaker[]): Partial<NodeReport> {
  if (breakers.length === 0) return {};
  let opened = 0, shortCircuited = 0;
  for (const b of breakers) {
    opened += b.opened;
    shortCircuited += b.shortCircuited;
  }
  return { breakerOpened: opened, shortCircuited };
}
