// Caches against theory. Tolerances are 4 standard deviations of the figure
// over 20 seeds (measured; the sd is quoted beside each), so a test fails for
// a wrong model, not for an unlucky seed. Hit ratios are read over a window
// after a warm-up of several ttls: a cold start adds one miss per key that a
// stationary formula does not count.
import { describe, expect, it } from 'vitest';
import { NODE, Simulation, runScenario } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { cached, hitRatio, missRoundTripSec, zipfShares } from './kinds-scenarios.ts';

function windowHitRatio(s: Scenario, fromMs: number, toMs: number): number {
  const sim = new Simulation(s);
  sim.runUntil(fromMs);
  const a = sim.report().nodes.cache;
  sim.runUntil(toMs);
  const b = sim.report().nodes.cache;
  const hits = b.hits! - a.hits!, misses = b.misses! - a.misses!;
  return hits / (hits + misses);
}

describe('cache hit ratio', () => {
  it.each([
    // [rate, keys, ttl ms, sd over 20 seeds]
    [400, 200, 1000, 0.00135],
    [100, 200, 1000, 0.0047],
  ])('Poisson reads at %d/s on %d uniform keys, ttl %d ms: λk·ttl/(1 + λk·d + λk·ttl)', (rate, keys, ttlMs, sd) => {
    const measured = windowHitRatio(cached({ rate, keys, ttlMs, seed: 11 }), 10_000, 100_000);
    const theory = hitRatio(rate / keys, ttlMs / 1000, missRoundTripSec());
    expect(Math.abs(measured - theory)).toBeLessThan(4 * sd);
    // The format's d → 0 form is within a fraction of a percent here.
    expect(Math.abs(theory - hitRatio(rate / keys, ttlMs / 1000, 0))).toBeLessThan(0.005);
  });

  it('Zipf keys raise it as theory says: each rank r has its own λ·p_r, the hot ones nearly always hit', () => {
    const [keys, s, rate, ttlSec] = [1000, 1.1, 200, 10];
    const p = zipfShares(keys, s);
    const perRank = p.map((pr) => hitRatio(rate * pr, ttlSec, missRoundTripSec()));
    const theory = p.reduce((sum, pr, r) => sum + pr * perRank[r], 0);
    const zipf = windowHitRatio(cached({ rate, keys, ttlMs: ttlSec * 1000, zipf: s, seed: 5, durationMs: 200_000 }), 50_000, 200_000);
    const uniform = windowHitRatio(cached({ rate, keys, ttlMs: ttlSec * 1000, seed: 5, durationMs: 200_000 }), 50_000, 200_000);
    expect(Math.abs(zipf - theory)).toBeLessThan(4 * 0.0016);
    expect(Math.abs(uniform - hitRatio(rate / keys, ttlSec, missRoundTripSec()))).toBeLessThan(4 * 0.0014);
    // The top ranks carry it: the 10 hottest keys get a third of the reads, at hit ratios above 0.95.
    expect(p.slice(0, 10).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.33);
    expect(Math.min(...perRank.slice(0, 3))).toBeGreaterThan(0.98);
    expect(Math.min(...perRank.slice(0, 10))).toBeGreaterThan(0.95);
    expect(zipf - uniform).toBeGreaterThan(0.15);
  });
});

describe('flush and coalescing', () => {
  /** Requests that reached the database: answered, refused, or still in its queue or in service. */
  function arrivals(sim: Simulation): number {
    const db = sim.report().nodes.db;
    const state = sim.nodeStates();
    return db.served + db.rejected + state[2 * NODE.size + NODE.queue] + state[2 * NODE.size + NODE.busy];
  }

  function backendLoad(coalesce: boolean, seed: number): { steadyPerSec: number; nextSecond: number } {
    const sim = new Simulation(cached({
      rate: 2000, keys: 100, ttlMs: 60_000, dbWorkers: 4, dbMs: 20, dbQueueLimit: 100, coalesce, seed,
      durationMs: 40_000, faults: [{ atMs: 30_000, type: 'flush', target: 'cache' }],
    }));
    sim.runUntil(15_000);
    const a = arrivals(sim);
    sim.runUntil(29_999);
    const b = arrivals(sim);
    sim.runUntil(31_000);
    return { steadyPerSec: (b - a) / 15, nextSecond: arrivals(sim) - b };
  }

  it('a flush sends the backend a burst far above its steady load; coalescing cuts it to one call per key', () => {
    for (const seed of [1, 2, 3]) {
      const plain = backendLoad(false, seed);
      const coalesced = backendLoad(true, seed);
      // Before: entries live 60 s, so the database hears almost nothing.
      expect(plain.steadyPerSec).toBeLessThan(2);
      // After: every read misses until its key is stored again, and keys come back only as
      // fast as the overloaded database answers their first misses: 851 calls, sd 45 over 20 seeds.
      expect(plain.nextSecond).toBeGreaterThan(500);
      // Coalesced: one call per key, exactly.
      expect(coalesced.nextSecond).toBe(100);
    }
  });

  it('a crash empties the cache (cold restart); a flush keeps it running', () => {
    const crash = runScenario(cached({ rate: 400, keys: 100, ttlMs: 60_000, durationMs: 20_000, faults: [{ atMs: 10_000, type: 'crash', target: 'cache', durationMs: 100 }] }));
    const flush = runScenario(cached({ rate: 400, keys: 100, ttlMs: 60_000, durationMs: 20_000, faults: [{ atMs: 10_000, type: 'flush', target: 'cache' }] }));
    const none = runScenario(cached({ rate: 400, keys: 100, ttlMs: 60_000, durationMs: 20_000 }));
    // Each refills once per key: about one more miss per key than the undisturbed run.
    expect(crash.nodes.cache.misses! - none.nodes.cache.misses!).toBeGreaterThan(90);
    expect(flush.nodes.cache.misses! - none.nodes.cache.misses!).toBeGreaterThan(90);
    expect(flush.requests.total - flush.requests.succeeded).toBe(0);
    expect(crash.requests.total - crash.requests.succeeded).toBeGreaterThan(0);
  });

  it('a successful write drops the key, so the next read misses', () => {
    const reads = runScenario(cached({ rate: 400, keys: 10, ttlMs: 600_000, durationMs: 20_000 }));
    const s = cached({ rate: 400, keys: 10, ttlMs: 600_000, durationMs: 20_000 });
    (s.nodes[0] as { writeRatio?: number }).writeRatio = 0.1;
    const writes = runScenario(s);
    // Without writes only the reads of a key that come before its first answer
    // is stored miss: the first, plus the λk·d that arrive during its round
    // trip d (λk = 40/s, d = 7.5 ms), Poisson — at most 4 sd above that mean.
    // With 10% writes, about one read per write misses too.
    const extra = 10 * 40 * missRoundTripSec();
    expect(reads.nodes.cache.misses).toBeLessThanOrEqual(10 + extra + 4 * Math.sqrt(extra));
    const writesMade = Math.round(0.1 * writes.requests.total);
    expect(writes.nodes.cache.misses!).toBeGreaterThan(0.8 * writesMade);
  });

  it('evicts the least recently used entry past its capacity: hit ratio ≈ capacity ÷ keys for uniform keys and a long ttl', () => {
    const s = cached({ rate: 1000, keys: 1000, ttlMs: 3_600_000, durationMs: 60_000 });
    (s.nodes[1] as { capacity?: number }).capacity = 250;
    expect(windowHitRatio(s, 10_000, 60_000)).toBeCloseTo(0.25, 1);
  });
});
