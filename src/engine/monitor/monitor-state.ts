// Runtime state of alert rules: each rule's state machine and firings, and a
// ring of the last scrapes' measurements that the rules' windows slide over.

export const AlertState = { inactive: 0, pending: 1, firing: 2 } as const;

export interface AlertRt {
  state: number;
  pendingSinceUs: number;
  firings: { firedAtMs: number; resolvedAtMs?: number }[];
}

export interface MonitorRt {
  alerts: AlertRt[];
  /** Scrapes a window can span (the longest rule's window). */
  windowScrapes: number;
  /** One entry of `fields` numbers per scrape (see monitor/windowed-metrics.ts), oldest overwritten. */
  ring: Float64Array;
  fields: number;
  head: number;
  count: number;
  /** Latency histogram counts per scrape, for latency rules: system, then per node (empty when unused). */
  sysHist: Float64Array;
  nodeHist: Float64Array[];
}
