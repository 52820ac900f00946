// Runtime state of alert rules: each rule's state machine and firings, and a
// ring of the last scrapes' measurements that the rules' windows slide over.
import type { World } from '../state.ts';

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

/**
 * What the monitor reads of the rooms above it (clusters, node kinds), handed
 * in by the loop at each scrape so that the monitor imports none of them:
 * those rooms count into the monitor, and imports never go in a circle.
 */
export interface ScrapeView {
  /** Replication lag of a node behind its primary, ms (0 when it holds no replicated data). */
  lagMs(w: World, node: number): number;
  /** Acknowledged writes lost (of them, those split brain puts at risk), time without a writable primary and stale reads, so far. */
  dataSoFar(w: World): { writesLost: number; writesAtRisk: number; noPrimaryMs: number; staleReads: number };
  /** How many of a node's circuit breakers are open or half-open. */
  breakersOpen(w: World, node: number): number;
  /** The share of DNS-answered users told a node (an endpoint), 0..1. */
  dnsShare(w: World, node: number): number;
}
