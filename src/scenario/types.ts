// The scenario format, version 1 (../shared/spec/scenario-format.md) as
// TypeScript types. This file is the contract: the editor, the engine, the
// share link, the lessons and the CLI all read these names. Fields may be
// added (optional); none may be renamed or reinterpreted.
//
// Times are simulated milliseconds; rates are per simulated second.

export const SCENARIO_FORMAT = 'nines/scenario@1' as const;
export const REPORT_FORMAT = 'nines/report@1' as const;

/** A bare number is a constant. */
export type Dist =
  | number
  | { type: 'constant'; value: number }
  | { type: 'exponential'; mean: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'normal'; mean: number; stddev: number }
  | { type: 'lognormal'; median: number; p99: number };

export type DistType = Exclude<Dist, number>['type'];

export interface RandomFailure {
  /** Mean time between failures, exponential. */
  mtbfMs: number;
  /** Mean time to repair, exponential. */
  mttrMs: number;
}

export type NodeType = 'client' | 'loadBalancer' | 'server' | 'database' | 'cache' | 'queue' | 'dns';

interface NodeCommon {
  id: string;
  label?: string;
  x?: number;
  y?: number;
  zone?: string;
  failure?: RandomFailure;
}

export interface RetryPolicy {
  max: number;
  backoffMs?: number;
  jitter?: boolean;
  /** Caps retries at this fraction of requests (token bucket). */
  budget?: number;
}

/**
 * A circuit breaker (spec: *Circuit breakers*): on a client one per outgoing
 * link, on a server one per dependency. Every field has a default.
 */
export interface CircuitBreaker {
  /** Failed share of the window's calls, in (0, 1], at which it opens. */
  failureRate?: number;
  /** Calls that must have ended in the window before it may open. */
  minCalls?: number;
  windowMs?: number;
  /** How long it stays open before letting probes through. */
  openMs?: number;
  /** Probes let through while half-open. */
  halfOpenCalls?: number;
}

/** Which key a request uses: uniform over `keys`, or Zipf (rank r chosen ∝ r^−s). */
export type KeyDistribution = 'uniform' | { type: 'zipf'; s?: number };

export interface ClientNode extends NodeCommon {
  type: 'client';
  rate?: number;
  arrival?: 'poisson' | 'constant';
  timeoutMs?: number;
  retries?: RetryPolicy;
  writeRatio?: number;
  keys?: number;
  keyDistribution?: KeyDistribution;
  /** Behind a `dns` node: resolver groups, each with an equal share of requests and its own cached answer. */
  resolvers?: number;
  circuitBreaker?: CircuitBreaker;
}

export type LbAlgorithm =
  | 'roundRobin'
  | 'weightedRoundRobin'
  | 'leastConnections'
  | 'random'
  | 'powerOfTwo'
  | 'consistentHash'
  | 'failover';

export interface HealthCheck {
  intervalMs?: number;
  timeoutMs?: number;
  unhealthyThreshold?: number;
  healthyThreshold?: number;
  deep?: boolean;
}

export interface LoadBalancerNode extends NodeCommon {
  type: 'loadBalancer';
  algorithm?: LbAlgorithm;
  healthCheck?: HealthCheck;
  failOpen?: boolean;
  processingMs?: Dist;
  /**
   * Added field: how long the balancer waits for a backend before it gives up
   * on that call and answers its caller with an error (a proxy read timeout).
   * Default 30000.
   */
  timeoutMs?: number;
}

export interface ServerNode extends NodeCommon {
  type: 'server';
  workers?: number;
  serviceTimeMs?: Dist;
  queueLimit?: number;
  errorRate?: number;
  callTimeoutMs?: number;
  shedExpired?: boolean;
  circuitBreaker?: CircuitBreaker;
}

export interface DatabaseNode extends NodeCommon {
  type: 'database';
  workers?: number;
  serviceTimeMs?: Dist;
  queueLimit?: number;
  /** Added field, as for servers. */
  errorRate?: number;
}

/** A look-aside cache in front of one backend (its outgoing link; several: round-robin). */
export interface CacheNode extends NodeCommon {
  type: 'cache';
  /** An entry expires this long after it was stored (a hit does not extend it). */
  ttlMs?: number;
  /** Entries kept; past it the least recently used is evicted. */
  capacity?: number;
  serviceTimeMs?: Dist;
  workers?: number;
  queueLimit?: number;
  /** Concurrent misses for one key wait for a single backend call. */
  coalesce?: boolean;
}

/** A message queue: accepts at once, delivers later to its consumers (outgoing links, servers). */
export interface QueueNode extends NodeCommon {
  type: 'queue';
  capacity?: number;
  /** Time to accept a message. */
  serviceTimeMs?: Dist;
  visibilityTimeoutMs?: number;
  maxReceives?: number;
  durable?: boolean;
}

export type DnsPolicy = 'failover' | 'weighted' | 'roundRobin';

/** Health-checked DNS: not on the request path; answers clients' resolver groups with an endpoint. */
export interface DnsNode extends NodeCommon {
  type: 'dns';
  policy?: DnsPolicy;
  ttlMs?: number;
  healthCheck?: HealthCheck;
  lookupMs?: Dist;
}

export type ScenarioNode = ClientNode | LoadBalancerNode | ServerNode | DatabaseNode | CacheNode | QueueNode | DnsNode;

export interface Link {
  id?: string;
  from: string;
  to: string;
  latencyMs?: Dist;
  lossRate?: number;
  weight?: number;
}

