// The pure parts of the new kinds, checked against simple reference models:
// the LRU cache store against a Map kept in recency order, the circuit
// breaker's states against the spec's sentences, Zipf draws against r^−s.
import { describe, expect, it } from 'vitest';
import { cacheClear, cacheDelete, cacheGet, cachePut, createCacheStore } from '../../src/engine/nodes/cache-store.ts';
import { BreakerState, breakerAllow, breakerRecord, breakerStateAt, createBreaker, type BreakerCfg } from '../../src/engine/nodes/circuit-breaker.ts';
import { buildZipfTable, zipfKey, zipfShare } from '../../src/engine/nodes/zipf.ts';
import { createRng, nextFloat, nextInt } from '../../src/engine/kernel/rng.ts';

describe('cache store (LRU with TTL)', () => {
  it('behaves as a reference model over 200,000 random operations', () => {
    for (const capacity of [1, 7, 64, 1000]) {
      const c = createCacheStore(capacity);
      const model = new Map<number, number>(); // key → expiresUs, in recency order (last = most recent)
      const rng = createRng(capacity);
      let now = 0;
      for (let i = 0; i < 50_000; i++) {
        now += nextInt(rng, 0, 3);
        const key = nextInt(rng, 0, capacity * 3);
        const op = nextFloat(rng, 0);
        if (op < 0.5) {
          const e = model.get(key);
          const live = e !== undefined && e > now;
          if (e !== undefined) model.delete(key);
          if (live) model.set(key, e);
          expect(cacheGet(c, key, now)).toBe(live);
        } else if (op < 0.9) {
          model.delete(key);
          if (model.size === capacity) model.delete(model.keys().next().value!);
          model.set(key, now + 1 + nextInt(rng, 0, 200));
          cachePut(c, key, model.get(key)!);
        } else if (op < 0.995) {
          model.delete(key);
          cacheDelete(c, key);
        } else {
          model.clear();
          cacheClear(c);
        }
        expect(c.size).toBe(model.size);
      }
      // Recency order, most recent first, matches the model's.
      const order: number[] = [];
      for (let s = c.mru; s >= 0; s = c.next[s]) order.push(c.key[s]);
      expect(order).toEqual([...model.keys()].reverse());
    }
  });

  it('evicts the least recently used entry, and a hit makes an entry recent', () => {
    const c = createCacheStore(2);
    cachePut(c, 1, 100);
    cachePut(c, 2, 100);
    expect(cacheGet(c, 1, 0)).toBe(true);
    cachePut(c, 3, 100);
    expect([cacheGet(c, 1, 0), cacheGet(c, 2, 0), cacheGet(c, 3, 0)]).toEqual([true, false, true]);
    expect(c.evictions).toBe(1);
  });

  it('an entry lives ttl from when it was stored; a hit does not extend it', () => {
    const c = createCacheStore(10);
    cachePut(c, 5, 1000);
    expect(cacheGet(c, 5, 999)).toBe(true);
    expect(cacheGet(c, 5, 1000)).toBe(false);
  });
});

describe('circuit breaker', () => {
  const cfg: BreakerCfg = { failureRate: 0.5, minCalls: 4, windowUs: 10_000, openUs: 5000, halfOpenCalls: 2 };

  it('opens once minCalls ended and the failed share reaches failureRate', () => {
    const b = createBreaker();
    const outcomes = [true, false, true];
    outcomes.forEach((ok, i) => expect(breakerRecord(b, cfg, i, breakerAllow(b, cfg, i), ok)).toBe(0));
    expect(breakerRecord(b, cfg, 3, breakerAllow(b, cfg, 3), false)).toBe(1); // 2 of 4 failed: 50%
    expect(b.state).toBe(BreakerState.open);
    expect(b.opened).toBe(1);
  });

  it('counts only the last windowMs', () => {
    const b = createBreaker();
    for (let i = 0; i < 3; i++) breakerRecord(b, cfg, i, breakerAllow(b, cfg, i), false);
    // Those three failures end 10 ms before the next calls: out of the window.
    for (let i = 0; i < 4; i++) breakerRecord(b, cfg, 10_002 + i, breakerAllow(b, cfg, 10_002 + i), i !== 0);
    expect(b.state).toBe(BreakerState.closed);
  });

  it('fails calls at once while open, uncounted; half-open lets halfOpenCalls probes through; all ok closes it empty', () => {
    const b = createBreaker();
    for (let i = 0; i < 4; i++) breakerRecord(b, cfg, i, breakerAllow(b, cfg, i), false);
    expect(breakerAllow(b, cfg, 100)).toBe(-1);
    expect(breakerAllow(b, cfg, 5002)).toBe(-1);
    expect(b.shortCircuited).toBe(2);
    expect(breakerStateAt(b, cfg, 5003)).toBe(BreakerState.halfOpen);
    const p1 = breakerAllow(b, cfg, 5003), p2 = breakerAllow(b, cfg, 5004);
    expect([p1 >= 0, p2 >= 0, breakerAllow(b, cfg, 5005)]).toEqual([true, true, -1]);
    expect(breakerRecord(b, cfg, 5010, p1, true)).toBe(0);
    expect(breakerRecord(b, cfg, 5011, p2, true)).toBe(-1);
    expect(b.state).toBe(BreakerState.closed);
    expect(b.len).toBe(0);
  });

  it('the first failed probe opens it again; answers to calls from an earlier state are ignored', () => {
    const b = createBreaker();
    const early = breakerAllow(b, cfg, 0);
    for (let i = 1; i <= 4; i++) breakerRecord(b, cfg, i, breakerAllow(b, cfg, i), false);
    const probe = breakerAllow(b, cfg, 6000);
    expect(breakerRecord(b, cfg, 6001, early, false)).toBe(0);
    expect(breakerRecord(b, cfg, 6002, probe, false)).toBe(1);
    expect([b.state, b.opened]).toEqual([BreakerState.open, 2]);
  });
});

describe('Zipf keys', () => {
  it('draws rank r with share r^−s / H(keys, s), within 4 sd over 200,000 draws', () => {
    const keys = 1000, s = 1.1, n = 200_000;
    const cdf = buildZipfTable(keys, s);
    let h = 0;
    for (let r = 1; r <= keys; r++) h += r ** -s;
    const counts = new Float64Array(keys);
    const rng = createRng(3);
    for (let i = 0; i < n; i++) counts[zipfKey(cdf, nextFloat(rng, 0))]++;
    for (const r of [1, 2, 3, 10, 100]) {
      const p = r ** -s / h;
      expect(zipfShare(cdf, r - 1)).toBeCloseTo(p, 12);
      expect(Math.abs(counts[r - 1] - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('never returns a key outside the table', () => {
    const cdf = buildZipfTable(5, 2);
    expect([zipfKey(cdf, 0), zipfKey(cdf, 0.999999999), zipfKey(cdf, cdf[0]), zipfKey(cdf, cdf[0] - 1e-12)]).toEqual([0, 4, 1, 0]);
  });
});
