// Latency histograms with bounded memory: logarithmic buckets, so relative
// error is bounded whatever the value (γ = 1.02 gives percentiles within 1%,
// reported at each bucket's geometric middle). Values are µs.
import { ln } from '../kernel/math.ts';

export interface Histogram {
  counts: Float64Array;
  /** ln γ, kept to index without recomputing it. */
  lnGamma: number;
  gamma: number;
  zeros: number;
  n: number;
  sum: number;
  min: number;
  max: number;
}

/** Top of the range, µs (about 28 hours); larger values land in the last bucket. */
const MAX_US = 1e11;

export function createHistogram(gamma: number): Histogram {
  const lnGamma = ln(gamma);
  return {
    counts: new Float64Array(Math.ceil(ln(MAX_US) / lnGamma) + 1),
    lnGamma,
    gamma,
    zeros: 0,
    n: 0,
    sum: 0,
    min: Infinity,
    max: 0,
  };
}

/** Fine histogram for whole-run figures: percentiles within 1%. */
export const fineHistogram = (): Histogram => createHistogram(1.02);
/** Coarse histogram for per-interval chart points: within 5%. */
export const coarseHistogram = (): Histogram => createHistogram(1.1);

export function record(h: Histogram, valueUs: number): void {
  h.n++;
  h.sum += valueUs;
  if (valueUs < h.min) h.min = valueUs;
  if (valueUs > h.max) h.max = valueUs;
  if (valueUs < 1) {
    h.zeros++;
    return;
  }
  const i = Math.floor(ln(valueUs) / h.lnGamma);
  h.counts[i < h.counts.length ? i : h.counts.length - 1]++;
}

export function resetHistogram(h: Histogram): void {
  h.counts.fill(0);
  h.zeros = 0;
  h.n = 0;
  h.sum = 0;
  h.min = Infinity;
  h.max = 0;
}

/** The p-quantile (0 < p ≤ 1) by nearest rank, µs; 0 when empty. */
export function quantile(h: Histogram, p: number): number {
  if (h.n === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * h.n));
  if (rank <= h.zeros) return 0;
  let seen = h.zeros;
  const counts = h.counts;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i];
    if (seen >= rank) {
      const mid = h.gamma ** (i + 0.5);
      return Math.min(h.max, Math.max(h.min, mid));
    }
  }
  return h.max;
}

export function mean(h: Histogram): number {
  return h.n === 0 ? 0 : h.sum / h.n;
}
