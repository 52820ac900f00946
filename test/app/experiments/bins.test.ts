import { describe, expect, it } from 'vitest';
import { barCount, binSeeds } from '../../../src/app/experiments/bins.ts';

describe('histogram bars', () => {
  it('every seed is in exactly one bar, and a bar opens its worst seed', () => {
    const points = Array.from({ length: 30 }, (_, i) => ({ seed: i + 1, value: 0.99 + ((i * 7) % 30) / 3000 }));
    const bars = binSeeds(points, 'lower');
    expect(bars.flatMap((b) => b.seeds).sort((a, b) => a - b)).toEqual(points.map((p) => p.seed));
    for (const bar of bars) {
      const inBar = points.filter((p) => bar.seeds.includes(p.seed));
      const lowest = Math.min(...inBar.map((p) => p.value));
      expect(bar.worstSeed).toBe(Math.min(...inBar.filter((p) => p.value === lowest).map((p) => p.seed)));
      expect(inBar.every((p) => p.value >= bar.x0 && p.value <= bar.x1)).toBe(true);
    }
    expect(bars[0].worstSeed).toBe(1);
  });

  it('higher is worse for latency: the bar opens its slowest seed', () => {
    const bars = binSeeds([{ seed: 4, value: 100 }, { seed: 5, value: 101 }, { seed: 6, value: 300 }], 'higher');
    expect(bars.at(-1)!.worstSeed).toBe(6);
    expect(bars[0].worstSeed).toBe(5);
  });

  it('equal values make one bar; ties go to the lowest seed', () => {
    expect(binSeeds([{ seed: 9, value: 0 }, { seed: 3, value: 0 }], 'higher')).toEqual([{ x0: -1e-4, x1: 1e-4, seeds: [3, 9], worstSeed: 3 }]);
    expect(binSeeds([], 'lower')).toEqual([]);
  });

  it('about 2√n bars, 8 to 30', () => {
    expect([barCount(2), barCount(30), barCount(100), barCount(1000)]).toEqual([8, 11, 20, 30]);
  });
});
