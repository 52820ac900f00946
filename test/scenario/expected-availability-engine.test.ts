// The availability algebra against the engine where health checks shape the
// loss: how long a crash goes unnoticed (until detection or repair), whose
// share it costs, and the wait for healthyThreshold good probes after a
// repair. Each compares a long run (or a pair of runs on common random
// numbers) with the prediction, with the tolerance stated.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { expectedAvailability, type Dist, type Scenario, type ScenarioNode } from '../../src/scenario/index.ts';

const predicted = (s: Scenario) => expectedAvailability(s)?.availability ?? NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function pool(n: number, failure: { mtbfMs: number; mttrMs: number }, extra: { rate: number; timeoutMs: number; durationMs: number; algorithm?: 'roundRobin' | 'leastConnections'; workers?: number; serviceTimeMs?: Dist }): Scenario {
  const backends = Array.from({ length: n }, (_, i): ScenarioNode => ({ id: `s${i}`, type: 'server', workers: extra.workers ?? 100, serviceTimeMs: extra.serviceTimeMs ?? 1, failure }));
  return {
    format: 'nines/scenario@1', name: 'pool', seed: 1, durationMs: extra.durationMs,
    nodes: [{ id: 'c', type: 'client', rate: extra.rate, timeoutMs: extra.timeoutMs },
      { id: 'lb', type: 'loadBalancer', algorithm: extra.algorithm ?? 'roundRobin', healthCheck: {} }, ...backends],
    links: [{ from: 'c', to: 'lb' }, ...backends.map((b) => ({ from: 'lb', to: b.id }))],
  };
}

describe('expected availability behind health checks, against the engine', () => {
  it('a lone checked backend: its detection costs nothing on top of its downtime, its rejoin after a repair does', () => {
    // MTBF 50 s, MTTR 5 s: up 90.9 % of the time, but out of rotation ≈ 1.5 s after each noticed repair
    // (healthyThreshold 2 × 1 s probes). Measured 0.888 ± 0.0025 (sd over seeds 1–4 of 10⁷ ms: 0.005);
    // predicted 0.8908; the old algebra said 0.873 (it also charged the detection time, already down time).
    const s = pool(1, { mtbfMs: 50_000, mttrMs: 5000 }, { rate: 5, timeoutMs: 200, durationMs: 40_000_000 });
    const measured = mean([1, 2].map((seed) => runScenario({ ...s, seed }).availability));
    expect(Math.abs(measured - predicted(s))).toBeLessThan(0.008);
  });

  it('leastConnections steers away from a silent backend: its crash costs a few requests, not its share for the detection', () => {
    // 3 backends (4 workers × 20 ms), 100 req/s, MTBF 60 s, MTTR 10 s, default checks (2 s detection).
    // On the same seed (common random numbers: the same failures) round robin loses ≈ 0.025 more than
    // leastConnections (0.0249 ± 0.0007 over seeds 1–4 of 4·10⁶ ms); the old algebra predicted no difference.
    const base = { rate: 100, timeoutMs: 1000, durationMs: 2_000_000, workers: 4, serviceTimeMs: { type: 'exponential' as const, mean: 20 } };
    const rr = pool(3, { mtbfMs: 60_000, mttrMs: 10_000 }, base);
    const lc = pool(3, { mtbfMs: 60_000, mttrMs: 10_000 }, { ...base, algorithm: 'leastConnections' });
    const gap = runScenario(lc).availability - runScenario(rr).availability;
    expect(Math.abs(gap - (predicted(lc) - predicted(rr)))).toBeLessThan(0.005);
    expect(expectedAvailability(lc)?.explain.join(' ')).toContain('picks by requests in flight');
  });

  it('repairs quicker than the detection: a crash costs until detection or repair, whichever first', () => {
    // MTTR 1 s < the 2 s mean detection: most crashes are repaired unnoticed. Measured 0.912 (seeds 1–4 of
    // 4·10⁶ ms: 0.9121 0.9150 0.9098 0.9112); predicted 0.905 (E[min(D, X)] = 0.86 s a crash, not 2 s);
    // the old algebra said 0.799.
    const s = pool(3, { mtbfMs: 9000, mttrMs: 1000 }, { rate: 50, timeoutMs: 50, durationMs: 4_000_000 });
    expect(Math.abs(runScenario(s).availability - predicted(s))).toBeLessThan(0.012);
  });

  it('a cluster with automatic failover: primary crashes at P(some member up)/MTBF, each costing until repair or detection, then promotion', () => {
    // Two members, MTBF 9 s, MTTR 1 s, detection 300 ms, promotion 200 ms. Measured 0.9515 (seeds 1–4 of
    // 10⁷ ms: 0.9503 0.9505 0.9526 0.9525); predicted 0.9497; the old algebra said 0.940 (a failover of
    // 500 ms at every crash of the first member, even when it came back first or no replica was up).
    const failure = { mtbfMs: 9000, mttrMs: 1000 };
    const db = (id: string): ScenarioNode => ({ id, type: 'database', workers: 100, serviceTimeMs: 1, failure });
    const s: Scenario = {
      format: 'nines/scenario@1', name: 'cluster', seed: 1, durationMs: 10_000_000,
      nodes: [{ id: 'c', type: 'client', rate: 20, timeoutMs: 200 }, { id: 'a', type: 'server', workers: 100, serviceTimeMs: 1 }, db('d1'), db('d2')],
      links: [{ from: 'c', to: 'a' }, { from: 'a', to: 'd1' }, { from: 'd1', to: 'd2' }],
      clusters: [{ id: 'k', members: ['d1', 'd2'], failover: { mode: 'automatic', detectionMs: 300, promotionMs: 200 } }],
    };
    expect(Math.abs(runScenario(s).availability - predicted(s))).toBeLessThan(0.005);
  });
});
