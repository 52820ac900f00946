// The bench case with the new kinds: users behind health-checked DNS, two
// regions of balancer → web servers (breakers on their dependencies) → a
// cache (Zipf keys) in front of a database, and the web servers enqueueing
// work for consumers through a durable queue. 2,000 req/s, with a cache
// flush, a consumer outage and a region outage.
import type { Fault, Link, Scenario, ScenarioNode } from '../src/scenario/types.ts';

export function kindsCase(durationMs: number): Scenario {
  const nodes: ScenarioNode[] = [
    { id: 'users', type: 'client', rate: 2000, timeoutMs: 1000, keys: 10_000, keyDistribution: { type: 'zipf', s: 1.1 }, resolvers: 500, retries: { max: 1, backoffMs: 20, jitter: true } },
    { id: 'dns', type: 'dns', ttlMs: 30_000, policy: 'weighted' },
    { id: 'jobs', type: 'queue', visibilityTimeoutMs: 5000 },
  ];
  const links: Link[] = [{ from: 'users', to: 'dns' }];
  for (const region of ['a', 'b']) {
    nodes.push(
      { id: `lb-${region}`, type: 'loadBalancer', zone: region, algorithm: 'leastConnections', healthCheck: { intervalMs: 1000 } },
      { id: `cache-${region}`, type: 'cache', zone: region, ttlMs: 20_000, capacity: 2000, coalesce: true },
      { id: `db-${region}`, type: 'database', zone: region, workers: 32, serviceTimeMs: { type: 'exponential', mean: 5 } },
    );
    links.push({ from: 'dns', to: `lb-${region}`, latencyMs: 10 }, { from: `cache-${region}`, to: `db-${region}`, latencyMs: 0.5 });
    for (let i = 1; i <= 4; i++) {
      const web = `web-${region}${i}`;
      nodes.push({ id: web, type: 'server', zone: region, workers: 32, serviceTimeMs: { type: 'lognormal', median: 2, p99: 10 }, circuitBreaker: {} });
      links.push({ from: `lb-${region}`, to: web, latencyMs: 0.5 }, { from: web, to: `cache-${region}`, latencyMs: 0.5 }, { from: web, to: 'jobs', latencyMs: 0.5 });
    }
  }
  for (let i = 1; i <= 3; i++) {
    nodes.push({ id: `worker-${i}`, type: 'server', workers: 16, serviceTimeMs: { type: 'exponential', mean: 20 } });
    links.push({ from: 'jobs', to: `worker-${i}`, latencyMs: 1 });
  }
  const minute = 60_000;
  const faults: Fault[] = [
    { type: 'flush', target: 'cache-a', atMs: 2 * minute },
    { type: 'crash', target: 'worker-1', atMs: 3 * minute, durationMs: minute },
    { type: 'zoneOutage', target: 'a', atMs: 6 * minute, durationMs: 2 * minute },
  ];
  return { format: 'nines/scenario@1', name: 'caches, queue, DNS', seed: 1, durationMs, nodes, links, faults };
}
