// Edge cases of the queueing closed forms a checker tries, over long runs:
// finite queues with several workers and with none waiting (queueLimit 0),
// timeouts shorter than the service or cutting a sojourn, retry backoff, and
// an LRU cache under Zipf keys (Che's approximation). Tolerances: about four
// standard deviations of the estimator over seeds at these lengths
// (bench/theory probes, 5 seeds), so a correct engine passes every seed.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import type { ScenarioNode } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(relative);
const client = (rate: number, extra: Partial<ScenarioNode> = {}): ScenarioNode => ({ id: 'c', type: 'client', rate, timeoutMs: 1e9, ...extra } as ScenarioNode);
const server = (workers: number, meanMs: number, queueLimit: number, extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id: 's', type: 'server', workers, serviceTimeMs: { type: 'exponential', mean: meanMs }, queueLimit, ...extra } as ScenarioNode);
const zero = [{ from: 'c', to: 's', latencyMs: 0 }];

describe('finite queues', () => {
  it('M/M/3/6 (queueLimit 3, a = 3.3) refuses p_K of arrivals, within 4 % (sd 0.7 %)', () => {
    const c = 3, K = 6, a = 3.3;
    const w = Array.from({ length: K + 1 }, (_, n) => {
      let f = 1;
      for (let i = 1; i <= Math.min(n, c); i++) f *= i;
      return a ** n / (f * c ** Math.max(0, n - c));
    });
    const r = runScenario(scenario([client(165), server(c, 20, K - c)], zero, { durationMs: 1_000_000 }));
    within(r.requests.rejected / r.requests.total, w[K] / w.reduce((x, y) => x + y, 0), 0.04);
  });
  it('queueLimit 0: M/M/1/1 at ρ = 1 refuses ρ/(1+ρ) = ½, M/M/5/5 refuses Erlang B(5, 4), within 3 % and 4 %', () => {
    const one = runScenario(scenario([client(100), server(1, 10, 0)], zero, { durationMs: 1_000_000 }));
    within(one.requests.rejected / one.requests.total, 0.5, 0.03);
    let b = 1;
    for (let k = 1; k <= 5; k++) b = (4 * b) / (k + 4 * b);
    const five = runScenario(scenario([client(200), server(5, 20, 0)], zero, { durationMs: 1_000_000 }));
    within(five.requests.rejected / five.requests.total, b, 0.04);
  });
});

describe('timeouts', () => {
  it('shorter than the (constant) service: nothing succeeds, and the server still does all the work', () => {
    const r = runScenario(scenario([client(10, { timeoutMs: 30 }), { id: 's', type: 'server', workers: 4, serviceTimeMs: 50 }], zero, { durationMs: 100_000 }));
    expect(r.availability).toBe(0);
    expect(r.requests.timedOut).toBe(r.requests.total);
    within(r.nodes.s.utilization, (10 * 0.05) / 4, 0.05);
  });
  it('cutting an M/M/1 sojourn: e^−θτ time out, and successes average E[T | T ≤ τ], within 2 % (sd 0.4 %, 0.5 %)', () => {
    const theta = 0.05, tau = 10; // per ms: μ − λ = 50/s; timeout 10 ms
    const r = runScenario(scenario([client(50, { timeoutMs: tau }), server(1, 10, 1e6)], zero, { durationMs: 1_000_000 }));
    within(r.requests.timedOut / r.requests.total, Math.exp(-theta * tau), 0.02);
    within(r.latencyMs.mean, 1 / theta - (tau * Math.exp(-theta * tau)) / (1 - Math.exp(-theta * tau)), 0.02);
  });
});

describe('retries', () => {
  it('the k-th retry waits backoffMs·2^k (half that on average with full jitter): mean latency of successes within 4 % (sd 1.1 %)', () => {
    const p = 0.5, r = 3, b = 100;
    for (const jitter of [false, true]) {
      const s = scenario([client(100, { timeoutMs: 1000, retries: { max: r, backoffMs: b, jitter } }), { id: 's', type: 'server', workers: 100, serviceTimeMs: 1, errorRate: p }], zero, { durationMs: 300_000 });
      let num = 0;
      for (let j = 0; j <= r; j++) {
        let waits = 0;
        for (let k = 0; k < j; k++) waits += (b * 2 ** k) / (jitter ? 2 : 1);
        num += p ** j * (1 - p) * (j + 1 + waits);
      }
      within(runScenario(s).latencyMs.mean, num / (1 - p ** (r + 1)), 0.04);
    }
  });
});

describe('caches', () => {
  it("LRU under Zipf keys (s = 0.9, 2000 keys, capacity 200): Che's approximation of the hit ratio, within 2 % (sd 0.1 %)", () => {
    const keys = 2000, cap = 200, lambda = 2000, sExp = 0.9;
    const w = Array.from({ length: keys }, (_, i) => (i + 1) ** -sExp);
    const z = w.reduce((a, x) => a + x, 0);
    const p = w.map((x) => x / z);
    const filled = (t: number) => p.reduce((a, pi) => a + (1 - Math.exp((-lambda * pi * t) / 1000)), 0);
    let lo = 0, hi = 1e9;
    for (let i = 0; i < 200; i++) { const m = (lo + hi) / 2; if (filled(m) < cap) lo = m; else hi = m; }
    const che = p.reduce((a, pi) => a + pi * (1 - Math.exp((-lambda * pi * lo) / 1000)), 0);
    const s = scenario([
      { id: 'c', type: 'client', rate: lambda, keys, keyDistribution: { type: 'zipf', s: sExp }, timeoutMs: 1000 },
      { id: 'cache', type: 'cache', serviceTimeMs: 0.01, ttlMs: 86_400_000, capacity: cap },
      { id: 'db', type: 'database', workers: 1000, serviceTimeMs: 0.01 },
    ], [{ from: 'c', to: 'cache', latencyMs: 0 }, { from: 'cache', to: 'db', latencyMs: 0 }], { durationMs: 100_000 });
    within(runScenario(s).nodes.cache.hitRatio ?? NaN, che, 0.02);
  });
});
