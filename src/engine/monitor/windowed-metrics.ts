// What alert rules read: at each scrape the interval's measurements go into a
// ring, and a rule's metric is computed over the scrapes inside its window —
// counts summed, gauges averaged, latency percentiles from merged histograms.
import type { MetricName } from '../../scenario/index.ts';
import type { AlertCfg } from '../config.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import type { ScrapeView } from './monitor-state.ts';
import { coarseHistogram, quantile } from './histogram.ts';
import { errorRateOf } from './node-metrics.ts';

/** System fields of a ring entry. */
const S = { succeeded: 0, finished: 1, queue: 2, busy: 3, workers: 4, up: 5, lagMax: 6, hits: 7, misses: 8 } as const;
export const SYS_FIELDS = 9;
/** Per-node fields of a ring entry. */
const N = { ok: 0, failed: 1, queue: 2, utilization: 3, up: 4, lag: 5, hits: 6, misses: 7 } as const;
export const NODE_FIELDS = 8;

/** Records the interval that just ended (call before the interval is reset). */
export function recordWindow(w: World, view: ScrapeView): void {
  const m = w.monitor;
  if (m.alerts.length === 0) return;
  const o = m.head * m.fields;
  const r = m.ring;
  const iv = w.interval;
  let queue = 0, busy = 0, workers = 0, up = 0, lagMax = 0, hits = 0, misses = 0;
  for (let n = 0; n < w.cfg.nodes.length; n++) {
    const rt = w.nodes[n], cfg = w.cfg.nodes[n];
    const b = o + SYS_FIELDS + n * NODE_FIELDS;
    const nodeWorkers = cfg.service ? cfg.service.workers : 0;
    const lag = view.lagMs(w, n);
    r[b + N.ok] = rt.ivOk;
    r[b + N.failed] = rt.ivFailed;
    r[b + N.queue] = rt.qLen;
    r[b + N.utilization] = nodeWorkers > 0 ? Math.min(1, (rt.busyArea - rt.ivBusyArea) / (nodeWorkers * w.cfg.scrapeUs)) : 0;
    r[b + N.up] = rt.downCount === 0 ? 1 : 0;
    r[b + N.lag] = lag;
    r[b + N.hits] = rt.ivHits;
    r[b + N.misses] = rt.ivMisses;
    hits += rt.ivHits;
    misses += rt.ivMisses;
    queue += rt.qLen; busy += rt.busy; workers += nodeWorkers; up += r[b + N.up];
    if (lag > lagMax) lagMax = lag;
  }
  r[o + S.succeeded] = iv.succeeded;
  r[o + S.finished] = iv.succeeded + iv.failed + iv.timedOut + iv.rejected;
  r[o + S.queue] = queue;
  r[o + S.busy] = busy;
  r[o + S.workers] = workers;
  r[o + S.up] = w.cfg.nodes.length ? up / w.cfg.nodes.length : 1;
  r[o + S.lagMax] = lagMax;
  r[o + S.hits] = hits;
  r[o + S.misses] = misses;
  const buckets = w.ivLatency.counts.length;
  if (m.sysHist.length) m.sysHist.set(w.ivLatency.counts, m.head * buckets);
  for (let n = 0; n < m.nodeHist.length; n++) if (m.nodeHist[n].length) m.nodeHist[n].set(w.nodes[n].ivLatency.counts, m.head * buckets);
  m.head = (m.head + 1) % m.windowScrapes;
  if (m.count < m.windowScrapes) m.count++;
}

/** The rule's metric over its window (its last windowMs). */
export function windowMetric(w: World, a: AlertCfg): number {
  const m = w.monitor;
  const k = Math.min(m.count, Math.max(1, Math.ceil(a.windowUs / w.cfg.scrapeUs)));
  const sum = (field: number): number => {
    let s = 0;
    for (let i = 1; i <= k; i++) s += m.ring[((m.head - i + m.windowScrapes) % m.windowScrapes) * m.fields + field];
    return s;
  };
  const node = a.node >= 0 ? SYS_FIELDS + a.node * NODE_FIELDS : -1;
  const windowSec = (k * w.cfg.scrapeUs) / 1e6;
  const metric: MetricName = a.metric;
  switch (metric) {
    case 'availability':
    case 'errorRate':
    case 'burnRate': {
      let availability: number;
      if (node < 0) {
        const all = sum(S.finished);
        availability = all === 0 ? 1 : sum(S.succeeded) / all;
      } else {
        // A node that answered nothing in the window has no error rate: NaN,
        // on which no condition holds, so its alert does not fire (a firing one
        // resolves, as alerting systems do without data); `up` covers a dead node.
        availability = 1 - errorRateOf(sum(node + N.ok), sum(node + N.failed));
      }
      if (metric === 'availability') return availability;
      if (metric === 'errorRate') return 1 - availability;
      // Error-budget burn: 1 spends the budget exactly by the end of the SLO period.
      const budget = 1 - w.cfg.slo.availability;
      return budget > 0 ? (1 - availability) / budget : availability < 1 ? Infinity : 0;
    }
    case 'cacheHitRatio': {
      // No reads in the window: no hit ratio, and no condition on it holds (NaN compares false).
      const hits = sum(node < 0 ? S.hits : node + N.hits), reads = hits + sum(node < 0 ? S.misses : node + N.misses);
      return reads === 0 ? NaN : hits / reads;
    }
    case 'throughput': return sum(node < 0 ? S.succeeded : node + N.ok) / windowSec;
    case 'queueDepth': return sum(node < 0 ? S.queue : node + N.queue) / k;
    case 'utilization': {
      if (node >= 0) return sum(node + N.utilization) / k;
      const workers = sum(S.workers);
      return workers === 0 ? 0 : sum(S.busy) / workers;
    }
    case 'replicationLagMs': return node < 0 ? sum(S.lagMax) / k : sum(node + N.lag) / k;
    case 'up': return sum(node < 0 ? S.up : node + N.up) / k;
    default: {
      const hist = node < 0 ? m.sysHist : m.nodeHist[a.node];
      const h = coarseHistogram();
      const buckets = h.counts.length;
      for (let i = 1; i <= k; i++) {
        const base = ((m.head - i + m.windowScrapes) % m.windowScrapes) * buckets;
        for (let b = 0; b < buckets; b++) h.counts[b] += hist[base + b];
      }
      h.n = h.counts.reduce((x, y) => x + y, 0);
      h.max = Infinity;
      h.min = 0;
      return ms(quantile(h, metric === 'latencyP50' ? 0.5 : 0.99));
    }
  }
}
