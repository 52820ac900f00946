// A small valid scenario that touches every part of the format, and helpers
// to break one thing in it at a time.
import { validateScenario, type ValidationError } from '../../src/scenario/validate.ts';
import type { Scenario } from '../../src/scenario/types.ts';

export function baseScenario(): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'Fixture',
    seed: 7,
    durationMs: 10_000,
    nodes: [
      { id: 'users', type: 'client', rate: 50, retries: { max: 2, backoffMs: 50, jitter: true, budget: 0.1 } },
      { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 1000 } },
      { id: 'web1', type: 'server', zone: 'zone-a', workers: 4 },
      { id: 'web2', type: 'server', zone: 'zone-b', serviceTimeMs: { type: 'uniform', min: 1, max: 5 } },
      { id: 'db1', type: 'database' },
      { id: 'db2', type: 'database' },
    ],
    links: [
      { from: 'users', to: 'lb' },
      { from: 'lb', to: 'web1', lossRate: 0.01 },
      { from: 'lb', to: 'web2' },
      { from: 'web1', to: 'db1' },
      { id: 'w2db', from: 'web2', to: 'db1' },
    ],
    clusters: [{ id: 'main', members: ['db1', 'db2'], failover: { mode: 'automatic' } }],
    faults: [{ atMs: 1000, type: 'crash', target: 'web1', durationMs: 2000 }],
    alerts: [{ id: 'errors', metric: 'errorRate', node: 'lb', op: '>', threshold: 0.01 }],
    slo: { availability: 0.999 },
    monitoring: { scrapeIntervalMs: 1000 },
    meta: { editor: { zoom: 1 } },
  };
}

export const DELETE = Symbol('delete');

/**
 * A copy of the base scenario with the value at `path` (as validation errors
 * name it: `nodes[2].workers`) replaced, or removed when `value` is DELETE.
 */
export function withValue(path: string, value: unknown, scenario: unknown = baseScenario()): unknown {
  const copy = structuredClone(scenario) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1];
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy;
}

/** A copy of the base scenario with a stray `key` added to the object at `objectPath` ('' for the top). */
export function withExtraKey(objectPath: string, key: string): unknown {
  const copy = structuredClone(baseScenario()) as unknown as Record<string, unknown>;
  let target = copy;
  for (const k of objectPath.match(/[^.[\]]+/g) ?? []) target = target[k] as Record<string, unknown>;
  target[key] = 1;
  return copy;
}

/** A copy of the base scenario changed by `change`. */
export function changed(change: (s: Scenario) => void): Scenario {
  const s = baseScenario();
  change(s);
  return s;
}

/** The errors of an input that must be invalid. */
export function errorsOf(input: unknown): ValidationError[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be invalid, but it validated');
  return result.errors;
}
