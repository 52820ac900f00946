// The Throughput chart's two main lines from metric rows. "Offered" counts the
// requests that started in an interval, "succeeded" those that finished OK in
// it: by finish time, so requests that start late in one second and finish
// early in the next make a second's successes exceed its arrivals by a few,
// and after an outage a drained backlog can finish many more than arrive. On
// screen that reads "more succeeded than were offered", never true of the
// same requests; so the line is drawn at most at offered, and where a backlog
// (not the jitter of a second's edges) was cut, the chart says so. The
// readouts' whole-run counts stay exact.
import { ROW } from '../../engine/index.ts';

type Pair = readonly [number, number];

export interface ThroughputLines {
  offered: Pair[];
  succeeded: Pair[];
  /** Intervals where more finished OK than started (the line drawn at offered there). */
  capped: number;
  /** Of those, the intervals where the excess is a backlog draining, not a second's edges. */
  drained: number;
}

/** More than this over offered is a backlog, not requests straddling a second's edge (measured: ≤ 6 % in the examples without one). */
const BACKLOG_SHARE = 0.15;
const BACKLOG_MIN_PER_SEC = 2;

export function throughputLines(rows: readonly Float64Array[]): ThroughputLines {
  const offered: Pair[] = [];
  const succeeded: Pair[] = [];
  let capped = 0;
  let drained = 0;
  for (const r of rows) {
    const t = r[ROW.tMs];
    const o = r[ROW.offeredPerSec];
    const s = r[ROW.throughputPerSec];
    if (s > o) capped++;
    if (s - o > Math.max(BACKLOG_MIN_PER_SEC, o * BACKLOG_SHARE)) drained++;
    offered.push([t, o]);
    succeeded.push([t, Math.min(s, o)]);
  }
  return { offered, succeeded, capped, drained };
}

/** What the chart's keys say (short) and its accessible name (whole) when a backlog's burst was cut; null when none was. */
export function cappedNote(lines: ThroughputLines): { text: string; full: string } | null {
  return lines.drained > 0 ? { text: 'backlog capped at offered', full: 'succeeded capped at offered where a backlog drained' } : null;
}

/** How the succeeded line is counted, for its key's tooltip and the chart's accessible name. */
export const SUCCEEDED_HOW = 'succeeded: requests that finished OK in each interval, drawn at most at the requests offered in it';
