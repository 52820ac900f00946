// The alert metrics added with the new kinds: cacheHitRatio (hits ÷ reads
// over the window, at one cache or all) and burnRate ((1 − availability) ÷
// (1 − slo.availability) over the window).
import { describe, expect, it } from 'vitest';
import { NODE_ROW, ROW, Simulation, runScenario } from '../../src/engine/index.ts';
import { cached, queued } from './kinds-scenarios.ts';

describe('cacheHitRatio', () => {
  it('fires when a flush drops the hit ratio and resolves once the cache is warm again', () => {
    const s = cached({ rate: 1000, keys: 1000, ttlMs: 60_000, durationMs: 60_000, faults: [{ atMs: 30_000, type: 'flush', target: 'cache' }] });
    s.alerts = [
      { id: 'cold', metric: 'cacheHitRatio', node: 'cache', op: '<', threshold: 0.5, windowMs: 1000 },
      { id: 'cold-all', metric: 'cacheHitRatio', op: '<', threshold: 0.5, windowMs: 1000 },
    ];
    const r = runScenario(s);
    for (const id of ['cold', 'cold-all']) {
      const firings = r.alerts.filter((a) => a.id === id);
      // The cold start, then the flush: in the second after either, each key's first read misses (about 1 − e^−1 of reads).
      expect(firings.map((f) => f.firedAtMs)).toEqual([1000, 31_000]);
      expect(firings[1].resolvedAtMs).toBeGreaterThan(31_000);
      expect(firings[1].resolvedAtMs).toBeLessThan(35_000);
    }
  });

  it('a window with no reads has no hit ratio, so neither < nor > holds', () => {
    const s = cached({ rate: 0, keys: 10, ttlMs: 1000, durationMs: 10_000 });
    s.alerts = [
      { id: 'low', metric: 'cacheHitRatio', op: '<', threshold: 2 },
      { id: 'high', metric: 'cacheHitRatio', op: '>=', threshold: -1 },
    ];
    expect(runScenario(s).alerts).toEqual([]);
  });

  it('metric rows carry the interval hit ratio (NaN without reads)', () => {
    const sim = new Simulation(cached({ rate: 100, keys: 10, ttlMs: 60_000, durationMs: 5000 }), { recordSpans: true });
    sim.runToEnd();
    const rows = sim.takeRows();
    const width = ROW.size + 3 * NODE_ROW.size;
    const hit = (row: number, node: number) => rows[row * width + ROW.size + node * NODE_ROW.size + NODE_ROW.hitRatio];
    expect(hit(3, 1)).toBeGreaterThan(0.95);
    expect(hit(3, 2)).toBeNaN();
  });
});

describe('burnRate', () => {
  it('is the window error rate over the error budget: an outage burns far faster than 1', () => {
    const s = queued({ rate: 100, workers: 4, meanMs: 10, durationMs: 60_000, faults: [{ atMs: 20_000, type: 'crash', target: 'jobs', durationMs: 10_000 }] });
    s.slo = { availability: 0.99 };
    s.alerts = [{ id: 'burn', metric: 'burnRate', op: '>', threshold: 14.4, windowMs: 5000 }];
    const r = runScenario(s);
    // While the queue is down every request fails (burn 100); it fires once the 5 s window's error rate passes 14.4%.
    expect(r.alerts).toHaveLength(1);
    expect(r.alerts[0].firedAtMs).toBeGreaterThan(20_000);
    expect(r.alerts[0].firedAtMs).toBeLessThanOrEqual(23_000);
    const healthy = runScenario({ ...s, faults: [] });
    expect(healthy.alerts).toEqual([]);
  });
});
