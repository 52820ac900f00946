// Numbers derived from metric rows (frames.ts ROW), for readouts and charts.
// They depend only on the rows up to the shown time, so seeking back shows
// the earlier numbers and a reload of the same link the same ones.
import { NODE_ROW, ROW } from '../../engine/index.ts';

/** The time window of the live availability readout, ms. */
export const AVAILABILITY_WINDOW_MS = 10_000;

/**
 * Requests that finished in a row's interval, per second. A row gives the
 * success rate and the successes; with no success the finished count is
 * taken as the requests started (a crash: everything then times out).
 */
function finishedPerSec(row: Float64Array): number {
  const availability = row[ROW.availability];
  return availability > 0 ? row[ROW.throughputPerSec] / availability : row[ROW.offeredPerSec];
}

/** Success rate over rows with tMs in (fromMs, ∞), weighted by finished requests; null before any finished. */
export function availabilitySince(rows: readonly Float64Array[], fromMs: number): number | null {
  let finished = 0;
  let succeeded = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row[ROW.tMs] <= fromMs) break;
    const f = finishedPerSec(row);
    finished += f;
    succeeded += f * row[ROW.availability];
  }
  return finished > 0 ? succeeded / finished : null;
}

/** Availability over the last window before the newest row. */
export function windowAvailability(rows: readonly Float64Array[], windowMs = AVAILABILITY_WINDOW_MS): number | null {
  const last = rows[rows.length - 1];
  return last ? availabilitySince(rows, last[ROW.tMs] - windowMs) : null;
}

/** Availability over the whole run so far. */
export function runAvailability(rows: readonly Float64Array[]): number | null {
  return availabilitySince(rows, Number.NEGATIVE_INFINITY);
}

/** Availability in nines: 0.999 is 3. Null for a perfect record (infinitely many). */
export function ninesOf(availability: number): number | null {
  if (availability >= 1) return null;
  return -Math.log10(1 - Math.max(0, availability));
}

/** A system column of the newest row, or null before the first row. */
export function latest(rows: readonly Float64Array[], column: number): number | null {
  const last = rows[rows.length - 1];
  return last ? last[column] : null;
}

/** A node column (NODE_ROW) of a row. */
export function nodeValue(row: Float64Array, nodeIndex: number, column: number): number {
  return row[ROW.size + nodeIndex * NODE_ROW.size + column];
}

/** Splits a packed block of rows into one array per row (views, no copy). */
export function splitRows(packed: Float64Array, rowWidth: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let o = 0; o + rowWidth <= packed.length; o += rowWidth) out.push(packed.subarray(o, o + rowWidth));
  return out;
}
