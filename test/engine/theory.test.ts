// The engine against queueing theory and availability algebra, over long runs.
// Tolerances come from the spread of the estimators at these run lengths
// (measured over 20 seeds, then widened to about four standard deviations),
// so a correct engine passes every seed and a wrong formula fails.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { erlangC, queue, scenario } from './helpers.ts';

const within = (actual: number, expected: number, relative: number) =>
  expect(Math.abs(actual - expected) / expected, `${actual} vs ${expected}`).toBeLessThan(relative);

describe('M/M/1 (λ = 80/s, μ = 100/s, ρ = 0.8)', () => {
  // 1,000,000 requests; the sojourn time is exponential with rate μ − λ = 20/s.
  const r = runScenario(queue({ rate: 80, workers: 1, meanMs: 10, durationMs: 12_500_000 }));
  // Spread over 20 seeds: mean 1.3%, p50 1.1%, p95 1.5%, p99 2.2% (one standard deviation).
  it('mean sojourn is 1/(μ−λ) = 50 ms within 5%', () => within(r.latencyMs.mean, 50, 0.05));
  it('p50, p95, p99 are those of an exponential within 4.5%, 6%, 9%', () => {
    within(r.latencyMs.p50, (Math.log(2) / 20) * 1000, 0.045);
    within(r.latencyMs.p95, (Math.log(20) / 20) * 1000, 0.06);
    within(r.latencyMs.p99, (Math.log(100) / 20) * 1000, 0.09);
  });
  it('utilization is ρ within 1%', () => within(r.nodes.s.utilization, 0.8, 0.01));
  it("Little's law: mean queue = λ × mean wait within 0.5%, and ρ²/(1−ρ) within 8%", () => {
    // Wait in queue = sojourn − service; the report's meanQueue counts waiting
    // requests only. The first check is the law itself (spread 0.09%); the
    // second compares with theory and carries the estimator's spread (2%).
    const waitSec = (r.latencyMs.mean - 10) / 1000;
    within(r.nodes.s.meanQueue, 80 * waitSec, 0.005);
    within(r.nodes.s.meanQueue, 0.8 ** 2 / 0.2, 0.08);
  });
});

describe('M/M/c by Erlang C (c = 10, λ = 800/s, μ = 100/s)', () => {
  const c = 10, lambda = 800, mu = 100;
  const r = runScenario(queue({ rate: lambda, workers: c, meanMs: 10, durationMs: 1_500_000 }));
  const waitMs = (erlangC(c, lambda / mu) / (c * mu - lambda)) * 1000;
  // Spread over 20 seeds: 2.3% for the mean wait (one standard deviation). The
  // wait is sojourn − 10 ms, so the service times' own sampling error (0.45%)
  // widens Little's law check here.
  it('mean wait in queue matches Erlang C within 10%', () => within(r.latencyMs.mean - 10, waitMs, 0.1));
  it("Little's law on the queue: mean queue = λ × measured wait within 2.5%", () =>
    within(r.nodes.s.meanQueue, (lambda * (r.latencyMs.mean - 10)) / 1000, 0.025));
  it('utilization is λ/(cμ) within 1%', () => within(r.nodes.s.utilization, 0.8, 0.01));
});

describe('availability algebra', () => {
  it('a node with MTBF/MTTR is down MTTR/(MTBF+MTTR) of the time, within 0.007', () => {
    // 10,000 failure cycles of 10 s: the down fraction's spread is 0.0016 over 20 seeds.
    const s = scenario([{ id: 's', type: 'server', failure: { mtbfMs: 9000, mttrMs: 1000 } }], [], { durationMs: 100_000_000 });
    const r = runScenario(s);
    expect(Math.abs(r.nodes.s.downtimeMs / 100_000_000 - 0.1)).toBeLessThan(0.007);
  });

  it('one replica gives A; two independent replicas with client failover give 1−(1−A)²', () => {
    const failure = { mtbfMs: 9000, mttrMs: 1000 };
    const node = (id: string) => ({ id, type: 'server' as const, workers: 100, serviceTimeMs: 1, failure });
    // A failed attempt (timeout 50 ms ≪ MTTR 1 s) is retried once on the other replica.
    const client = { id: 'c', type: 'client' as const, rate: 50, timeoutMs: 50, retries: { max: 1, backoffMs: 0, jitter: false } };
    const alone = { ...client, retries: { max: 0 } };
    const single = runScenario(scenario([alone, node('a')], [{ from: 'c', to: 'a' }], { durationMs: 20_000_000 }));
    const pair = runScenario(scenario([client, node('a'), node('b')], [{ from: 'c', to: 'a' }, { from: 'c', to: 'b' }], { durationMs: 20_000_000 }));
    const a = 0.9;
    // Spread over 20 seeds: 0.0037 (one replica), 0.0008 (two).
    expect(Math.abs(single.availability - a)).toBeLessThan(0.015);
    expect(Math.abs(pair.availability - (1 - (1 - a) ** 2))).toBeLessThan(0.0035);
  });
});

describe('more queues (λ = 80/s, one worker, 10 ms mean service)', () => {
  const client = (timeoutMs: number) => ({ id: 'c', type: 'client' as const, rate: 80, timeoutMs });
  const link = [{ from: 'c', to: 's', latencyMs: 0 }];
  // Spreads over 20 seeds at 5,000 s (one standard deviation): M/D/1 wait 1.4%,
  // M/M/1/K blocking 1.0%, timed-out fraction 3.9% (at 20,000 s, about half).

  it('M/D/1: mean wait is ρ/(2μ(1−ρ)) = 20 ms (Pollaczek–Khinchine) within 6%', () => {
    const r = runScenario(scenario([client(1e9), { id: 's', type: 'server', workers: 1, serviceTimeMs: 10, queueLimit: 1e6 }], link, { durationMs: 5_000_000 }));
    within(r.latencyMs.mean - 10, 20, 0.06);
  });

  it('M/M/1/K: a full system (K = 5) refuses (1−ρ)ρ^K/(1−ρ^(K+1)) of arrivals within 4%', () => {
    const r = runScenario(scenario([client(1e9), { id: 's', type: 'server', workers: 1, serviceTimeMs: { type: 'exponential', mean: 10 }, queueLimit: 4 }], link, { durationMs: 5_000_000 }));
    within(r.requests.rejected / r.requests.total, (0.2 * 0.8 ** 5) / (1 - 0.8 ** 6), 0.04);
  });

  it('M/M/1 with a 100 ms timeout: e^−(μ−λ)T of requests time out, within 8%', () => {
    // The work goes on after a timeout, so the queue is the plain M/M/1 and the
    // sojourn is exponential: P(sojourn > T) = e^−(μ−λ)T = e^−2.
    const r = runScenario(scenario([client(100), { id: 's', type: 'server', workers: 1, serviceTimeMs: { type: 'exponential', mean: 10 }, queueLimit: 1e6 }], link, { durationMs: 20_000_000 }));
    within(r.requests.timedOut / r.requests.total, Math.exp(-2), 0.08);
  });
});
