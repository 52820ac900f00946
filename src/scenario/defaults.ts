// Default values of the scenario format (spec/scenario-format.md). The engine
// fills them in; the editor shows them as placeholders. One table, so the
// engine and the inspector can never disagree about what an omitted field means.
import type { CircuitBreaker, Dist, DnsPolicy, HealthCheck, KeyDistribution, RetryPolicy } from './types.ts';

export const DEFAULT_SEED = 1;
export const DEFAULT_DURATION_MS = 60_000;

export const CLIENT_DEFAULTS = {
  rate: 100,
  arrival: 'poisson' as 'poisson' | 'constant',
  timeoutMs: 1000,
  // Jitter only when asked: the format says "with full jitter when `jitter`".
  retries: { max: 0, backoffMs: 100, jitter: false } as Required<Omit<RetryPolicy, 'budget'>> & Pick<RetryPolicy, 'budget'>,
  writeRatio: 0,
  keys: 1000,
  keyDistribution: 'uniform' as KeyDistribution,
  resolvers: 100,
};

/** `{ "type": "zipf" }` without `s` means the format's own example, s = 1.1. */
export const ZIPF_DEFAULT_S = 1.1;

export const HEALTH_CHECK_DEFAULTS: Required<HealthCheck> = {
  intervalMs: 1000,
  timeoutMs: 500,
  unhealthyThreshold: 2,
  healthyThreshold: 2,
  deep: false,
};

export const LOAD_BALANCER_DEFAULTS = {
  algorithm: 'roundRobin' as const,
  failOpen: false,
  processingMs: 0 as Dist,
  timeoutMs: 30_000,
};

export const SERVER_DEFAULTS = {
  workers: 4,
  serviceTimeMs: { type: 'exponential', mean: 20 } as Dist,
  queueLimit: 1000,
  errorRate: 0,
  callTimeoutMs: 1000,
  shedExpired: false,
};

/** The format calls a database "a server-like node": a field it leaves out means what it means for a server. */
export const DATABASE_DEFAULTS = {
  workers: SERVER_DEFAULTS.workers,
  serviceTimeMs: SERVER_DEFAULTS.serviceTimeMs,
  queueLimit: SERVER_DEFAULTS.queueLimit,
  errorRate: SERVER_DEFAULTS.errorRate,
};

/** The format's example breaker: its values are the defaults of a field left out. */
export const CIRCUIT_BREAKER_DEFAULTS: Required<CircuitBreaker> = {
  failureRate: 0.5,
  minCalls: 20,
  windowMs: 10_000,
  openMs: 5000,
  halfOpenCalls: 3,
};

export const CACHE_DEFAULTS = {
  ttlMs: 60_000,
  capacity: 10_000,
  serviceTimeMs: 0.5 as Dist,
  workers: 1000,
  queueLimit: SERVER_DEFAULTS.queueLimit,
  coalesce: false,
};

export const QUEUE_DEFAULTS = {
  capacity: 100_000,
  serviceTimeMs: 1 as Dist,
  visibilityTimeoutMs: 30_000,
  maxReceives: 5,
  durable: true,
};

/** A DNS node always health-checks its endpoints; a field left out of `healthCheck` means what it means for a balancer. */
export const DNS_DEFAULTS = {
  policy: 'failover' as DnsPolicy,
  ttlMs: 60_000,
  healthCheck: HEALTH_CHECK_DEFAULTS,
  lookupMs: 20 as Dist,
};

export const LINK_DEFAULTS = {
  latencyMs: 1 as Dist,
  lossRate: 0,
  weight: 1,
};

export const CLUSTER_DEFAULTS = {
  replication: 'async' as const,
  readFrom: 'primary' as const,
  failover: { mode: 'automatic' as const, detectionMs: 3000, promotionMs: 1000, requireQuorum: false },
  semiSyncTimeoutMs: 10_000,
};

export const ALERT_DEFAULTS = { forMs: 0, windowMs: 10_000 };

export const SLO_DEFAULTS = { availability: 0.999, latencyMs: 300, percentile: 99 };

export const MONITORING_DEFAULTS = { scrapeIntervalMs: 1000 };

/** The id a link gets when it has none. */
export function linkId(link: { id?: string; from: string; to: string }): string {
  return link.id ?? `${link.from}->${link.to}`;
}
