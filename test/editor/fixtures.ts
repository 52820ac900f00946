// A small scenario with something of everything, for edit-operation tests.
import type { Scenario } from '../../src/scenario/types.ts';

export function sample(): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'Sample',
    seed: 7,
    durationMs: 60_000,
    nodes: [
      { id: 'users-1', label: 'users-1', type: 'client', rate: 100, x: 100, y: 100 },
      { id: 'lb-1', label: 'lb-1', type: 'loadBalancer', x: 300, y: 100, zone: 'zone-a' },
      { id: 'web-1', label: 'web-1', type: 'server', x: 500, y: 40, zone: 'zone-a' },
      { id: 'web-2', label: 'web-2', type: 'server', x: 500, y: 160, zone: 'zone-b' },
      { id: 'db-1', label: 'db-1', type: 'database', x: 700, y: 40 },
      { id: 'db-2', label: 'db-2', type: 'database', x: 700, y: 160 },
    ],
    links: [
      { from: 'users-1', to: 'lb-1' },
      { from: 'lb-1', to: 'web-1' },
      { from: 'lb-1', to: 'web-2' },
      { from: 'web-1', to: 'db-1' },
      { from: 'web-2', to: 'db-1' },
      { from: 'db-1', to: 'db-2' },
    ],
    clusters: [{ id: 'orders', members: ['db-1', 'db-2'], replication: 'async' }],
    faults: [
      { atMs: 1000, type: 'crash', target: 'web-1' },
      { atMs: 2000, type: 'latency', target: 'lb-1->web-2', addMs: 50 },
      { atMs: 3000, type: 'zoneOutage', target: 'zone-b' },
      { atMs: 4000, type: 'partition', groups: [['web-1'], ['db-1', 'db-2']] },
      { atMs: 5000, type: 'surge', target: 'users-1', factor: 2 },
    ],
    alerts: [
      { id: 'errors', metric: 'errorRate', op: '>', threshold: 0.01 },
      { id: 'web1-up', metric: 'up', node: 'web-1', op: '<', threshold: 1 },
    ],
  };
}
