// The availability algebra shown beside the measured result.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { expectedAvailability, expectedNoPrimary, getExample, type Scenario, type ScenarioNode } from '../../src/scenario/index.ts';

const failure = { mtbfMs: 9000, mttrMs: 1000 }; // A = 0.9
const s = (nodes: ScenarioNode[], links: Scenario['links'], extra: Partial<Scenario> = {}): Scenario => ({
  format: 'nines/scenario@1', name: 't', seed: 1, durationMs: 20_000_000, nodes, links, ...extra,
});
const client = (retries = 0): ScenarioNode => ({ id: 'c', type: 'client', rate: 50, timeoutMs: 50, retries: { max: retries, backoffMs: 0, jitter: false } });
const server = (id: string, f = true): ScenarioNode => ({ id, type: 'server', workers: 100, serviceTimeMs: 1, ...(f ? { failure } : {}) });

describe('expected availability', () => {
  it('is absent without random failures or scheduled crashes (it would only say 100 %)', () => {
    expect(expectedAvailability(s([client(), server('a', false)], [{ from: 'c', to: 'a' }]))).toBeNull();
  });
  it('one node: MTBF/(MTBF+MTTR)', () => {
    expect(expectedAvailability(s([client(), server('a')], [{ from: 'c', to: 'a' }]))?.availability).toBeCloseTo(0.9, 12);
  });
  it('dependencies in series multiply', () => {
    const lb: ScenarioNode = { id: 'lb', type: 'loadBalancer', failure };
    const db: ScenarioNode = { id: 'db', type: 'database', failure };
    const series = s([client(), lb, server('a'), db], [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'a', to: 'db' }]);
    expect(expectedAvailability(series)?.availability).toBeCloseTo(0.9 ** 3, 12);
  });
  const poolLinks = [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }, { from: 'lb', to: 'd' }];
  it('without health checks a balancer keeps sending a dead backend its share: the average, not parallel', () => {
    const pool = s([client(), { id: 'lb', type: 'loadBalancer' }, server('a'), server('b'), server('d')], poolLinks);
    expect(expectedAvailability(pool)?.availability).toBeCloseTo(0.9, 12);
  });
  it('with health checks: parallel, less each crash’s share for the mean detection (k − ½)·interval + timeout', () => {
    const hc = { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2 };
    const pool = s([client(), { id: 'lb', type: 'loadBalancer', healthCheck: hc }, server('a'), server('b'), server('d')], poolLinks);
    // Detection D = φ + 1000 + 500 ms, φ uniform on [0, 1 s); the repair X ~ Exp(1 s) comes first with chance
    // 1 − E[e^{−D/MTTR}]: a crash goes unnoticed for E[min(D, X)] = MTTR·(1 − E[e^{−D/MTTR}]), not D.
    const noticed = Math.exp(-1.5) * (1 - Math.exp(-1));
    const unnoticed = 1000 * (1 - noticed);
    // A noticed crash keeps its backend out of rotation (h − ½)·interval = 1.5 s after its repair.
    const serving = 0.9 - (noticed * 1500) / 10_000;
    // Each backend crashes once per MTBF + MTTR; until noticed it gets 1/(1 + J) of the requests, J of the
    // other two in rotation (each with chance 0.9); with J = 0 all are down, already counted in the parallel term.
    const share = 2 * 0.9 * 0.1 * (1 / 2) + 0.81 * (1 / 3);
    const loss = 3 * share * (unnoticed / (failure.mtbfMs + failure.mttrMs));
    expect(expectedAvailability(pool)?.availability).toBeCloseTo(1 - (1 - serving) ** 3 - loss, 12);
    expect(expectedAvailability(pool)?.explain.join(' ')).toContain('(k − ½) × interval + timeout = 2.0 s');
  });
  it('spare capacity matters: when the load needs two of three servers it is 2-of-3, not parallel', () => {
    const busy = (id: string): ScenarioNode => ({ id, type: 'server', workers: 10, serviceTimeMs: 100, failure }); // 100 req/s each
    const load: ScenarioNode = { id: 'c', type: 'client', rate: 150, timeoutMs: 1000 };
    const pool = s([load, { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 100, timeoutMs: 1, unhealthyThreshold: 1 } }, busy('a'), busy('b'), busy('d')], poolLinks);
    // Detection D = φ + 1 ms, φ uniform on [0, 100 ms): noticed unless the Exp(1 s) repair comes first.
    const noticed = Math.exp(-0.001) * 10 * (1 - Math.exp(-0.1));
    // Serving: up and in rotation — a noticed crash waits (2 − ½) × 100 ms for its good probes after the repair.
    const a = 0.9 - (noticed * 150) / 10_000;
    // Ten workers each held 100 ms: 100 req/s a server. All three up, or two (200 ≥ 150): all served; one up: 100 of 150.
    const capacity = 100;
    const served = a ** 3 + 3 * a * a * (1 - a) + 3 * a * (1 - a) ** 2 * (capacity / 150);
    // Less detection: E[min(D, X)] = 1000·(1 − noticed) ≈ 49 ms per crash, once per 10 s per server, of its
    // share 1/(1 + J) with J others in rotation (J = 0 is all down, counted above).
    const loss = 3 * (2 * 0.9 * 0.1 * (1 / 2) + 0.81 * (1 / 3)) * ((1000 * (1 - noticed)) / 10_000);
    const got = expectedAvailability(pool);
    expect(got?.availability).toBeCloseTo(served - loss, 12);
    expect(got?.explain.join(' ')).toContain('need 2 of its 3 backends');
  });
  it('a scheduled crash counts for its share of the run; detection of it is exact (next probe on)', () => {
    const hc = { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2 };
    const pool = s([client(), { id: 'lb', type: 'loadBalancer', healthCheck: hc }, server('a', false), server('b', false)],
      [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }],
      { durationMs: 60_000, faults: [{ type: 'crash', target: 'a', atMs: 20_300, durationMs: 20_000 }] });
    // The next probe after 20.3 s leaves at 21 s, the second fails at 22.5 s: 2.2 s of a's half.
    expect(expectedAvailability(pool)?.availability).toBeCloseTo(1 - (2200 / 60_000) / 2, 12);
    const blind = s([client(), { id: 'lb', type: 'loadBalancer' }, server('a', false), server('b', false)],
      [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }],
      { durationMs: 60_000, faults: [{ type: 'crash', target: 'a', atMs: 20_000, durationMs: 20_000 }] });
    expect(expectedAvailability(blind)?.availability).toBeCloseTo(1 - (20_000 / 60_000) / 2, 12);
  });
  it('agrees with the engine within sampling error on the built-in examples it covers', () => {
    for (const name of ['single-point-of-failure', 'redundancy', 'health-checks', 'zone-outage'] as const) {
      const scenario = getExample(name).scenario;
      const report = runScenario(scenario);
      const expected = expectedAvailability(scenario)?.availability ?? 0;
      // One run's measured share of N Poisson requests spreads by √(A(1 − A)/N) around its
      // expectation (e.g. single-point-of-failure: A = 0.75, N ≈ 3,000, sd 0.008): allow 4 sd.
      const sd = Math.sqrt((expected * (1 - expected)) / report.requests.total);
      expect(Math.abs(report.availability - expected), name).toBeLessThan(Math.max(0.001, 4 * sd));
    }
  });
  it('a retrying client with two targets has them in parallel; without retries, their average', () => {
    const links = [{ from: 'c', to: 'a' }, { from: 'c', to: 'b' }];
    expect(expectedAvailability(s([client(1), server('a'), server('b')], links))?.availability).toBeCloseTo(0.99, 12);
    expect(expectedAvailability(s([client(0), server('a'), server('b', false)], links))?.availability).toBeCloseTo(0.95, 12);
  });
  it('a replicated cluster with automatic failover serves while any member does, less each failover', () => {
    const db = (id: string): ScenarioNode => ({ id, type: 'database', failure });
    const cluster = (mode: 'automatic' | 'none') => s([client(), server('a', false), db('d1'), db('d2')], [{ from: 'c', to: 'a' }, { from: 'a', to: 'd1' }, { from: 'd1', to: 'd2' }],
      { clusters: [{ id: 'k', members: ['d1', 'd2'], failover: { mode, detectionMs: 300, promotionMs: 200 } }] });
    // The primary is whichever member is up (0.99 of the time), so it crashes at 0.99 / MTBF; with the other
    // member up (0.9) a crash costs until its repair or the 300 ms detection, whichever first, then the 200 ms
    // promotion: 1000·(1 − e^−0.3) + e^−0.3·200 ms. (With the other down, the parallel term counts it.)
    const perCrash = 1000 * (1 - Math.exp(-0.3)) + Math.exp(-0.3) * 200;
    expect(expectedAvailability(cluster('automatic'))?.availability).toBeCloseTo(0.99 - (0.99 / 9000) * 0.9 * perCrash, 12);
    // Without failover, only the primary counts.
    expect(expectedAvailability(cluster('none'))?.availability).toBeCloseTo(0.9, 12);
  });
  it('agrees with the engine where the algebra’s assumptions hold (spread 0.0008 over 20 seeds)', () => {
    const scenario = s([client(1), server('a'), server('b')], [{ from: 'c', to: 'a' }, { from: 'c', to: 'b' }]);
    expect(Math.abs(runScenario(scenario).availability - (expectedAvailability(scenario)?.availability ?? 0))).toBeLessThan(0.0035);
  });
});

describe('expected time without a primary', () => {
  it('is detection + promotion for a scheduled crash of the primary, as the engine measures it (to a heartbeat)', () => {
    const scenario = getExample('async-vs-sync').scenario;
    const predicted = expectedNoPrimary(scenario);
    expect(predicted?.ms).toBe(4000);
    const measured = runScenario(scenario).data.noPrimaryMs;
    expect(measured).toBeGreaterThanOrEqual(4000);
    expect(measured).toBeLessThanOrEqual(4000 * 1.1);
  });
  it('is absent when no primary crash is scheduled', () => {
    expect(expectedNoPrimary(getExample('split-brain').scenario)).toBeNull();
  });
});
