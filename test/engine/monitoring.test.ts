// Alerts fire when their condition has held for forMs over a sliding window,
// resolve when it stops holding, and stay quiet on healthy runs.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import type { Fault, Scenario } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

const errorAlert = { id: 'errors', metric: 'errorRate' as const, op: '>' as const, threshold: 0.01, forMs: 5000, windowMs: 10_000 };

function service(faults: Fault[], seed = 1): Scenario {
  return scenario(
    [
      { id: 'users', type: 'client', rate: 200 },
      { id: 'lb', type: 'loadBalancer' },
      { id: 'web-1', type: 'server', workers: 16 },
      { id: 'web-2', type: 'server', workers: 16 },
    ],
    [{ from: 'users', to: 'lb' }, { from: 'lb', to: 'web-1' }, { from: 'lb', to: 'web-2' }],
    {
      seed, durationMs: 60_000, faults,
      alerts: [errorAlert, { id: 'slow', metric: 'latencyP99', op: '>', threshold: 500, forMs: 2000 }, { id: 'web-1-down', metric: 'up', node: 'web-1', op: '<', threshold: 1 }],
      slo: { availability: 0.99, latencyMs: 300, percentile: 99 },
    },
  );
}

describe('alerts', () => {
  it('an error-rate alert with forMs 5 s fires about 5 s after errors start, and resolves after recovery', () => {
    // Half of web-1's requests fail: a quarter of all traffic, so the 10 s
    // window crosses 1% within the first scrape after the errors start.
    const r = runScenario(service([{ type: 'errors', target: 'web-1', rate: 0.5, atMs: 20_000, durationMs: 15_000 }]));
    const fired = r.alerts.filter((a) => a.id === 'errors');
    expect(fired).toHaveLength(1);
    expect(fired[0].firedAtMs - 20_000).toBeGreaterThanOrEqual(5000);
    expect(fired[0].firedAtMs - 20_000).toBeLessThanOrEqual(7000);
    // The window forgets the errors windowMs after they stop.
    expect(fired[0].resolvedAtMs! - 35_000).toBeGreaterThan(0);
    expect(fired[0].resolvedAtMs! - 35_000).toBeLessThanOrEqual(11_000);
    expect(r.faults?.[0].timeToDetectMs).toBe(fired[0].firedAtMs - 20_000);
  });

  it('a brief blip pages nobody; the same error rate sustained does', () => {
    // 5% of web-1's requests is 2.5% of traffic: two seconds of it are 0.5%
    // of a 10 s window, under the 1% threshold; fifteen seconds are not.
    const blip = runScenario(service([{ type: 'errors', target: 'web-1', rate: 0.05, atMs: 20_000, durationMs: 2000 }]));
    expect(blip.alerts.filter((a) => a.id === 'errors')).toEqual([]);
    const sustained = runScenario(service([{ type: 'errors', target: 'web-1', rate: 0.05, atMs: 20_000, durationMs: 15_000 }]));
    expect(sustained.alerts.filter((a) => a.id === 'errors')).toHaveLength(1);
  });

  it('a node alert follows the node: up < 1 fires while web-1 is down', () => {
    const r = runScenario(service([{ type: 'crash', target: 'web-1', atMs: 20_000, durationMs: 10_000 }]));
    const down = r.alerts.filter((a) => a.id === 'web-1-down');
    expect(down).toHaveLength(1);
    expect(down[0].firedAtMs).toBeGreaterThanOrEqual(20_000);
    expect(down[0].firedAtMs).toBeLessThanOrEqual(21_000);
  });

  it('across 40 seeds of healthy runs no alert fires', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = runScenario({ ...service([], seed), durationMs: 30_000 });
      expect(r.alerts, `seed ${seed}`).toEqual([]);
    }
  });
});

describe('SLO', () => {
  it('says whether the run met its targets and how much error budget it spent', () => {
    const healthy = runScenario(service([]));
    expect(healthy.slo.met).toBe(true);
    expect(healthy.slo.errorBudgetSpent).toBe(0);
    const broken = runScenario(service([{ type: 'errors', target: 'web-1', rate: 0.5, atMs: 20_000, durationMs: 15_000 }]));
    // A quarter of the traffic fails for a quarter of the run: about 6% of requests, six budgets of 1%.
    expect(broken.slo.met).toBe(false);
    expect(broken.slo.availability).toBe(broken.availability);
    expect(broken.slo.errorBudgetSpent).toBeCloseTo((1 - broken.availability) / 0.01, 10);
    expect(broken.slo.errorBudgetSpent).toBeGreaterThan(4);
    expect(broken.slo.errorBudgetSpent).toBeLessThan(8);
  });
});

describe('a balancer whose client gives up', () => {
  it('stops waiting for its backend and counts an error then, not at its own 30 s timeout', () => {
    const s = service([{ type: 'crash', target: 'web-1', atMs: 20_000, durationMs: 10_000 }]);
    const r = runScenario({ ...s, alerts: [{ id: 'lb-errors', metric: 'errorRate', node: 'lb', op: '>', threshold: 0.01, windowMs: 2000 }] });
    const fired = r.alerts.filter((a) => a.id === 'lb-errors');
    // The users' timeout is 1 s: the first requests to the dead backend are given up at 21 s.
    expect(fired[0].firedAtMs).toBeGreaterThanOrEqual(21_000);
    expect(fired[0].firedAtMs).toBeLessThanOrEqual(22_000);
    expect(fired[0].resolvedAtMs! - 31_000).toBeLessThanOrEqual(3000);
  });
});
