// Metric rows thinned for the charts of a long run. A simulated year holds
// 100,000 rows; mapping all of them into every series on each update kept
// the page busy for seconds. Per time bucket (a 2000th of the run, finer than
// any chart's pixels) this keeps the first row and the rows that hold the
// extremes the charts must show — the lowest availability and throughput, the
// highest latency, offered load and attempts — so no outage or spike is lost.
// It is incremental: rows only ever grow at the end during a run, so each
// update looks only at the new ones. Runs with few rows are left alone.
import { ROW } from '../../engine/index.ts';

const BUCKETS = 2000;
/** Below this many rows, charts get every row, as they always did. */
const THIN_FROM_ROWS = 4 * BUCKETS;

const LOW = [ROW.availability, ROW.throughputPerSec] as const;
const HIGH = [ROW.latencyP99Ms, ROW.latencyP50Ms, ROW.throughputPerSec, ROW.offeredPerSec, ROW.attemptsPerSec] as const;

export interface RowThinner {
  thin(rows: readonly Float64Array[], endMs: number): readonly Float64Array[];
}

export function createRowThinner(): RowThinner {
  let source: readonly Float64Array[] = [];
  let seen = 0;
  let endKey = Number.NaN;
  let out: Float64Array[] = [];
  let bucket = -1;
  let kept: Float64Array[] = [];

  const flush = () => {
    out.push(...[...new Set(kept)].sort((a, b) => a[ROW.tMs] - b[ROW.tMs]));
    kept = [];
  };
  const restart = (endMs: number) => {
    seen = 0;
    endKey = endMs;
    out = [];
    bucket = -1;
    kept = [];
  };
  // The extremes of the current bucket, by column.
  const lowAt: Float64Array[] = [];
  const highAt: Float64Array[] = [];

  return {
    thin(rows, endMs) {
      if (rows.length < THIN_FROM_ROWS) return rows;
      // A reset, a seek back or another scenario: the rows are not a longer version of the last ones.
      const samePrefix = endMs === endKey && seen <= rows.length && seen > 0 && rows[seen - 1] === source[seen - 1];
      if (!samePrefix) restart(endMs);
      const widthMs = Math.max(1e-9, endMs / BUCKETS);
      for (let i = seen; i < rows.length; i++) {
        const row = rows[i];
        const b = Math.floor(row[ROW.tMs] / widthMs);
        if (b !== bucket) {
          if (bucket >= 0) {
            kept.push(...lowAt, ...highAt);
            flush();
          }
          bucket = b;
          kept.push(row);
          LOW.forEach((_, k) => (lowAt[k] = row));
          HIGH.forEach((_, k) => (highAt[k] = row));
          continue;
        }
        LOW.forEach((col, k) => {
          if (row[col] < lowAt[k][col]) lowAt[k] = row;
        });
        HIGH.forEach((col, k) => {
          if (row[col] > highAt[k][col]) highAt[k] = row;
        });
      }
      source = rows;
      seen = rows.length;
      // The bucket still filling is shown as it stands.
      const open = [...new Set([...kept, ...lowAt, ...highAt])].sort((a, b) => a[ROW.tMs] - b[ROW.tMs]);
      return [...out, ...open];
    },
  };
}
