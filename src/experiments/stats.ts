// Summaries over seeds: the mean with its 95 % confidence interval (Student's
// t), the range, and the worst seed so it can be replayed; and the paired
// comparison of two designs run on the same seeds.
import { tQuantile975 } from './student-t.ts';

export type Interval = [number, number];

export interface MetricSummary {
  mean: number;
  /** mean ± t₀.₉₇₅,ₙ₋₁ · s/√n; null for a single seed (no spread to measure). */
  ci95: Interval | null;
  min: number;
  max: number;
  /** The seed of the worst run; on a tie, the lowest seed. */
  worstSeed: number;
}

/** Which end of a metric is bad: availability is bad when low, p99 and lost writes when high. */
export type Worse = 'lower' | 'higher';

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('mean of no values');
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** The sample standard deviation (n − 1 in the denominator); 0 for a single value. */
export function sampleSd(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (n - 1));
}

/** The 95 % interval of a mean `m` from n values of sample deviation `sd`. */
export function ci95(m: number, sd: number, n: number): Interval | null {
  if (n < 2) return null;
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return [m - half, m + half];
}

/** Summarises one metric; `values[i]` was measured with `seeds[i]`. */
export function summarize(values: readonly number[], seeds: readonly number[], worse: Worse): MetricSummary {
  if (values.length === 0 || values.length !== seeds.length) {
    throw new RangeError(`summarize: ${values.length} values for ${seeds.length} seeds`);
  }
  let min = values[0];
  let max = values[0];
  let worst = 0;
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    const w = values[worst];
    const worseThan = worse === 'lower' ? v < w : v > w;
    if (worseThan || (v === w && seeds[i] < seeds[worst])) worst = i;
  }
  const m = mean(values);
  return { mean: m, ci95: ci95(m, sampleSd(values), values.length), min, max, worstSeed: seeds[worst] };
}

export interface PairedMetric {
  /** Means over seeds of design A and of design B. */
  a: number;
  b: number;
  /** b − a. */
  diff: number;
  /** diff ± t₀.₉₇₅,ₙ₋₁ · pairedSd/√n; null for a single seed. */
  ci95: Interval | null;
  /** The standard deviation of the per-seed differences b − a. */
  pairedSd: number;
  /** √(sd_a² + sd_b²): what the difference of two independent runs would spread by. */
  unpairedSd: number;
}

/** Compares B with A, run on the same seeds: `a[i]` and `b[i]` share a seed. */
export function paired(a: readonly number[], b: readonly number[]): PairedMetric {
  if (a.length === 0 || a.length !== b.length) throw new RangeError(`paired: ${a.length} and ${b.length} values`);
  const diffs = a.map((x, i) => b[i] - x);
  const meanA = mean(a);
  const meanB = mean(b);
  const diff = meanB - meanA;
  const pairedSd = sampleSd(diffs);
  const unpairedSd = Math.hypot(sampleSd(a), sampleSd(b));
  return { a: meanA, b: meanB, diff, ci95: ci95(diff, pairedSd, a.length), pairedSd, unpairedSd };
}

/** True when the interval excludes 0: the difference is unlikely to be noise. */
export function isSignificant(interval: Interval | null): boolean {
  return interval !== null && (interval[0] > 0 || interval[1] < 0);
}
