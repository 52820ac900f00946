// What the engine hands to the outside while it runs: spans of messages in
// flight, node and link states, metric rows and a log. All numbers are packed
// into Float64Arrays with the field offsets below, so the worker can transfer
// them without copying and the page never sees the engine's insides.

/** Outcome of a span, for colour and shape in the view. */
export const SpanKind = {
  request: 0,
  retry: 1,
  success: 2,
  error: 3,
  timeout: 4,
  dropped: 5,
  probe: 6,
  replication: 7,
} as const;
export type SpanKind = (typeof SpanKind)[keyof typeof SpanKind];

/**
 * One message on a link. `direction` 0 travels from the link's `from` node to
 * its `to` node (a request), 1 travels back (its response). A `timeout` span
 * has sent = arrives = the moment the caller gave up, on the link it used.
 * A `dropped` span ends where the message was lost.
 */
export const SPAN = {
  link: 0,
  direction: 1,
  sentMs: 2,
  arrivesMs: 3,
  kind: 4,
  /** The user request this message belongs to (stable id, for following one request). */
  request: 5,
  size: 6,
} as const;

/** Live state of each node, `NODE.size` numbers per node in scenario order. */
export const NODE = {
  /** 1 up, 0 down (crashed, zone lost, random failure). */
  up: 0,
  /** 1 when a `slow` or `errors` fault is active, or it is draining. */
  degraded: 1,
  draining: 2,
  /** Requests waiting (not in service). */
  queue: 3,
  queueLimit: 4,
  /** Workers busy now. */
  busy: 5,
  workers: 6,
  /** 1 primary, 2 replica, 3 fenced primary, 0 not in a cluster. */
  role: 7,
  /** Replication lag behind the primary, ms (replicas only). */
  lagMs: 8,
  /** A cache's hit ratio over the last scrape interval (NaN: no reads in it, or not a cache). */
  hitRatio: 9,
  /** How many of its circuit breakers are open or half-open. */
  breakersOpen: 10,
  /** Reads this member has served that lacked the key's last acknowledged write, so far. */
  staleReads: 11,
  /**
   * Acknowledged writes only this member holds while it is a primary callers
   * are no longer told about (split brain): they are discarded when it hears
   * of the newer primary and steps down.
   */
  writesAtRisk: 12,
  size: 13,
} as const;

/** Live state of each link, `LINK.size` numbers per link in scenario order. */
export const LINK = {
  /** 1 when a partition cuts it: the link's own, or a groups partition between its ends. */
  cut: 0,
  /** Extra latency from faults, ms. */
  addMs: 1,
  /** Extra loss from faults. */
  addLoss: 2,
  /** 1 when the balancer at its `from` end has marked the `to` end unhealthy. */
  markedDown: 3,
  /** The circuit breaker of its `from` node on it: 0 none, 1 closed, 2 open, 3 half-open. */
  breaker: 4,
  /** A dns node's link to an endpoint: the share of its resolved users told that endpoint now (0..1). */
  dnsShare: 5,
  size: 6,
} as const;

/** System columns of a metric row (one row per scrape interval). */
export const ROW = {
  tMs: 0,
  /** Requests started in the interval, per second. */
  offeredPerSec: 1,
  /** Requests that succeeded in the interval, per second. */
  throughputPerSec: 2,
  /** Successful / finished in the interval (1 when none finished). */
  availability: 3,
  errorRate: 4,
  latencyP50Ms: 5,
  latencyP99Ms: 6,
  /** Attempts in the interval, per second (retries included). */
  attemptsPerSec: 7,
  /** Acknowledged writes lost so far. */
  writesLost: 8,
  /** Time without a writable primary so far, ms. */
  noPrimaryMs: 9,
  /** SLO error budget spent so far (0..1+). */
  budgetSpent: 10,
  /** SLO burn rate: the interval's error rate over the error budget. */
  burnRate: 11,
  /** Requests started so far (the whole run up to the row), and of them those succeeded and those with an outcome. */
  requestsTotal: 12,
  succeededTotal: 13,
  finishedTotal: 14,
  /**
   * Requests started in the last `recentWindowMs` (RECENT_WINDOW_MS in whole
   * scrape intervals), and of them those succeeded and those with an outcome
   * so far: a window by start time, so succeeded ≤ started always.
   */
  recentStarted: 15,
  recentSucceeded: 16,
  recentFinished: 17,
  recentWindowMs: 18,
  /** Acknowledged writes that split brain will discard (counted in writesLost too, as the report does). */
  writesAtRisk: 19,
  /** Stale reads so far (reads from a replica lacking the key's last acknowledged write). */
  staleReads: 20,
  size: 21,
} as const;

/** The window of the rows' recent columns, ms (rounded to whole scrape intervals). */
export const RECENT_WINDOW_MS = 10_000;

/** Per-node columns of a metric row, after the system columns. */
export const NODE_ROW = {
  up: 0,
  queueDepth: 1,
  utilization: 2,
  /** Requests it answered OK in the interval, per second. */
  servedPerSec: 3,
  /**
   * Failed ÷ (succeeded + failed) of what reached it in the interval, a
   * refusal counting as a failure: never above 1. NaN when it answered
   * nothing (crashed, idle): it has no error rate then.
   */
  errorRate: 4,
  replicationLagMs: 5,
  latencyP99Ms: 6,
  /** A cache's hit ratio in the interval (NaN: no reads). */
  hitRatio: 7,
  /** Its circuit breakers open or half-open at the scrape. */
  breakersOpen: 8,
  /** Share of DNS-resolved users told this node (an endpoint) at the scrape, 0..1. */
  dnsShare: 9,
  size: 10,
} as const;

export type LogKind =
  | 'fault'
  | 'heal'
  | 'crash'
  | 'recover'
  | 'healthDown'
  | 'healthUp'
  | 'failover'
  | 'fenced'
  | 'splitBrain'
  | 'writesLost'
  | 'alertFiring'
  | 'alertResolved'
  | 'retryStorm'
  | 'flush'
  | 'breakerOpened'
  | 'breakerClosed'
  | 'dnsAnswer'
  | 'messagesLost';

export interface LogEntry {
  atMs: number;
  kind: LogKind;
  /** Node, link, zone, cluster or alert id the entry is about. */
  subject: string;
  text: string;
  /**
   * When what this entry ends began, ms: the crash a health check took this
   * long to notice, the start of a stretch without a primary or of a split
   * brain. The view draws the span from here to atMs.
   */
  sinceMs?: number;
  /** This entry begins a stretch a later entry (with sinceMs) ends: no writable primary, split brain. */
  opens?: 'noPrimary' | 'splitBrain';
}
