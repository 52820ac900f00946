// The cache, queue and DNS kinds, circuit breakers, Zipf keys, the flush fault
// and the new alert metrics: field rules and cross-field rules. Each case
// breaks one thing in a valid scenario and asserts the exact error list, so a
// rule that is missing, reported at the wrong path or worded vaguely fails.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/types.ts';
import { kindsScenario } from './kinds-fixture.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { DELETE, errorsOf, withValue } from './fixtures.ts';

const bad = (path: string, value: unknown) => errorsOf(withValue(path, value, kindsScenario()));
const changed = (change: (s: Scenario) => void): Scenario => {
  const s = kindsScenario();
  change(s);
  return s;
};

describe('a valid scenario with every new kind', () => {
  it('validates and comes back unchanged', () => {
    expect(validateScenario(kindsScenario())).toEqual({ ok: true, scenario: kindsScenario() });
  });

  it('takes every new field as optional', () => {
    const s = changed((x) => {
      x.nodes = x.nodes.map((n) => ({ id: n.id, type: n.type }) as Scenario['nodes'][number]);
      x.nodes[0] = { id: 'users', type: 'client', keyDistribution: { type: 'zipf' }, circuitBreaker: {} };
    });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('accepts "uniform" and the ends of the ranges', () => {
    let s: unknown = withValue('nodes[0].keyDistribution', 'uniform', kindsScenario());
    s = withValue('nodes[3].circuitBreaker.failureRate', 1, s);
    s = withValue('nodes[0].resolvers', 10_000, s);
    s = withValue('nodes[4].capacity', 1_000_000, s);
    s = withValue('nodes[6].maxReceives', 100, s);
    expect(validateScenario(s).ok).toBe(true);
    expect(validateScenario(withValue('nodes[0].keyDistribution', { type: 'zipf', s: 5 }, kindsScenario())).ok).toBe(true);
  });
});

describe('field rules', () => {
  const BREAKER = 'must be a number > 0 and ≤ 1 (the failed share of calls that opens it)';
  const ZIPF = 'must be a number > 0 and ≤ 5 (s = 0 is "uniform")';
  const KEYS = 'must be "uniform" or {"type": "zipf", "s": 1.1}';
  const cases: Array<[string, unknown, string, string]> = [
    ['nodes[0].circuitBreaker.failureRate', 0, 'nodes[0].circuitBreaker.failureRate', `${BREAKER} (got 0)`],
    ['nodes[0].circuitBreaker.failureRate', 1.01, 'nodes[0].circuitBreaker.failureRate', `${BREAKER} (got 1.01)`],
    ['nodes[0].circuitBreaker.failureRate', -0.5, 'nodes[0].circuitBreaker.failureRate', `${BREAKER} (got -0.5)`],
    ['nodes[3].circuitBreaker.failureRate', '50%', 'nodes[3].circuitBreaker.failureRate', `${BREAKER} (got text "50%")`],
    ['nodes[0].circuitBreaker.minCalls', 0, 'nodes[0].circuitBreaker.minCalls', 'must be an integer ≥ 1'],
    ['nodes[0].circuitBreaker.openMs', 0, 'nodes[0].circuitBreaker.openMs', 'must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)'],
    ['nodes[0].circuitBreaker.windowMs', 90_000_000, 'nodes[0].circuitBreaker.windowMs', 'must be a number ≤ 86400000'],
    ['nodes[0].circuitBreaker.halfOpenCalls', 2.5, 'nodes[0].circuitBreaker.halfOpenCalls', 'must be an integer ≥ 1'],
    ['nodes[0].circuitBreaker', true, 'nodes[0].circuitBreaker', 'must be an object (got true)'],
    ['nodes[0].keyDistribution', { type: 'zipf', s: 0 }, 'nodes[0].keyDistribution.s', `${ZIPF} (got 0)`],
    ['nodes[0].keyDistribution', { type: 'zipf', s: 7 }, 'nodes[0].keyDistribution.s', `${ZIPF} (got 7)`],
    ['nodes[0].keyDistribution', { type: 'zipf', s: '1' }, 'nodes[0].keyDistribution.s', `${ZIPF} (got text "1")`],
    ['nodes[0].keyDistribution', { type: 'pareto' }, 'nodes[0].keyDistribution.type', 'must be "zipf" (got text "pareto")'],
    ['nodes[0].keyDistribution', 'zipf', 'nodes[0].keyDistribution', `${KEYS} (got text "zipf")`],
    ['nodes[0].keyDistribution', 3, 'nodes[0].keyDistribution', `${KEYS} (got 3)`],
    ['nodes[0].resolvers', 0, 'nodes[0].resolvers', 'must be an integer ≥ 1'],
    ['nodes[0].resolvers', 10_001, 'nodes[0].resolvers', 'must be an integer ≤ 10000'],
    ['nodes[1].policy', 'geo', 'nodes[1].policy', 'must be one of "failover", "weighted", "roundRobin" (got text "geo")'],
    ['nodes[1].ttlMs', 0, 'nodes[1].ttlMs', 'must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)'],
    ['nodes[1].healthCheck.intervalMs', 0, 'nodes[1].healthCheck.intervalMs', 'must be a number ≥ 100 (probing more often than every 100 ms is a busy loop, not a design)'],
    ['nodes[1].lookupMs', -1, 'nodes[1].lookupMs', 'must be a number ≥ 0'],
    ['nodes[4].ttlMs', 0, 'nodes[4].ttlMs', 'must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)'],
    ['nodes[4].capacity', 0, 'nodes[4].capacity', 'must be an integer ≥ 1'],
    ['nodes[4].capacity', 1_000_001, 'nodes[4].capacity', 'must be an integer ≤ 1000000'],
    ['nodes[4].coalesce', 'yes', 'nodes[4].coalesce', 'must be true or false (got text "yes")'],
    ['nodes[4].workers', 0, 'nodes[4].workers', 'must be an integer ≥ 1'],
    ['nodes[6].capacity', 0, 'nodes[6].capacity', 'must be an integer ≥ 1'],
    ['nodes[6].visibilityTimeoutMs', 0, 'nodes[6].visibilityTimeoutMs', 'must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)'],
    ['nodes[6].maxReceives', 0, 'nodes[6].maxReceives', 'must be an integer ≥ 1'],
    ['nodes[6].maxReceives', 101, 'nodes[6].maxReceives', 'must be an integer ≤ 100'],
    ['nodes[6].durable', 1, 'nodes[6].durable', 'must be true or false (got 1)'],
    ['nodes[6].serviceTimeMs', { type: 'exponential' }, 'nodes[6].serviceTimeMs.mean', 'is required'],
  ];

  it.each(cases)('%s = %j → %s: %s', (field, value, path, message) => {
    expect(bad(field, value)).toEqual([{ path, message }]);
  });

  it.each([
    ['nodes[4]', 'workers', 'nodes[4].worker'],
    ['nodes[6]', 'capacity', 'nodes[6].capcity'],
    ['nodes[1]', 'policy', 'nodes[1].polcy'],
  ])('a typo in %s.%s is an unknown field at its own path', (node, field, typo) => {
    let s = withValue(`${node}.${field}`, DELETE, kindsScenario());
    s = withValue(typo, 1, s);
    expect(errorsOf(s)).toEqual([{ path: typo, message: 'unknown field' }]);
  });

  it('a queue has no workers and a cache no errorRate (fields of other kinds are unknown)', () => {
    expect(bad('nodes[6].workers', 4)).toEqual([{ path: 'nodes[6].workers', message: 'unknown field' }]);
    expect(bad('nodes[4].errorRate', 0.1)).toEqual([{ path: 'nodes[4].errorRate', message: 'unknown field' }]);
    expect(bad('nodes[5].circuitBreaker', {})).toEqual([{ path: 'nodes[5].circuitBreaker', message: 'unknown field' }]);
  });

  it('the new alert metrics are known, others are not', () => {
    expect(bad('alerts[0].metric', 'hitRatio')).toEqual([
      { path: 'alerts[0].metric', message: expect.stringMatching(/"cacheHitRatio", "burnRate" \(got text "hitRatio"\)$/) as unknown as string },
    ]);
  });
});

describe('cross-field rules', () => {
  it('a cache needs a backend', () => {
    const s = changed((x) => (x.links = x.links!.filter((l) => l.from !== 'cache')));
    expect(errorsOf(s)).toEqual([{ path: 'nodes[4]', message: 'cache "cache" has no backend: link it to the server or database it fronts' }]);
  });

  it('a cache fronts something that answers reads, not a queue', () => {
    const s = changed((x) => x.links!.push({ from: 'cache', to: 'jobs' }));
    expect(errorsOf(s)).toEqual([
      { path: 'links[8].to', message: '"jobs" is a queue; a cache\'s backend must be a server, database, load balancer or cache' },
    ]);
  });

  it('a queue needs a consumer, and consumers are servers', () => {
    const none = changed((x) => (x.links = x.links!.filter((l) => l.from !== 'jobs')));
    expect(errorsOf(none)).toEqual([
      { path: 'nodes[6]', message: 'queue "jobs" has no consumer: link it to the servers that process its messages' },
    ]);
    const db = changed((x) => (x.links!.find((l) => l.from === 'jobs')!.to = 'db'));
    expect(errorsOf(db)).toEqual([{ path: 'links[7].to', message: '"db" is a database; a queue\'s consumers must be servers' }]);
  });

  it('a dns node needs endpoints, and they are balancers or servers', () => {
    const none = changed((x) => (x.links = x.links!.filter((l) => l.from !== 'dns')));
    expect(errorsOf(none)).toEqual([
      { path: 'nodes[1]', message: 'dns node "dns" has no endpoints: link it to a load balancer or server (one per region)' },
    ]);
    const cache = changed((x) => (x.links![2].to = 'cache'));
    expect(errorsOf(cache)).toEqual([
      { path: 'links[2].to', message: '"cache" is a cache; a dns node\'s endpoints must be load balancers or servers' },
    ]);
  });

  it('only clients link to a dns node', () => {
    const s = changed((x) => x.links!.push({ from: 'lb', to: 'dns' }));
    expect(errorsOf(s)).toEqual([
      { path: 'links[8].from', message: '"lb" is a load balancer; only clients look up a dns node (it answers lookups, not requests)' },
    ]);
  });

  it('a client behind DNS links to nothing else: which way a request went would be ambiguous', () => {
    const direct = changed((x) => x.links!.push({ from: 'users', to: 'lb' }));
    expect(errorsOf(direct)).toEqual([
      {
        path: 'links[8].to',
        message: '"users" looks up dns node "dns" (links[0]), so it sends every request where DNS answers; remove this link ("users->lb") or the one to "dns"',
      },
    ]);
    const twoDns = changed((x) => {
      x.nodes.push({ id: 'dns2', type: 'dns' });
      x.links!.push({ from: 'dns2', to: 'lb' }, { from: 'users', to: 'dns2' });
    });
    expect(errorsOf(twoDns)).toEqual([
      { path: 'links[9].to', message: '"users" already looks up dns node "dns" (links[0]); a client uses one dns node' },
    ]);
  });

  it('flush targets a cache', () => {
    const s = changed((x) => (x.faults = [{ atMs: 1000, type: 'flush', target: 'db' }]));
    expect(errorsOf(s)).toEqual([{ path: 'faults[0].target', message: '"db" is a database; a flush fault targets a cache' }]);
    const missing = changed((x) => (x.faults = [{ atMs: 1000, type: 'flush', target: 'ghost' }]));
    expect(errorsOf(missing)).toEqual([{ path: 'faults[0].target', message: 'no node with id "ghost"' }]);
  });

  it('the other faults may target the new kinds', () => {
    const s = changed((x) => {
      x.faults = ['cache', 'jobs', 'dns'].map((target, i) => ({ atMs: 1000 * (i + 1), type: 'crash' as const, target }));
    });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('cacheHitRatio on a node is measured at a cache', () => {
    const s = changed((x) => (x.alerts![0].node = 'web'));
    expect(errorsOf(s)).toEqual([
      { path: 'alerts[0].node', message: '"web" is a server; cacheHitRatio is measured at caches (leave node out for all of them)' },
    ]);
  });

  it('Zipf clients keep their key tables within 2,000,000 keys in all', () => {
    const s = changed((x) => {
      x.nodes[0] = { ...x.nodes[0], keys: 1_000_000 } as Scenario['nodes'][number];
      x.nodes.push({ id: 'more', type: 'client', keys: 1_000_000, keyDistribution: { type: 'zipf' } });
      x.nodes.push({ id: 'uniform', type: 'client', keys: 1_000_000 });
      x.nodes.push({ id: 'last', type: 'client', keys: 1, keyDistribution: { type: 'zipf', s: 2 } });
      x.links!.push({ from: 'more', to: 'lb' }, { from: 'uniform', to: 'lb' }, { from: 'last', to: 'lb' });
    });
    expect(errorsOf(s)).toEqual([
      { path: 'nodes[10].keys', message: 'Zipf clients have 2000001 keys in all; the limit is 2000000 (each key takes a slot in a table)' },
    ]);
  });
});
