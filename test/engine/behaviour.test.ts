// What a student should see: balancing, health checks and retries behave as
// they do in real systems.
import { describe, expect, it } from 'vitest';
import { NODE_ROW, ROW, Simulation, runScenario } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

/** Availability of each scrape interval, with its end time. */
function availabilityByInterval(s: Scenario): { tMs: number; availability: number; attemptsPerSec: number }[] {
  const sim = new Simulation(s, { recordSpans: true });
  sim.runToEnd();
  const rows = sim.takeRows();
  const size = ROW.size + s.nodes.length * NODE_ROW.size;
  const out = [];
  for (let o = 0; o + size <= rows.length; o += size) {
    out.push({ tMs: rows[o + ROW.tMs], availability: rows[o + ROW.availability], attemptsPerSec: rows[o + ROW.attemptsPerSec] });
  }
  return out;
}

describe('load balancing', () => {
  it('least-connections beats round-robin when one backend is slower', () => {
    const mk = (algorithm: 'roundRobin' | 'leastConnections') => scenario(
      [
        { id: 'c', type: 'client', rate: 80, timeoutMs: 10_000 },
        { id: 'lb', type: 'loadBalancer', algorithm },
        { id: 'fast', type: 'server', workers: 2, serviceTimeMs: { type: 'exponential', mean: 10 } },
        { id: 'slow', type: 'server', workers: 2, serviceTimeMs: { type: 'exponential', mean: 40 } },
      ],
      [{ from: 'c', to: 'lb', latencyMs: 0 }, { from: 'lb', to: 'fast', latencyMs: 0 }, { from: 'lb', to: 'slow', latencyMs: 0 }],
      { durationMs: 600_000 },
    );
    const rr = runScenario(mk('roundRobin'));
    const lc = runScenario(mk('leastConnections'));
    // Round-robin gives the slow backend half the load (ρ = 0.8 there);
    // least-connections sends it less, so latency falls by far more than noise.
    expect(lc.latencyMs.mean).toBeLessThan(0.6 * rr.latencyMs.mean);
    expect(lc.nodes.slow.served).toBeLessThan(0.8 * rr.nodes.slow.served);
  });
});

describe('health checks', () => {
  const mk = (healthCheck: boolean): Scenario => scenario(
    [
      { id: 'c', type: 'client', rate: 200, timeoutMs: 1000 },
      {
        id: 'lb', type: 'loadBalancer',
        ...(healthCheck ? { healthCheck: { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2, healthyThreshold: 2 } } : {}),
      },
      { id: 'w1', type: 'server', workers: 10 },
      { id: 'w2', type: 'server', workers: 10 },
    ],
    [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'w1' }, { from: 'lb', to: 'w2' }],
    { durationMs: 60_000, faults: [{ type: 'crash', target: 'w1', atMs: 20_000, durationMs: 20_000 }] },
  );

  it('without them a crashed backend gets its share of traffic for the whole outage', () => {
    const r = runScenario(mk(false));
    // Half of 200 req/s for 20 s.
    expect(r.requests.timedOut).toBeGreaterThan(0.9 * 2000);
    expect(r.requests.timedOut).toBeLessThan(1.1 * 2000);
    const bad = availabilityByInterval(mk(false)).filter((row) => row.availability < 0.99);
    expect(bad[bad.length - 1].tMs).toBeGreaterThanOrEqual(40_000);
  });

  it('detection takes (unhealthyThreshold − 1) × intervalMs + timeoutMs after a crash at a probe', () => {
    const sim = new Simulation(mk(true), { recordSpans: true });
    sim.runToEnd();
    const log = sim.takeLog();
    const down = log.find((e) => e.kind === 'healthDown' && e.subject === 'w1');
    const up = log.find((e) => e.kind === 'healthUp' && e.subject === 'w1');
    expect(down?.atMs).toBe(20_000 + (2 - 1) * 1000 + 500);
    // Back after healthyThreshold good probes: the ones at 40 s and 41 s.
    expect(up?.atMs).toBeGreaterThan(41_000);
    expect(up?.atMs).toBeLessThan(41_010);
  });

  it('with them the failures last about the detection delay', () => {
    // Detection: the probe at 20 s times out at 20.5 s, the one at 21 s at
    // 21.5 s, and two failures in a row mark the backend down: 1.5 s.
    const r = runScenario(mk(true));
    expect(r.requests.timedOut).toBeGreaterThan(100 * 1.0);
    expect(r.requests.timedOut).toBeLessThan(100 * 2.5);
    const bad = availabilityByInterval(mk(true)).filter((row) => row.availability < 0.99);
    // The last failing requests time out 1 s after detection.
    expect(bad[bad.length - 1].tMs).toBeLessThanOrEqual(23_000);
  });
});

describe('retries', () => {
  const mk = (storm: boolean): Scenario => scenario(
    [
      {
        id: 'c', type: 'client', rate: 70, timeoutMs: 300,
        retries: storm ? { max: 3, backoffMs: 10, jitter: false } : { max: 3, backoffMs: 100, jitter: true, budget: 0.1 },
      },
      { id: 's', type: 'server', workers: 1, serviceTimeMs: { type: 'exponential', mean: 10 }, queueLimit: 1000 },
    ],
    [{ from: 'c', to: 's', latencyMs: 1 }],
    { durationMs: 120_000, faults: [{ type: 'surge', target: 'c', factor: 2, atMs: 20_000, durationMs: 10_000 }] },
  );

  it('no jitter, short timeouts and no budget keep an overloaded server down after the surge ends', () => {
    const rows = availabilityByInterval(mk(true));
    // Healthy before the surge (ρ = 0.7): the storm is the surge's doing, not the load's.
    const before = rows.filter((row) => row.tMs <= 20_000);
    expect(before.reduce((a, row) => a + row.availability, 0) / before.length).toBeGreaterThan(0.99);
    const after = rows.filter((row) => row.tMs > 60_000 && row.tMs <= 120_000);
    const mean = after.reduce((a, row) => a + row.availability, 0) / after.length;
    expect(mean).toBeLessThan(0.2);
    // Each user request now costs about four attempts: the load the server sees is retries.
    expect(after[after.length - 1].attemptsPerSec).toBeGreaterThan(3 * 70);
  });

  it('jitter and a retry budget let it recover once the surge ends', () => {
    const after = availabilityByInterval(mk(false)).filter((row) => row.tMs > 60_000 && row.tMs <= 120_000);
    const mean = after.reduce((a, row) => a + row.availability, 0) / after.length;
    expect(mean).toBeGreaterThan(0.99);
  });
});
