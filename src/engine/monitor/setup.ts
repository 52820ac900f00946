// Creates the runtime state of alert rules.
import type { Config } from '../config.ts';
import { coarseHistogram } from './histogram.ts';
import type { MonitorRt } from './monitor-state.ts';
import { SYS_FIELDS, NODE_FIELDS } from './windowed-metrics.ts';

const MAX_WINDOW_SCRAPES = 3600;

export function createMonitor(cfg: Config): MonitorRt {
  const scrapes = Math.min(MAX_WINDOW_SCRAPES, Math.max(1, ...cfg.alerts.map((a) => Math.ceil(a.windowUs / cfg.scrapeUs))));
  const buckets = coarseHistogram().counts.length;
  const latency = (a: { metric: string }) => a.metric === 'latencyP50' || a.metric === 'latencyP99';
  const fields = SYS_FIELDS + cfg.nodes.length * NODE_FIELDS;
  return {
    alerts: cfg.alerts.map(() => ({ state: 0, pendingSinceUs: 0, firings: [] })),
    windowScrapes: scrapes,
    ring: new Float64Array(cfg.alerts.length ? scrapes * fields : 0),
    fields,
    head: 0,
    count: 0,
    sysHist: new Float64Array(cfg.alerts.some((a) => latency(a) && a.node < 0) ? scrapes * buckets : 0),
    nodeHist: cfg.nodes.map((n) => new Float64Array(cfg.alerts.some((a) => latency(a) && a.node === n.index) ? scrapes * buckets : 0)),
  };
}
