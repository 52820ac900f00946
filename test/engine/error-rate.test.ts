// A node's error rate is failed ÷ (succeeded + failed) of what reached it, a
// refusal counting as a failure, so it is never above 1; a node that answered
// nothing has none (spec: Monitoring). Counted in one place for every kind.
import { describe, expect, it } from 'vitest';
import { NODE_ROW, ROW, Simulation, runScenario } from '../../src/engine/index.ts';
import type { AlertRule, Fault, Scenario } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

/**
 * 300 req/s at a server that serves 100/s with no room to queue: M/M/1/1,
 * which refuses ρ/(1+ρ) = 3/4 of arrivals (Erlang's loss formula, ρ = 3).
 * Behind a balancer, so that a second kind's accounting is checked too.
 */
function rejecting(alerts: AlertRule[] = [], faults: Fault[] = []): Scenario {
  return scenario(
    [
      { id: 'users', type: 'client', rate: 300, timeoutMs: 1000 },
      { id: 'lb', type: 'loadBalancer' },
      { id: 'web', type: 'server', workers: 1, queueLimit: 0, serviceTimeMs: { type: 'exponential', mean: 10 } },
    ],
    [{ from: 'users', to: 'lb', latencyMs: 0 }, { from: 'lb', to: 'web', latencyMs: 0 }],
    { durationMs: 120_000, alerts, faults },
  );
}

/** Column `col` of node `node` in every metric row. */
function nodeColumn(s: Scenario, node: number, col: number): number[] {
  const sim = new Simulation(s, { recordSpans: true });
  sim.runToEnd();
  const rows = sim.takeRows();
  const size = ROW.size + s.nodes.length * NODE_ROW.size;
  const out: number[] = [];
  for (let o = 0; o + size <= rows.length; o += size) out.push(rows[o + ROW.size + node * NODE_ROW.size + col]);
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('a node’s error rate', () => {
  it('of a rejecting server is the refused share, never above 1 (it was 300 %)', () => {
    const r = runScenario(rejecting());
    const web = r.nodes.web;
    const share = web.rejected / (web.served + web.rejected);
    expect(Math.abs(share - 0.75)).toBeLessThan(0.01);
    for (const node of [1, 2]) {
      const rates = nodeColumn(rejecting(), node, NODE_ROW.errorRate);
      for (const x of rates) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      // Each second's share scatters around 3/4 (about 300 arrivals each).
      expect(Math.abs(mean(rates) - 0.75)).toBeLessThan(0.01);
    }
  });

  it('served per second counts OK answers only, the refused ones are the rest', () => {
    const served = nodeColumn(rejecting(), 2, NODE_ROW.servedPerSec);
    expect(Math.abs(mean(served) - 75)).toBeLessThan(2);
  });

  it('of a node that answered nothing is NaN, not 0 (it has none)', () => {
    const rates = nodeColumn(rejecting([], [{ type: 'crash', target: 'web', atMs: 0 }]), 2, NODE_ROW.errorRate);
    expect(rates.every(Number.isNaN)).toBe(true);
    // A client answers nothing either: it is not a service.
    expect(nodeColumn(rejecting(), 0, NODE_ROW.errorRate).every(Number.isNaN)).toBe(true);
  });
});

describe('an error-rate alert on a node', () => {
  const alert = (threshold: number, op: AlertRule['op'] = '>'): AlertRule => ({ id: 'web-errors', metric: 'errorRate', node: 'web', op, threshold, windowMs: 5000 });

  it('fires when the refused share is above its threshold, and not when it is below', () => {
    expect(runScenario(rejecting([alert(0.7)])).alerts.map((a) => a.id)).toEqual(['web-errors']);
    // Above 1 the old count (rejections as errors, not as requests) fired this one: 300 % > 90 %.
    expect(runScenario(rejecting([alert(0.9)])).alerts).toEqual([]);
  });

  it('does not fire on a node that answered nothing in its window', () => {
    // "Error rate below 50 %" never holds on the refusing server (75 %). Once it
    // has crashed, a 5 s window without answers gives no error rate at all —
    // counted as 0 it would have fired there, as if the dead node were healthy.
    const quiet = alert(0.5, '<');
    expect(runScenario(rejecting([quiet])).alerts).toEqual([]);
    expect(runScenario(rejecting([quiet], [{ type: 'crash', target: 'web', atMs: 10_000 }])).alerts).toEqual([]);
    // And one that held before the crash resolves when the window empties.
    const held = runScenario(rejecting([alert(0.99, '<')], [{ type: 'crash', target: 'web', atMs: 10_000 }])).alerts;
    expect(held).toHaveLength(1);
    expect(held[0].firedAtMs).toBeLessThan(10_000);
    expect(held[0].resolvedAtMs).toBeGreaterThanOrEqual(15_000);
    expect(held[0].resolvedAtMs).toBeLessThanOrEqual(16_000);
  });
});
