// Latency histograms with bounded memory, log-linear like HdrHistogram: each
// power of two is split into 2^subBits equal buckets, so a bucket's width is
// at most 1/2^subBits of its values and the middle of a bucket is within
// 1/2^(subBits+1) of any value in it (fine: 64 buckets per octave, 0.78%).
// Values are whole µs, the clock's unit; below 2^(subBits+1) µs buckets are
// one µs wide and exact. Indexing uses Math.clz32, not a logarithm: this runs
// once per request.

export interface Histogram {
  counts: Float64Array;
  subBits: number;
  zeros: number;
  n: number;
  sum: number;
  min: number;
  max: number;
}

/** Largest octave kept (2^40 µs ≈ 12.7 days); larger values land in the last bucket. */
const MAX_OCTAVE = 40;

export function createHistogram(subBits: number): Histogram {
  return {
    counts: new Float64Array((MAX_OCTAVE - subBits + 2) << subBits),
    subBits,
    zeros: 0,
    n: 0,
    sum: 0,
    min: Infinity,
    max: 0,
  };
}

/** Fine histogram for whole-run figures: percentiles within 1% (0.78%). */
export const fineHistogram = (): Histogram => createHistogram(6);
/** Coarse histogram for per-interval chart points and alert windows: within 3.2%. */
export const coarseHistogram = (): Histogram => createHistogram(4);

/** Bucket of a whole number of µs ≥ 1. */
function bucketOf(h: Histogram, v: number): number {
  const bits = h.subBits;
  let octave: number, top: number;
  if (v < 2147483648) {
    octave = 31 - Math.clz32(v);
    if (octave <= bits) return v;
    top = v >>> (octave - bits);
  } else {
    octave = Math.floor(Math.log2(v));
    top = Math.floor(v / 2 ** (octave - bits));
  }
  const i = ((octave - bits + 1) << bits) + top - (1 << bits);
  return i < h.counts.length ? i : h.counts.length - 1;
}

/** A value that represents bucket `i`: its exact value when one µs wide, else its middle. */
function bucketValue(h: Histogram, i: number): number {
  const bits = h.subBits;
  const size = 1 << bits;
  if (i < 2 * size) return i;
  const k = (i >> bits) - 1;
  const low = (size + (i & (size - 1))) * 2 ** k;
  return low + (2 ** k - 1) / 2;
}

export function record(h: Histogram, valueUs: number): void {
  h.n++;
  h.sum += valueUs;
  if (valueUs < h.min) h.min = valueUs;
  if (valueUs > h.max) h.max = valueUs;
  if (valueUs < 1) {
    h.zeros++;
    return;
  }
  h.counts[bucketOf(h, Math.floor(valueUs))]++;
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
    if (seen >= rank) return Math.min(h.max, Math.max(h.min, bucketValue(h, i)));
  }
  return h.max;
}

export function mean(h: Histogram): number {
  return h.n === 0 ? 0 : h.sum / h.n;
}
