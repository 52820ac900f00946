// The verdict of a comparison in plain words, as the CLI and the app say it.
import { describe, expect, it } from 'vitest';
import { digitsFor, ninesAndDowntime, paired, spokenDuration, verdict } from '../../src/experiments/index.ts';

describe('verdicts', () => {
  it('says which design is better, by how much, in points of availability', () => {
    const a = [0.991, 0.992, 0.990, 0.993, 0.991];
    const b = a.map((x, i) => x + 0.006 + [0.001, -0.001, 0, 0.0005, -0.0005][i]);
    const v = verdict('availability', paired(a, b), 5);
    expect(v.sentence).toBe('B is better by 0.600 ± 0.098 points of availability on 5 seeds');
    expect(v.significant).toBe(true);
    expect(v.significance).toBe('significant: the 95 % interval of the difference excludes 0');
  });

  it('lower is better for latency and lost writes; names can be given', () => {
    const v = verdict('latencyP99Ms', paired([100, 110, 120], [90, 118, 130]), 3, { a: 'today', b: 'the new design' });
    expect(v.sentence).toMatch(/^today is better by 3 ± 2\d ms of p99 latency on 3 seeds$/);
    expect(v.significant).toBe(false);
    expect(v.significance).toMatch(/^not significant: .* may be noise$/);
  });

  it('no difference, and a single seed', () => {
    expect(verdict('writesLost', paired([0, 0], [0, 0]), 2).sentence).toBe('A and B have the same lost writes on 2 seeds');
    expect(verdict('writesLost', paired([0, 0], [0, 0]), 2).significance).toBe('no difference on any seed');
    const one = verdict('availability', paired([0.99], [0.995]), 1);
    expect(one.sentence).toBe('B is better by 0.50 points of availability on 1 seed');
    expect(one.significance).toBe('no interval from a single seed: run more seeds');
  });

  it('shows two significant digits of the spread', () => {
    expect([digitsFor(0.1), digitsFor(0.013), digitsFor(2.3), digitsFor(45), digitsFor(0)]).toEqual([2, 3, 1, 0, 1]);
  });
});

describe('availability in the terms people use', () => {
  it.each([
    [0.99935, '3.2 nines — 5.7 h of downtime a year'],
    [0.999, '3.0 nines — 8.8 h of downtime a year'],
    [0.99, '2.0 nines — 3.7 days of downtime a year'],
    [0.99999, '5.0 nines — 5 min of downtime a year'],
    [1 - 1 / 721, '2.9 nines — 12.1 h of downtime a year'],
    [1, 'no downtime'],
    [0, '0.0 nines — 365.0 days of downtime a year'],
  ])('%f → %s', (availability, words) => {
    expect(ninesAndDowntime(availability)).toBe(words);
  });

  it('says spans in the unit that fits', () => {
    expect([spokenDuration(42_000), spokenDuration(17 * 60_000), spokenDuration(30 * 3_600_000), spokenDuration(3 * 86_400_000)]).toEqual(['42 s', '17 min', '30.0 h', '3.0 days']);
  });
});
