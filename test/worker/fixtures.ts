// Small scenarios for the worker and run-driver tests.
import type { Scenario } from '../../src/scenario/types.ts';

/** Users → one web server: crash it and availability drops to zero. */
export function onlyServer(durationMs = 10_000): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'Only one server',
    seed: 7,
    durationMs,
    nodes: [
      { id: 'users', type: 'client', rate: 200, timeoutMs: 500 },
      { id: 'web', type: 'server', workers: 4, serviceTimeMs: { type: 'exponential', mean: 5 } },
    ],
    links: [{ from: 'users', to: 'web', latencyMs: 2 }],
  };
}
