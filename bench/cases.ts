// The benchmark models: each case is a scenario.
import type { Fault, Link, Scenario, ScenarioNode } from '../src/scenario/types.ts';
import { kindsCase } from './kinds-case.ts';

/** (a) M/M/10: 800 req/s into 10 workers, exponential 10 ms, zero-latency link. */
export function mm10(durationMs: number): Scenario {
  return {
    format: 'nines/scenario@1', name: 'M/M/10', seed: 1, durationMs,
    nodes: [
      { id: 'client', type: 'client', rate: 800, timeoutMs: 60_000 },
      { id: 'server', type: 'server', workers: 10, serviceTimeMs: { type: 'exponential', mean: 10 }, queueLimit: 100_000 },
    ],
    links: [{ from: 'client', to: 'server', latencyMs: 0 }],
  };
}

/** (b) 50 nodes: 2 clients, 2 balancers, 40 servers in 3 zones, 6 databases; 5,000 req/s with faults. */
export function fiftyNodes(durationMs: number, ratePerSec = 5000): Scenario {
  const zones = ['a', 'b', 'c'];
  const nodes: ScenarioNode[] = [
    { id: 'users-1', type: 'client', rate: ratePerSec / 2, timeoutMs: 1000, retries: { max: 2, backoffMs: 50, jitter: true, budget: 0.1 } },
    { id: 'users-2', type: 'client', rate: ratePerSec / 2, timeoutMs: 1000, retries: { max: 2, backoffMs: 50, jitter: true, budget: 0.1 } },
    { id: 'lb-1', type: 'loadBalancer', algorithm: 'leastConnections', healthCheck: { intervalMs: 1000, timeoutMs: 300 } },
    { id: 'lb-2', type: 'loadBalancer', algorithm: 'powerOfTwo', healthCheck: { intervalMs: 1000, timeoutMs: 300 } },
  ];
  const links: Link[] = [
    { from: 'users-1', to: 'lb-1' }, { from: 'users-1', to: 'lb-2' },
    { from: 'users-2', to: 'lb-1' }, { from: 'users-2', to: 'lb-2' },
  ];
  for (let i = 0; i < 6; i++) nodes.push({ id: `db-${i + 1}`, type: 'database', zone: zones[i % 3], workers: 32, serviceTimeMs: { type: 'exponential', mean: 2 } });
  for (let i = 0; i < 40; i++) {
    const id = `web-${i + 1}`;
    nodes.push({ id, type: 'server', zone: zones[i % 3], workers: 16, serviceTimeMs: { type: 'lognormal', median: 15, p99: 80 } });
    links.push({ from: 'lb-1', to: id, latencyMs: 0.5 }, { from: 'lb-2', to: id, latencyMs: 0.5 });
    links.push({ from: id, to: `db-${(i % 6) + 1}`, latencyMs: { type: 'exponential', mean: 0.5 } });
  }
  const minute = 60_000;
  const faults: Fault[] = [
    { type: 'crash', target: 'web-3', atMs: 1 * minute, durationMs: 2 * minute },
    { type: 'slow', target: 'db-2', factor: 5, atMs: 3 * minute, durationMs: minute },
    { type: 'zoneOutage', target: 'c', atMs: 5 * minute, durationMs: 2 * minute },
    { type: 'surge', target: 'users-1', factor: 1.5, atMs: 8 * minute, durationMs: minute },
  ];
  return { format: 'nines/scenario@1', name: '50 nodes', seed: 1, durationMs, nodes, links, faults };
}

/** (c) The 50-node topology with its databases in two replicated clusters (quorum writes, a fifth of requests). */
export function clustered(durationMs: number): Scenario {
  const s = fiftyNodes(durationMs);
  return {
    ...s,
    name: '50 nodes, clustered',
    nodes: s.nodes.map((n) => (n.type === 'client' ? { ...n, writeRatio: 0.2 } : n)),
    clusters: [
      { id: 'east', members: ['db-1', 'db-2', 'db-3'], replication: 'quorum', readFrom: 'any', failover: { mode: 'automatic', requireQuorum: true } },
      { id: 'west', members: ['db-4', 'db-5', 'db-6'], replication: 'async', failover: { mode: 'automatic' } },
    ],
    faults: [...(s.faults ?? []), { type: 'crash', target: 'db-4', atMs: 4 * 60_000 }],
    alerts: [{ id: 'errors', metric: 'errorRate', op: '>', threshold: 0.01, forMs: 5000 }, { id: 'p99', metric: 'latencyP99', op: '>', threshold: 500 }],
  };
}

export const CASES: Record<string, () => Scenario> = {
  'mm10-10min': () => mm10(600_000),
  'mm10-1h': () => mm10(3_600_000),
  '50-nodes-10min': () => fiftyNodes(600_000),
  'clustered-10min': () => clustered(600_000),
  'kinds-10min': () => kindsCase(600_000),
};
