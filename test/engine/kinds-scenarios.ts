// Scenarios and theory for the tests of caches, queues, DNS and circuit
// breakers. Each builder says what its numbers are for; each formula beside
// it is what the engine must agree with.
import type { Fault, Scenario, ScenarioNode } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

/** Users → cache → database, constant times so a miss's round trip d is known exactly. */
export function cached(o: {
  rate: number; keys: number; ttlMs: number; seed?: number; durationMs?: number; coalesce?: boolean;
  zipf?: number; dbWorkers?: number; dbMs?: number; dbQueueLimit?: number; faults?: Fault[]; timeoutMs?: number;
}): Scenario {
  return scenario(
    [
      {
        id: 'users', type: 'client', rate: o.rate, keys: o.keys, timeoutMs: o.timeoutMs ?? 5000,
        ...(o.zipf ? { keyDistribution: { type: 'zipf', s: o.zipf } } : {}),
      },
      { id: 'cache', type: 'cache', ttlMs: o.ttlMs, capacity: 1_000_000, serviceTimeMs: 0.5, coalesce: o.coalesce ?? false },
      { id: 'db', type: 'database', workers: o.dbWorkers ?? 100, serviceTimeMs: o.dbMs ?? 5, queueLimit: o.dbQueueLimit ?? 100_000 },
    ],
    [
      { from: 'users', to: 'cache', latencyMs: 0 },
      { from: 'cache', to: 'db', latencyMs: 1 },
    ],
    { seed: o.seed ?? 1, durationMs: o.durationMs ?? 100_000, faults: o.faults ?? [] },
  );
}

/**
 * Hit ratio of Poisson reads of rate λ on one key whose misses take d to be
 * stored, with a ttl counted from the store: each cycle is one miss, λ·d more
 * misses while it is fetched, λ·ttl hits, so h = λ·ttl / (1 + λ·d + λ·ttl).
 * With d → 0 it is the format's λ·ttl / (1 + λ·ttl).
 */
export function hitRatio(lambdaPerSec: number, ttlSec: number, dSec: number): number {
  return (lambdaPerSec * ttlSec) / (1 + lambdaPerSec * dSec + lambdaPerSec * ttlSec);
}

/** A miss's round trip in cached(): cache service 0.5 ms + link 1 ms each way + database service. */
export const missRoundTripSec = (dbMs = 5): number => (0.5 + 2 + dbMs) / 1000;

/** Zipf shares p_r ∝ r^−s over `keys` keys. */
export function zipfShares(keys: number, s: number): number[] {
  const w = Array.from({ length: keys }, (_, i) => (i + 1) ** -s);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
}

/** Users → queue → one consumer server (workers, exponential service) over 1 ms links. */
export function queued(o: {
  rate: number; workers: number; meanMs: number; durable?: boolean; visibilityMs?: number; maxReceives?: number;
  seed?: number; durationMs?: number; faults?: Fault[];
}): Scenario {
  return scenario(
    [
      { id: 'users', type: 'client', rate: o.rate },
      { id: 'jobs', type: 'queue', durable: o.durable ?? true, visibilityTimeoutMs: o.visibilityMs ?? 5000, maxReceives: o.maxReceives ?? 5, serviceTimeMs: 1 },
      { id: 'worker', type: 'server', workers: o.workers, serviceTimeMs: { type: 'exponential', mean: o.meanMs } },
    ],
    [
      { from: 'users', to: 'jobs', latencyMs: 1 },
      { from: 'jobs', to: 'worker', latencyMs: 1 },
    ],
    { seed: o.seed ?? 1, durationMs: o.durationMs ?? 120_000, faults: o.faults ?? [] },
  );
}

/** Two regions behind health-checked DNS: users → dns → lb-a | lb-b → web-a | web-b. */
export function regions(o: {
  rate: number; resolvers: number; ttlMs: number; policy?: 'failover' | 'weighted' | 'roundRobin';
  weights?: [number, number]; seed?: number; durationMs?: number; faults?: Fault[];
}): Scenario {
  const node = (id: string, type: 'loadBalancer' | 'server', zone: string): ScenarioNode =>
    type === 'server' ? { id, type, zone, workers: 200, serviceTimeMs: 2 } : { id, type, zone };
  return scenario(
    [
      { id: 'users', type: 'client', rate: o.rate, resolvers: o.resolvers, timeoutMs: 1000 },
      { id: 'dns', type: 'dns', ttlMs: o.ttlMs, policy: o.policy ?? 'failover', lookupMs: 20 },
      node('lb-a', 'loadBalancer', 'region-a'), node('web-a', 'server', 'region-a'),
      node('lb-b', 'loadBalancer', 'region-b'), node('web-b', 'server', 'region-b'),
    ],
    [
      { from: 'users', to: 'dns', latencyMs: 5 },
      { from: 'dns', to: 'lb-a', latencyMs: 10, weight: o.weights?.[0] ?? 1 },
      { from: 'dns', to: 'lb-b', latencyMs: 30, weight: o.weights?.[1] ?? 1 },
      { from: 'lb-a', to: 'web-a', latencyMs: 1 },
      { from: 'lb-b', to: 'web-b', latencyMs: 1 },
    ],
    { seed: o.seed ?? 1, durationMs: o.durationMs ?? 200_000, faults: o.faults ?? [] },
  );
}

/**
 * Requests that fail after the active endpoint dies at a health-check tick:
 * every request in the detection time D fails; after it, a group fails until
 * its answer expires. A group's lookups come every A + g, A = ttl + the
 * lookup's own time (its answer lives ttl from arrival), g the wait for the
 * group's next request (exponential, mean m = groups ÷ rate). At a random
 * moment the group is in its answer's life with probability A ÷ (A + m),
 * with A/2 of it left on average. So failed ≈ rate·(D + A² ÷ (2·(A + m))),
 * the spec's "detection + ttl/2" made exact.
 */
export function dnsFailed(o: { rate: number; resolvers: number; ttlSec: number; detectionSec: number; lookupSec: number }): number {
  const a = o.ttlSec + o.lookupSec;
  const m = o.resolvers / o.rate;
  return o.rate * (o.detectionSec + (a * a) / (2 * (a + m)));
}

/** Users → web (a breaker per dependency) → db; constant times so a fast failure's time is known. */
export function guarded(o: { seed?: number; faults?: Fault[]; durationMs?: number; breaker?: boolean }): Scenario {
  return scenario(
    [
      { id: 'users', type: 'client', rate: 100, timeoutMs: 2000 },
      {
        id: 'web', type: 'server', workers: 50, serviceTimeMs: 5, callTimeoutMs: 1000,
        ...(o.breaker === false ? {} : { circuitBreaker: { failureRate: 0.5, minCalls: 20, windowMs: 5000, openMs: 3000, halfOpenCalls: 3 } }),
      },
      { id: 'db', type: 'database', workers: 10, serviceTimeMs: 5 },
    ],
    [
      { from: 'users', to: 'web', latencyMs: 1 },
      { from: 'web', to: 'db', latencyMs: 1 },
    ],
    { seed: o.seed ?? 1, durationMs: o.durationMs ?? 60_000, faults: o.faults ?? [] },
  );
}
