// The world's mutable state: typed arrays and plain objects only (no closures,
// no class instances), so a snapshot is a structured clone and rewind is a
// restore plus a deterministic re-run.
import type { Config } from './config.ts';
import type { EventQueue, Pool, Rng, TraceHash } from './kernel/index.ts';
import type { LogEntry } from './frames.ts';
import type { Histogram, MonitorRt } from './monitor/index.ts';
import type { ClusterMessages, ClusterRt } from './data/index.ts';
import type { Breaker, HealthRt } from './nodes/index.ts';
import type { RecentRing } from './monitor/index.ts';

/** A message exchange: a request from caller to callee and, later, its answer. */
export interface Calls extends Pool {
  caller: Int32Array;
  callee: Int32Array;
  link: Int32Array;
  parent: Int32Array;
  parentGen: Int32Array;
  state: Int32Array;
  /** Holders: the caller until it resolves, the request message until delivered. */
  refs: Int32Array;
  flags: Int32Array;
  key: Int32Array;
  req: Int32Array;
  /** When the user behind it gives up (the client's attempt deadline, carried down). */
  expiresUs: Float64Array;
  /** The balancer job proxying it at the callee (-1: none), so a caller that gives up closes the proxy's wait too. */
  job: Int32Array;
  jobGen: Int32Array;
  /** The caller's circuit-breaker epoch when it let the call through (nodes/circuit-breaker.ts). */
  epoch: Int32Array;
}

/** Work a node does for a call it accepted (server, database, balancer, deep probe). */
export interface Jobs extends Pool {
  node: Int32Array;
  call: Int32Array;
  callGen: Int32Array;
  incarnation: Int32Array;
  /** Next dependency (server), chosen backend position (balancer), probes pending (deep probe). */
  dep: Int32Array;
  flags: Int32Array;
  key: Int32Array;
  req: Int32Array;
  outcome: Int32Array;
  expiresUs: Float64Array;
  arrivedUs: Float64Array;
  /** A balancer job's call to its backend (-1: not sent yet). */
  child: Int32Array;
  childGen: Int32Array;
}

/** A request a user made; it lives across its attempts. */
export interface Requests extends Pool {
  client: Int32Array;
  key: Int32Array;
  flags: Int32Array;
  attempts: Int32Array;
  link: Int32Array;
  startUs: Float64Array;
}

/** Timeouts of calls that all share one timeout length: a FIFO, with one queue event for its head. */
export interface DeadlineQueue {
  ids: Int32Array;
  gens: Int32Array;
  at: Float64Array;
  head: number;
  len: number;
  scheduled: boolean;
}

/** A node's state: what every node has, then its kind's own (`k`, owned by its module). */
export interface NodeRt {
  downCount: number;
  /** When it last went down (for how long a health check took to notice). */
  downSinceUs: number;
  /** Stale reads it served (a cluster member reading from `any`). */
  staleReads: number;
  drainCount: number;
  incarnation: number;
  // what faults set: effective service-time factor, error rate, request-rate factor
  slowFactor: number;
  errorRate: number;
  rateFactor: number;
  failureDown: boolean;
  /** Workers busy and the FIFO of waiting jobs; only service/ changes them, the monitor reads them for every node. */
  busy: number;
  qBuf: Int32Array;
  qHead: number;
  qLen: number;
  /** Outgoing calls' timeouts, and the node's own probes' timeouts. */
  deadlines: number;
  probeDeadlines: number;
  /** Health-check streaks and verdicts per outgoing link (all zero when it runs no checks). */
  health: HealthRt;
  /** Its kind's own state (nodes/<kind>.ts): plain data only. */
  k: unknown;
  // measurement (monitor/node-metrics.ts; areas integrate up to durationUs)
  /** Requests it answered OK, answered with an error, refused at once: over the run. */
  served: number;
  errors: number;
  rejected: number;
  busyArea: number;
  queueArea: number;
  areaLastUs: number;
  downtimeUs: number;
  /** In the current scrape interval: answered OK, and failed (errors and refusals). */
  ivOk: number;
  ivFailed: number;
  ivBusyArea: number;
  ivLatency: Histogram;
  /** Reads a cache answered from its entries (hits) or sent to its backend (misses); 0 for other kinds. */
  hits: number;
  misses: number;
  ivHits: number;
  ivMisses: number;
  /** Hit ratio of the last scrape interval (NaN: no reads in it). */
  hitRatioLast: number;
  /** Its circuit breakers, one per outgoing link (empty without `circuitBreaker`). */
  breakers: Breaker[];
}

export interface LinkRt {
  cutCount: number;
  addUs: number;
  addLoss: number;
  lossRate: number;
  /** Users' requests per second whose DNS answer now routes them over this link (a dns node's link to an endpoint). */
  resolvedPerSec: number;
}

export interface FaultRt {
  type: number;
  /** Node, link, client or zone index; -1 for a groups partition. */
  target: number;
  /** Group of each node for a groups partition (-1: not listed), else empty. */
  groups: Int32Array;
  value: number;
  startUs: number;
  endUs: number;
  active: boolean;
}

export interface RequestCounters {
  total: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  rejected: number;
  attempts: number;
  outstanding: number;
  /** Requests whose outcome an open circuit breaker decided. */
  shortCircuited: number;
}

export interface World {
  /** The compiled scenario: immutable, shared by snapshots, never cloned. */
  cfg: Config;
  nowUs: number;
  done: boolean;
  events: number;
  /** Events run so far at the current instant: the loop stops a clock that never advances. */
  eventsAtNow: number;
  queue: EventQueue;
  /** Every node's and link's PRNG streams (kernel/streams.ts). */
  rng: Rng;
  hash: TraceHash;
  calls: Calls;
  jobs: Jobs;
  reqs: Requests;
  deadlines: DeadlineQueue[];
  nodes: NodeRt[];
  links: LinkRt[];
  faults: FaultRt[];
  /** Indexes of active groups partitions. */
  groupCuts: number[];
  counters: RequestCounters;
  interval: RequestCounters;
  recent: RecentRing;
  latency: Histogram;
  ivLatency: Histogram;
  clusters: ClusterRt[];
  cmsgs: ClusterMessages;
  monitor: MonitorRt;
  recordSpans: boolean;
  recordRows: boolean;
  /** Per-interval latency histograms are kept only when rows or alerts read them. */
  intervalLatency: boolean;
  spans: Float64Array;
  spansLen: number;
  rows: Float64Array;
  rowsLen: number;
  log: LogEntry[];
  logDropped: number;
}
