// A valid scenario with every new kind and field (cache, queue, dns, breakers,
// Zipf keys, flush, the new alert metrics), for tests to break one thing at a time.
import type { Scenario } from '../../src/scenario/types.ts';

/** Every new kind and field, valid: users → dns → lb → web → cache → db, web → queue → worker. */
export function kindsScenario(): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'Kinds fixture',
    nodes: [
      {
        id: 'users', type: 'client', keys: 500, keyDistribution: { type: 'zipf', s: 1.1 }, resolvers: 50,
        circuitBreaker: { failureRate: 0.5, minCalls: 20, windowMs: 10_000, openMs: 5000, halfOpenCalls: 3 },
      },
      { id: 'dns', type: 'dns', policy: 'weighted', ttlMs: 5000, healthCheck: { intervalMs: 1000 }, lookupMs: { type: 'exponential', mean: 20 } },
      { id: 'lb', type: 'loadBalancer' },
      { id: 'web', type: 'server', circuitBreaker: { failureRate: 1 } },
      { id: 'cache', type: 'cache', ttlMs: 60_000, capacity: 1000, serviceTimeMs: 0.5, workers: 100, queueLimit: 10, coalesce: true },
      { id: 'db', type: 'database' },
      { id: 'jobs', type: 'queue', capacity: 1000, serviceTimeMs: 1, visibilityTimeoutMs: 30_000, maxReceives: 5, durable: false },
      { id: 'worker', type: 'server' },
    ],
    links: [
      { from: 'users', to: 'dns' },
      { from: 'dns', to: 'lb', weight: 2 },
      { from: 'dns', to: 'web', weight: 1 },
      { from: 'lb', to: 'web' },
      { from: 'web', to: 'cache' },
      { from: 'cache', to: 'db' },
      { from: 'web', to: 'jobs' },
      { from: 'jobs', to: 'worker' },
    ],
    faults: [{ atMs: 1000, type: 'flush', target: 'cache' }],
    alerts: [
      { id: 'hits', metric: 'cacheHitRatio', node: 'cache', op: '<', threshold: 0.5 },
      { id: 'all-hits', metric: 'cacheHitRatio', op: '<', threshold: 0.5 },
      { id: 'burn', metric: 'burnRate', op: '>', threshold: 14.4, windowMs: 60_000 },
    ],
  };
}
