// Summaries over seeds and paired differences, on numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { ci95, isSignificant, mean, paired, sampleSd, summarize } from '../../src/experiments/index.ts';

describe('summaries over seeds', () => {
  it('mean, sample deviation and the t interval', () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(values)).toBe(5);
    // Σ(x − 5)² = 32, over n − 1 = 7.
    expect(sampleSd(values)).toBeCloseTo(Math.sqrt(32 / 7), 14);
    const half = (2.364624251592784 * Math.sqrt(32 / 7)) / Math.sqrt(8);
    const s = summarize(values, [1, 2, 3, 4, 5, 6, 7, 8], 'lower');
    expect(s.mean).toBe(5);
    expect(s.ci95![0]).toBeCloseTo(5 - half, 12);
    expect(s.ci95![1]).toBeCloseTo(5 + half, 12);
    expect([s.min, s.max, s.worstSeed]).toEqual([2, 9, 1]);
  });

  it('a single seed has no interval', () => {
    expect(summarize([0.99], [7], 'lower')).toEqual({ mean: 0.99, ci95: null, min: 0.99, max: 0.99, worstSeed: 7 });
    expect(ci95(1, 0, 1)).toBeNull();
  });

  it('equal values give a zero-width interval, not NaN', () => {
    expect(summarize([0, 0, 0], [3, 4, 5], 'higher')).toEqual({ mean: 0, ci95: [0, 0], min: 0, max: 0, worstSeed: 3 });
  });

  it('the worst seed: lowest availability, highest p99 or lost writes; a tie goes to the lowest seed', () => {
    const seeds = [10, 11, 12, 13];
    expect(summarize([0.9, 0.8, 0.95, 0.8], seeds, 'lower').worstSeed).toBe(11);
    expect(summarize([120, 130, 130, 90], seeds, 'higher').worstSeed).toBe(11);
    // Seeds need not arrive in order for the tie rule to hold.
    expect(summarize([0.8, 0.9, 0.8], [9, 3, 4], 'lower').worstSeed).toBe(4);
    expect(summarize([5, 5, 5], [9, 3, 4], 'higher').worstSeed).toBe(3);
  });

  it('refuses mismatched input', () => {
    expect(() => summarize([], [], 'lower')).toThrow(RangeError);
    expect(() => summarize([1, 2], [1], 'lower')).toThrow(RangeError);
  });
});

describe('paired comparison', () => {
  it('diff = b − a of the means, pairedSd of the differences, unpairedSd = √(sd_a² + sd_b²)', () => {
    const a = [1, 2, 3, 4];
    const b = [1.5, 2.4, 3.6, 4.3];
    const m = paired(a, b);
    expect(m.a).toBe(2.5);
    expect(m.b).toBeCloseTo(2.95, 14);
    expect(m.diff).toBeCloseTo(0.45, 14);
    // Differences 0.5, 0.4, 0.6, 0.3: Σ(d − 0.45)² = 0.05.
    expect(m.pairedSd).toBeCloseTo(Math.sqrt(0.05 / 3), 14);
    expect(m.unpairedSd).toBeCloseTo(Math.hypot(sampleSd(a), sampleSd(b)), 14);
    const half = (3.1824463052837078 * Math.sqrt(0.05 / 3)) / 2;
    expect(m.ci95![0]).toBeCloseTo(0.45 - half, 12);
    expect(m.ci95![1]).toBeCloseTo(0.45 + half, 12);
    expect(isSignificant(m.ci95)).toBe(true);
  });

  it('pairing removes what both designs share: a shared seed effect leaves only the small differences', () => {
    // Synthetic: each seed has a large common effect (as common random
    // numbers give two designs) and B adds a small improvement with noise.
    const seedEffect = [0.9, -1.3, 0.4, 2.1, -0.7, 1.6, -2.2, 0.3, -0.1, 1.1];
    const noise = [0.02, -0.01, 0.03, 0, -0.02, 0.01, -0.03, 0.02, 0.01, -0.01];
    const a = seedEffect.map((e) => 99 + e);
    const b = seedEffect.map((e, i) => 99.5 + e + noise[i]);
    const m = paired(a, b);
    expect(m.pairedSd).toBeLessThan(m.unpairedSd / 50);
    expect(m.ci95![0]).toBeGreaterThan(0.45);
    expect(m.ci95![1]).toBeLessThan(0.55);
    // The same numbers unpaired: an interval of the same n with unpairedSd includes 0.
    const unpaired = ci95(m.diff, m.unpairedSd, a.length)!;
    expect(unpaired[0]).toBeLessThan(0);
  });

  it('no difference is not significant; a single seed has no interval', () => {
    expect(isSignificant(paired([1, 2, 3], [1, 2, 3]).ci95)).toBe(false);
    expect(isSignificant(paired([1, 2, 3], [1.1, 1.9, 3.05]).ci95)).toBe(false);
    expect(paired([0.9], [0.95]).ci95).toBeNull();
    expect(isSignificant(null)).toBe(false);
  });
});
