// The availability algebra shown beside the measured result.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { expectedAvailability, type Scenario, type ScenarioNode } from '../../src/scenario/index.ts';

const failure = { mtbfMs: 9000, mttrMs: 1000 }; // A = 0.9
const s = (nodes: ScenarioNode[], links: Scenario['links'], extra: Partial<Scenario> = {}): Scenario => ({
  format: 'nines/scenario@1', name: 't', seed: 1, durationMs: 20_000_000, nodes, links, ...extra,
});
const client = (retries = 0): ScenarioNode => ({ id: 'c', type: 'client', rate: 50, timeoutMs: 50, retries: { max: retries, backoffMs: 0, jitter: false } });
const server = (id: string, f = true): ScenarioNode => ({ id, type: 'server', workers: 100, serviceTimeMs: 1, ...(f ? { failure } : {}) });

describe('expected availability', () => {
  it('is absent without random failures (it would only say 100 %)', () => {
    expect(expectedAvailability(s([client(), server('a', false)], [{ from: 'c', to: 'a' }]))).toBeNull();
  });
  it('one node: MTBF/(MTBF+MTTR)', () => {
    expect(expectedAvailability(s([client(), server('a')], [{ from: 'c', to: 'a' }]))?.availability).toBeCloseTo(0.9, 12);
  });
  it('dependencies in series multiply; a balancer’s backends are in parallel', () => {
    const lb: ScenarioNode = { id: 'lb', type: 'loadBalancer', failure };
    const db: ScenarioNode = { id: 'db', type: 'database', failure };
    const series = s([client(), lb, server('a'), db], [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'a', to: 'db' }]);
    expect(expectedAvailability(series)?.availability).toBeCloseTo(0.9 ** 3, 12);
    const pool = s([client(), { ...lb, failure: undefined }, server('a'), server('b'), server('d')], [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }, { from: 'lb', to: 'd' }]);
    expect(expectedAvailability(pool)?.availability).toBeCloseTo(1 - 0.1 ** 3, 12);
  });
  it('a retrying client with two targets has them in parallel; without retries, their average', () => {
    const links = [{ from: 'c', to: 'a' }, { from: 'c', to: 'b' }];
    expect(expectedAvailability(s([client(1), server('a'), server('b')], links))?.availability).toBeCloseTo(0.99, 12);
    expect(expectedAvailability(s([client(0), server('a'), server('b', false)], links))?.availability).toBeCloseTo(0.95, 12);
  });
  it('a replicated cluster serves while any member does', () => {
    const db = (id: string): ScenarioNode => ({ id, type: 'database', failure });
    const scenario = s([client(), server('a', false), db('d1'), db('d2')], [{ from: 'c', to: 'a' }, { from: 'a', to: 'd1' }, { from: 'd1', to: 'd2' }],
      { clusters: [{ id: 'k', members: ['d1', 'd2'] }] });
    expect(expectedAvailability(scenario)?.availability).toBeCloseTo(0.99, 12);
  });
  it('agrees with the engine where the algebra’s assumptions hold (spread 0.0008 over 20 seeds)', () => {
    const scenario = s([client(1), server('a'), server('b')], [{ from: 'c', to: 'a' }, { from: 'c', to: 'b' }]);
    expect(Math.abs(runScenario(scenario).availability - (expectedAvailability(scenario)?.availability ?? 0))).toBeLessThan(0.0035);
  });
});
