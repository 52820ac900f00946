// Seeds grouped into histogram bars by their value. Pure, so the binning is
// tested without a DOM; the d3 factory (histogram.ts) only draws it.
import { bin, extent } from 'd3';

export interface SeedValue {
  seed: number;
  value: number;
}

export interface Bar {
  x0: number;
  x1: number;
  seeds: number[];
  /** The bar's worst seed (lowest availability, highest p99…; a tie to the lowest seed): a click opens it. */
  worstSeed: number;
}

/** About 2√n bars (8 to 30), so 30 seeds show a shape and 1000 seeds stay readable. */
export function barCount(n: number): number {
  return Math.max(8, Math.min(30, Math.round(2 * Math.sqrt(n))));
}

export function binSeeds(points: readonly SeedValue[], worse: 'lower' | 'higher'): Bar[] {
  if (points.length === 0) return [];
  const [lo, hi] = extent(points, (p) => p.value) as [number, number];
  // Every seed gave the same value: one bar of a nominal width around it.
  if (lo === hi) {
    const half = Math.abs(lo) * 1e-4 || 1e-4;
    return [{ x0: lo - half, x1: hi + half, seeds: points.map((p) => p.seed).sort((a, b) => a - b), worstSeed: Math.min(...points.map((p) => p.seed)) }];
  }
  const bins = bin<SeedValue, number>().value((p) => p.value).domain([lo, hi]).thresholds(barCount(points.length))(points);
  return bins
    .filter((b) => b.length > 0)
    .map((b) => {
      let worst = b[0];
      for (const p of b) {
        const worseThan = worse === 'lower' ? p.value < worst.value : p.value > worst.value;
        if (worseThan || (p.value === worst.value && p.seed < worst.seed)) worst = p;
      }
      return { x0: b.x0!, x1: b.x1!, seeds: b.map((p) => p.seed).sort((a, c) => a - c), worstSeed: worst.seed };
    });
}
