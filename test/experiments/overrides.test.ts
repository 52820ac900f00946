// `--set PATH=V` paths and values: ids pick items of the scenario's lists,
// durations have units where the field is a time, and a path that names
// nothing is refused with a message naming it.
import { describe, expect, it } from 'vitest';
import { applyOverrides, parseValue, splitAssignment, splitValues, type Override } from '../../src/experiments/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { baseScenario } from '../scenario/fixtures.ts';

function apply(...overrides: Array<[string, unknown]>): Scenario {
  const result = applyOverrides(baseScenario(), overrides.map(([path, value]): Override => ({ path, value })));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function refusal(path: string, value: unknown = 1): string {
  const result = applyOverrides(baseScenario(), [{ path, value }]);
  return result.ok ? 'applied' : result.error;
}

describe('override paths', () => {
  it('nodes, links (by from->to or id), clusters and alerts by id; faults by index', () => {
    const s = apply(
      ['nodes.web1.workers', 8],
      ['links.lb->web2.latencyMs', 5],
      ['links.w2db.lossRate', 0.1],
      ['clusters.main.failover.detectionMs', 2000],
      ['alerts.errors.threshold', 0.05],
      ['faults.0.atMs', 2500],
      ['durationMs', 3_600_000],
    );
    expect(s.nodes.find((n) => n.id === 'web1')).toMatchObject({ workers: 8 });
    expect(s.links![2]).toEqual({ from: 'lb', to: 'web2', latencyMs: 5 });
    expect(s.links![4]).toMatchObject({ id: 'w2db', lossRate: 0.1 });
    expect(s.clusters![0].failover).toEqual({ mode: 'automatic', detectionMs: 2000 });
    expect(s.alerts![0].threshold).toBe(0.05);
    expect(s.faults![0].atMs).toBe(2500);
    expect(s.durationMs).toBe(3_600_000);
  });

  it('makes an absent object on the way (a balancer with no health check yet)', () => {
    const s = apply(['nodes.web2.failure.mtbfMs', 1000], ['nodes.web2.failure.mttrMs', 10]);
    expect(s.nodes.find((n) => n.id === 'web2')!.failure).toEqual({ mtbfMs: 1000, mttrMs: 10 });
  });

  it('an absent list has nothing to pick', () => {
    const bare = { ...baseScenario(), clusters: undefined, faults: undefined };
    const refused = (path: string) => applyOverrides(bare, [{ path, value: 1 }]);
    expect(refused('clusters.main.replication')).toEqual({ ok: false, error: 'clusters.main.replication: no cluster with id "main" (there are no clusters)' });
    expect(refused('faults.0.atMs')).toEqual({ ok: false, error: 'faults.0.atMs: there are no faults to pick "0" from' });
  });

  it('leaves the original scenario alone', () => {
    const base = baseScenario();
    applyOverrides(base, [{ path: 'nodes.web1.workers', value: 99 }]);
    expect(base).toEqual(baseScenario());
  });

  it.each([
    ['nodes.web9.workers', 'nodes.web9.workers: no node with id "web9" (nodes: users, lb, web1, web2, db1, db2)'],
    ['links.lb->web9.latencyMs', 'links.lb->web9.latencyMs: no link with id "lb->web9" (links: users->lb, lb->web1, lb->web2, web1->db1, w2db)'],
    ['clusters.other.replication', 'clusters.other.replication: no cluster with id "other" (clusters: main)'],
    ['faults.3.atMs', 'faults.3.atMs: "3" is not an index of a list of 1 (0 to 0)'],
    ['faults.x.atMs', 'faults.x.atMs: "x" is not an index of a list of 1 (0 to 0)'],
    ['durationMs.value', 'durationMs.value: durationMs is the number 10000, not an object'],
    ['nodes.web1.__proto__.polluted', 'nodes.web1.__proto__.polluted: "__proto__" is not allowed in a path'],
    ['constructor', 'constructor: "constructor" is not allowed in a path'],
  ])('%s is refused, naming the path', (path, message) => {
    expect(refusal(path)).toBe(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('override values', () => {
  it.each([
    ['durationMs', '1h', 3_600_000],
    ['durationMs', '90s', 90_000],
    ['durationMs', '1y', 365 * 86_400_000],
    ['durationMs', '500', 500],
    ['nodes.web1.serviceTimeMs.mean', '20ms', 20],
    ['nodes.web1.serviceTimeMs', '{"type":"exponential","mean":5}', { type: 'exponential', mean: 5 }],
    ['nodes.web1.workers', '8', 8],
    ['nodes.lb.failOpen', 'true', true],
    ['nodes.lb.algorithm', 'leastConnections', 'leastConnections'],
    ['nodes.lb.algorithm', '"random"', 'random'],
    ['name', '"12"', '12'],
    // An id that happens to end in Ms is not a time field.
    ['nodes.cacheMs.label', '5s', '5s'],
    ['nodes.cacheMs.callTimeoutMs', '5s', 5000],
  ])('%s=%s is %j', (path, raw, value) => {
    expect(parseValue(path, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['durationMs', '1x', 'durationMs: "1x" is not a duration: write milliseconds or a number with ms, s, m, h, d or y (e.g. 90s, 1h)'],
    ['nodes.web1.serviceTimeMs', '{"type":', 'nodes.web1.serviceTimeMs: not valid JSON'],
    ['meta', '{"__proto__":{}}', 'meta: __proto__: the key "__proto__" is not allowed'],
    ['nodes.web1.workers', '', 'nodes.web1.workers: needs a value after "="'],
  ])('%s=%s is refused', (path, raw, message) => {
    const result = parseValue(path, raw);
    expect(result.ok).toBe(false);
    expect((result as { error: string }).error).toContain(message);
  });
});

describe('the PATH=V syntax', () => {
  it('splits at the first =', () => {
    expect(splitAssignment('nodes.web1.label=a=b')).toEqual({ ok: true, value: { path: 'nodes.web1.label', raw: 'a=b' } });
    expect(splitAssignment('links.lb->web1.latencyMs=5')).toEqual({ ok: true, value: { path: 'links.lb->web1.latencyMs', raw: '5' } });
  });

  it.each(['workers', '=8', 'nodes..workers=8', 'nodes.web 1.workers=8', '.durationMs=1'])('refuses %j', (text) => {
    expect(splitAssignment(text).ok).toBe(false);
  });

  it("splits a grid's values at top-level commas only", () => {
    expect(splitValues('4,8,16')).toEqual(['4', '8', '16']);
    expect(splitValues('{"type":"uniform","min":1,"max":5},[1,2],"a,b",3')).toEqual(['{"type":"uniform","min":1,"max":5}', '[1,2]', '"a,b"', '3']);
    expect(splitValues('"a\\",b"')).toEqual(['"a\\",b"']);
  });
});
