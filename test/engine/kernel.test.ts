// The kernel's pieces on their own: the queue's order, the PRNG, the
// distributions' moments and the histogram's accuracy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEventQueue, insert, pop, schedule, type Popped } from '../../src/engine/kernel/event-queue.ts';
import { createRng, nextFloat, nextU32 } from '../../src/engine/kernel/rng.ts';
import { compileDist, sampleMs } from '../../src/engine/kernel/dist.ts';
import { fineHistogram, quantile, record } from '../../src/engine/monitor/histogram.ts';

describe('event queue', () => {
  it('pops by time, ties in insertion order, whatever the pushes', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 500 }), (times) => {
      const q = createEventQueue(2);
      times.forEach((t, i) => schedule(q, t, 1, i, 0));
      const out: [number, number][] = [];
      const p: Popped = { time: 0, type: 0, a: 0, b: 0 };
      while (q.size > 0) { pop(q, p); out.push([p.time, p.a]); }
      const expected = times.map((t, i) => [t, i] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      expect(out).toEqual(expected);
    }));
  });
  it('keeps that order while events are scheduled between pops, at the current instant or later', () => {
    // Scheduling at the current instant takes the queue's FIFO lane; the order must be one heap's.
    const step = fc.record({ pops: fc.integer({ min: 0, max: 3 }), delays: fc.array(fc.constantFrom(0, 0, 0, 1, 2, 5), { maxLength: 4 }) });
    fc.assert(fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
      const q = createEventQueue(2);
      const model: { t: number; seq: number }[] = [];
      const p: Popped = { time: 0, type: 0, a: 0, b: 0 };
      let seq = 0, now = 0;
      for (const { pops, delays } of steps) {
        for (const d of delays) {
          schedule(q, now + d, 1, seq, 0);
          model.push({ t: now + d, seq: seq++ });
        }
        for (let i = 0; i < pops && q.size > 0; i++) {
          model.sort((x, y) => x.t - y.t || x.seq - y.seq);
          const want = model.shift()!;
          pop(q, p);
          expect([p.time, p.a]).toEqual([want.t, want.seq]);
          now = p.time;
        }
      }
      expect(q.size).toBe(model.length);
    }));
  });
  it('explicit sequence numbers sort before ordinary ones at the same time', () => {
    const q = createEventQueue();
    schedule(q, 10, 1, 1, 0);
    insert(q, 10, -5, 2, 2, 0);
    const p: Popped = { time: 0, type: 0, a: 0, b: 0 };
    pop(q, p);
    expect(p.a).toBe(2);
  });
});

describe('rng', () => {
  it('is a function of its seed', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 100 }, () => nextU32(a, 0));
    expect(Array.from({ length: 100 }, () => nextU32(b, 0))).toEqual(xs);
    expect(Array.from({ length: 100 }, () => nextU32(c, 0))).not.toEqual(xs);
  });
  it('is uniform: chi-square over 100 bins below the 99.9% critical value', () => {
    const r = createRng(7);
    const bins = new Array(100).fill(0);
    const n = 1_000_000;
    for (let i = 0; i < n; i++) bins[Math.floor(nextFloat(r, 0) * 100)]++;
    const chi = bins.reduce((s, o) => s + (o - n / 100) ** 2 / (n / 100), 0);
    expect(chi).toBeLessThan(148.2); // χ²(99) at 0.999
  });
});

describe('distributions', () => {
  const n = 200_000;
  const meanOf = (d: Parameters<typeof compileDist>[0], seed = 1) => {
    const r = createRng(seed), c = compileDist(d);
    let s = 0;
    for (let i = 0; i < n; i++) s += sampleMs(r, 0, c);
    return s / n;
  };
  it('constant, exponential, uniform and normal have their means (within 1%)', () => {
    expect(meanOf(7)).toBe(7);
    expect(meanOf({ type: 'exponential', mean: 10 })).toBeCloseTo(10, 0);
    expect(Math.abs(meanOf({ type: 'uniform', min: 2, max: 8 }) - 5)).toBeLessThan(0.05);
    expect(Math.abs(meanOf({ type: 'normal', mean: 20, stddev: 2 }) - 20)).toBeLessThan(0.2);
  });
  it('a normal is truncated at 0, never negative', () => {
    const r = createRng(3), c = compileDist({ type: 'normal', mean: 1, stddev: 5 });
    for (let i = 0; i < 10_000; i++) expect(sampleMs(r, 0, c)).toBeGreaterThanOrEqual(0);
  });
  it('a lognormal has the median and 99th percentile it was given (within 2%)', () => {
    const r = createRng(5), c = compileDist({ type: 'lognormal', median: 10, p99: 100 });
    const xs = Array.from({ length: n }, () => sampleMs(r, 0, c)).sort((a, b) => a - b);
    expect(Math.abs(xs[n / 2] / 10 - 1)).toBeLessThan(0.02);
    expect(Math.abs(xs[Math.floor(n * 0.99)] / 100 - 1)).toBeLessThan(0.03);
  });
});

describe('histogram', () => {
  it('percentiles are within 1% of the exact nearest-rank value (values in whole µs)', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 2 ** 31, max: 1e12 })), { minLength: 1, maxLength: 2000 }),
      fc.constantFrom(0.5, 0.9, 0.95, 0.99, 0.999),
      (values, p) => {
        const h = fineHistogram();
        for (const v of values) record(h, v);
        const sorted = [...values].sort((a, b) => a - b);
        const exact = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
        expect(Math.abs(quantile(h, p) / exact - 1)).toBeLessThanOrEqual(0.0100001);
      },
    ));
  });
});