export type ReplicationMode = 'async' | 'semiSync' | 'sync' | 'quorum';

export interface Failover {
  mode?: 'automatic' | 'manual' | 'none';
  detectionMs?: number;
  promotionMs?: number;
  requireQuorum?: boolean;
}

export interface Cluster {
  id: string;
  members: string[];
  replication?: ReplicationMode;
  readFrom?: 'primary' | 'any';
  failover?: Failover;
  semiSyncTimeoutMs?: number;
}

interface FaultCommon {
  atMs: number;
  durationMs?: number;
}

export type Fault =
  | (FaultCommon & { type: 'crash'; target: string })
  | (FaultCommon & { type: 'slow'; target: string; factor: number })
  | (FaultCommon & { type: 'errors'; target: string; rate: number })
  | (FaultCommon & { type: 'zoneOutage'; target: string })
  | (FaultCommon & { type: 'partition'; target?: string; groups?: string[][] })
  | (FaultCommon & { type: 'latency'; target: string; addMs: number })
  | (FaultCommon & { type: 'loss'; target: string; rate: number })
  | (FaultCommon & { type: 'surge'; target: string; factor: number })
  | (FaultCommon & { type: 'drain'; target: string })
  | (FaultCommon & { type: 'promote'; target: string })
  | (FaultCommon & { type: 'flush'; target: string });

export type FaultType = Fault['type'];

export type MetricName =
  | 'availability'
  | 'errorRate'
  | 'latencyP50'
  | 'latencyP99'
  | 'throughput'
  | 'queueDepth'
  | 'utilization'
  | 'replicationLagMs'
  | 'up'
  | 'cacheHitRatio'
  | 'burnRate';

export interface AlertRule {
  id: string;
  name?: string;
  metric: MetricName;
  node?: string;
  op: '>' | '>=' | '<' | '<=';
  threshold: number;
  forMs?: number;
  windowMs?: number;
}

export interface Slo {
  availability?: number;
  latencyMs?: number;
  percentile?: number;
}

export interface Monitoring {
  scrapeIntervalMs?: number;
}

export interface Scenario {
  format: typeof SCENARIO_FORMAT;
  name: string;
  description?: string;
  seed?: number;
  durationMs?: number;
  nodes: ScenarioNode[];
  links?: Link[];
  clusters?: Cluster[];
  faults?: Fault[];
  alerts?: AlertRule[];
  slo?: Slo;
  monitoring?: Monitoring;
  meta?: Record<string, unknown>;
}

// ---------------------------------------------------------------- report

export interface RequestCounts {
  /** Requests users started within durationMs. */
  total: number;
  succeeded: number;
  /**
   * Ended in an error answer (a server error, a failed dependency). The four
   * outcomes are exclusive: total = succeeded + failed + timedOut + rejected.
   */
  failed: number;
  /** Ended because the last attempt was not answered in time. */
  timedOut: number;
  /** Ended because the last attempt was refused at once (no healthy backend, full queue, draining). */
  rejected: number;
  /** Attempts, retries included. */
  attempts: number;
  /** Optional: requests whose outcome an open circuit breaker decided (failed fast, somewhere on their path). */
  shortCircuited?: number;
}

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface NodeReport {
  served: number;
  rejected: number;
  utilization: number;
  meanQueue: number;
  downtimeMs: number;
  // Optional, by kind: caches
  hits?: number;
  misses?: number;
  /** hits ÷ (hits + misses); absent when the cache saw no reads. */
  hitRatio?: number;
  // queues
  enqueued?: number;
  delivered?: number;
  redelivered?: number;
  deadLettered?: number;
  lost?: number;
  /** Still held when the run ends. */
  pending?: number;
  maxDepth?: number;
  /** Accepted → processed, ms. */
  processingLatencyMs?: { p50: number; p99: number };
  // nodes with circuit breakers (clients, servers)
  breakerOpened?: number;
  shortCircuited?: number;
}

export interface DataReport {
  writesAcked: number;
  writesLost: number;
  staleReads: number;
  failovers: number;
  noPrimaryMs: number;
  splitBrainMs: number;
}

export interface AlertFiring {
  id: string;
  firedAtMs: number;
  /** Absent while the alert was still firing at the end of the run. */
  resolvedAtMs?: number;
}

export interface SloReport {
  met: boolean;
  availability: number;
  errorBudgetSpent: number;
  /** Added: the latency achieved at the SLO's percentile, ms. */
  latencyMs?: number;
  /** Added: the targets the run was held to (defaults filled in). */
  target?: { availability: number; latencyMs: number; percentile: number };
}

/** Added: when monitoring noticed each scheduled fault (the first alert firing at or after it). */
export interface FaultDetection {
  /** Index in the scenario's `faults`. */
  index: number;
  type: string;
  target?: string;
  atMs: number;
  detectedAtMs?: number;
  timeToDetectMs?: number;
  /** The alert that fired first. */
  alert?: string;
}

export interface Report {
  format: typeof REPORT_FORMAT;
  scenario: string;
  seed: number;
  durationMs: number;
  events: number;
  traceHash: string;
  requests: RequestCounts;
  availability: number;
  latencyMs: LatencySummary;
  throughputPerSec: number;
  nodes: Record<string, NodeReport>;
  data: DataReport;
  alerts: AlertFiring[];
  slo: SloReport;
  /** Added: time to detect each fault. */
  faults?: FaultDetection[];
}
