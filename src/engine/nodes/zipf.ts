// Zipf keys: the key of rank r (1-based; key r − 1) is chosen with probability
// ∝ r^−s. The cumulative shares are computed once, when the scenario compiles,
// into a table; a draw is one uniform number and a binary search of that
// table, so it allocates nothing and costs O(log keys).
import { exp, ln } from '../kernel/index.ts';

/** Cumulative shares: `cdf[i]` is P(key ≤ i); the last entry is exactly 1. */
export type ZipfTable = Float64Array;

export function buildZipfTable(keys: number, s: number): ZipfTable {
  const cdf = new Float64Array(keys);
  let total = 0;
  for (let r = 1; r <= keys; r++) {
    total += exp(-s * ln(r));
    cdf[r - 1] = total;
  }
  for (let i = 0; i < keys; i++) cdf[i] /= total;
  // Rounding must never leave the top of the table below a uniform draw.
  cdf[keys - 1] = 1;
  return cdf;
}

/** The key for a uniform draw u in [0, 1): the first index whose cumulative share exceeds u. */
export function zipfKey(cdf: ZipfTable, u: number): number {
  let lo = 0, hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The share of draws that pick key `i` (for tests and theory beside the run). */
export function zipfShare(cdf: ZipfTable, i: number): number {
  return i === 0 ? cdf[0] : cdf[i] - cdf[i - 1];
}
