// The 95 % interval means what it says: over many repeated sweeps of a
// scenario whose availability is known exactly, it covers the truth in about
// 95 % of them. The scenario: a client → one server that fails each request
// on its own with probability 0.1 and is otherwise far from overload (4
// workers at 50 % utilisation, a 1 s timeout never reached), so on every seed
// the successes are binomial given the request count, and the expected
// availability is exactly 1 − errorRate = 0.9.
//
// 1000 sweeps of 5 seeds each (disjoint seed ranges, 5000 runs of 1 s). With
// true coverage 0.95 the observed share is binomial(1000, 0.95)/1000: sd
// √(0.95·0.05/1000) = 0.0069, so we accept 0.95 ± 3 sd = [0.929, 0.971]. Five
// seeds is few on purpose: the normal's 1.96 in place of t₀.₉₇₅,₄ = 2.78
// would cover only about 88 %, far outside the band, so the test would catch
// a wrong quantile, not just a wrong mean.
import { describe, expect, it } from 'vitest';
import { runOne, sampleSd, summarize } from '../../src/experiments/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

const ERROR_RATE = 0.1;
const TRUE_AVAILABILITY = 1 - ERROR_RATE;
const SWEEPS = 1000;
const SEEDS_PER_SWEEP = 5;

const scenario: Scenario = {
  format: 'nines/scenario@1',
  name: 'Known availability',
  seed: 1,
  durationMs: 1000,
  nodes: [
    { id: 'users', type: 'client', rate: 100 },
    { id: 'web', type: 'server', workers: 4, errorRate: ERROR_RATE },
  ],
  links: [{ from: 'users', to: 'web' }],
};

describe('95 % intervals over seeds', () => {
  it(`cover the true availability in 95 % ± 3 sd of ${SWEEPS} repeated sweeps`, () => {
    let covered = 0;
    let coveredByNormal = 0;
    let sumOfMeans = 0;
    for (let k = 0; k < SWEEPS; k++) {
      const seeds = Array.from({ length: SEEDS_PER_SWEEP }, (_, i) => k * SEEDS_PER_SWEEP + i + 1);
      const values = seeds.map((seed) => runOne(scenario, seed).availability);
      const s = summarize(values, seeds, 'lower');
      if (s.ci95![0] <= TRUE_AVAILABILITY && TRUE_AVAILABILITY <= s.ci95![1]) covered++;
      const normalHalf = (1.959964 * sampleSd(values)) / Math.sqrt(values.length);
      if (Math.abs(s.mean - TRUE_AVAILABILITY) <= normalHalf) coveredByNormal++;
      sumOfMeans += s.mean;
    }
    const coverage = covered / SWEEPS;
    const sd = Math.sqrt((0.95 * 0.05) / SWEEPS);
    console.log(`coverage ${(coverage * 100).toFixed(1)} % (normal quantile instead of t: ${((coveredByNormal / SWEEPS) * 100).toFixed(1)} %)`);
    expect(coverage).toBeGreaterThanOrEqual(0.95 - 3 * sd);
    expect(coverage).toBeLessThanOrEqual(0.95 + 3 * sd);
    // The check has teeth: the wrong quantile falls outside the band.
    expect(coveredByNormal / SWEEPS).toBeLessThan(0.95 - 3 * sd);
    // And the runs are unbiased: the grand mean over 5000 runs of ~100 requests.
    expect(Math.abs(sumOfMeans / SWEEPS - TRUE_AVAILABILITY)).toBeLessThan(0.002);
  });
});
