// Numbers derived from metric rows (frames.ts ROW), for readouts and charts.
// They depend only on the rows up to the shown time (and, at the very end,
// the report), so seeking back shows the earlier numbers and a reload of the
// same link the same ones.
import { NODE_ROW, ROW } from '../../engine/index.ts';
import type { Report } from '../../scenario/index.ts';

/** The newest row, or null before the first. */
function last(rows: readonly Float64Array[]): Float64Array | null {
  return rows.length ? rows[rows.length - 1] : null;
}

/**
 * Availability of the whole run so far: of the requests started up to the
 * newest row, those with an outcome, the share that succeeded. Null before
 * any request finished.
 */
export function runAvailability(rows: readonly Float64Array[]): number | null {
  const row = last(rows);
  if (!row || row[ROW.finishedTotal] === 0) return null;
  return row[ROW.succeededTotal] / row[ROW.finishedTotal];
}

/**
 * Availability of the requests started in the last window (about 10 s) before
 * the newest row that have an outcome. By start time, so it is the share of
 * those very requests: never above 100 %, and succeeded never above offered.
 */
export function windowAvailability(rows: readonly Float64Array[]): number | null {
  const row = last(rows);
  if (!row || row[ROW.recentFinished] === 0) return null;
  return row[ROW.recentSucceeded] / row[ROW.recentFinished];
}

/** Availability in nines: 0.999 is 3. Null for a perfect record (infinitely many). */
export function ninesOf(availability: number): number | null {
  if (availability >= 1) return null;
  return -Math.log10(1 - Math.max(0, availability));
}

/** A system column of the newest row, or null before the first row. */
export function latest(rows: readonly Float64Array[], column: number): number | null {
  const row = last(rows);
  return row ? row[column] : null;
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

/** Everything the readouts show, at one moment. */
export interface Headline {
  /** Whole run so far (the report's figure once the run is over); null before any outcome. */
  wholeRun: number | null;
  /** Requests started so far, and of them succeeded (the report's counts at the end). */
  requests: number;
  succeeded: number;
  /** The last window, by start time: availability, its length, rates and the failed share. */
  recent: number | null;
  recentWindowMs: number;
  offeredPerSec: number | null;
  succeededPerSec: number | null;
  failedShare: number | null;
  /** Latency of the successful requests of the newest interval (null when none succeeded). */
  p50Ms: number | null;
  p99Ms: number | null;
  /** SLO error budget spent over the whole run so far. */
  budgetSpent: number | null;
  /** Acknowledged writes lost for good, and those split brain will discard (at risk). */
  writesLost: number | null;
  writesAtRisk: number | null;
  noPrimaryMs: number | null;
  staleReads: number | null;
}

/**
 * The readouts at the newest row; `report` (the run's end) makes the whole-run
 * figures exactly the CLI's: it also counts the requests that finished in
 * the drain after the scenario's end.
 */
export function headline(rows: readonly Float64Array[], report: Report | null): Headline {
  const row = last(rows);
  // Early in a run the window is as long as the run so far.
  const windowMs = row ? Math.min(row[ROW.recentWindowMs], row[ROW.tMs]) : 0;
  const perSec = (n: number) => (windowMs > 0 ? n / (windowMs / 1000) : null);
  const recentFinished = row ? row[ROW.recentFinished] : 0;
  const succeededInterval = row ? row[ROW.throughputPerSec] : 0;
  const atRisk = row ? row[ROW.writesAtRisk] : null;
  const lostAll = report ? report.data.writesLost : row ? row[ROW.writesLost] : null;
  return {
    wholeRun: report ? report.availability : runAvailability(rows),
    requests: report ? report.requests.total : row ? row[ROW.requestsTotal] : 0,
    succeeded: report ? report.requests.succeeded : row ? row[ROW.succeededTotal] : 0,
    recent: windowAvailability(rows),
    recentWindowMs: windowMs,
    offeredPerSec: row ? perSec(row[ROW.recentStarted]) : null,
    succeededPerSec: row ? perSec(row[ROW.recentSucceeded]) : null,
    failedShare: row && recentFinished > 0 ? 1 - row[ROW.recentSucceeded] / recentFinished : null,
    p50Ms: row && succeededInterval > 0 ? row[ROW.latencyP50Ms] : null,
    p99Ms: row && succeededInterval > 0 ? row[ROW.latencyP99Ms] : null,
    budgetSpent: report ? report.slo.errorBudgetSpent : row ? row[ROW.budgetSpent] : null,
    writesLost: lostAll === null ? null : lostAll - (atRisk ?? 0),
    writesAtRisk: atRisk,
    noPrimaryMs: report ? report.data.noPrimaryMs : row ? row[ROW.noPrimaryMs] : null,
    staleReads: report ? report.data.staleReads : row ? row[ROW.staleReads] : null,
  };
}

/** The rows with tMs ≤ ms (rows are in time order). */
export function rowsUntil(rows: readonly Float64Array[], ms: number): readonly Float64Array[] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid][ROW.tMs] <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === rows.length ? rows : rows.slice(0, lo);
}

/**
 * A kept run's readouts at the shown moment, for "was 99.08 %": its rows up
 * to that time (or up to where it got), and its report once the moment is
 * its end.
 */
export function headlineAt(
  run: { rows: readonly Float64Array[]; report: Report | null; reachedMs: number }, ms: number, endMs: number,
): Headline | null {
  if (run.rows.length === 0) return null;
  const atEnd = run.report !== null && ms >= endMs;
  return headline(rowsUntil(run.rows, Math.min(ms, run.reachedMs)), atEnd ? run.report : null);
}
