// Requests by the scrape interval they started in, over the last
// RECENT_WINDOW_MS: how many started, and of those how many have succeeded
// and how many have an outcome so far. A window of requests by their start
// counts the same requests on both sides, so "succeeded" never exceeds
// "offered" and the availability over it is of those very requests — unlike
// counts by finish time, where a backlog drained after an outage shows more
// successes than arrivals.
import { RECENT_WINDOW_MS } from '../frames.ts';
import type { World } from '../state.ts';

export interface RecentRing {
  /** The interval (floor(start / scrape)) each slot counts, -1 when unused. */
  interval: Float64Array;
  started: Float64Array;
  succeeded: Float64Array;
  finished: Float64Array;
  /** The last interval looked up and its slot: most requests start (and end) in it, so no division for them. */
  lastK: number;
  lastSlot: number;
  lastFromUs: number;
  lastToUs: number;
}

/** Slots: the window in whole scrape intervals (at least one). */
export function createRecent(scrapeUs: number): RecentRing {
  const n = Math.max(1, Math.round((RECENT_WINDOW_MS * 1000) / scrapeUs));
  return {
    interval: new Float64Array(n).fill(-1), started: new Float64Array(n), succeeded: new Float64Array(n), finished: new Float64Array(n),
    lastK: -1, lastSlot: 0, lastFromUs: 0, lastToUs: 0,
  };
}

function slotOf(w: World, startUs: number): number {
  const r = w.recent;
  if (startUs >= r.lastFromUs && startUs < r.lastToUs && r.interval[r.lastSlot] === r.lastK) return r.lastSlot;
  const scrapeUs = w.cfg.scrapeUs;
  const k = Math.floor(startUs / scrapeUs);
  const slot = k % r.interval.length;
  if (r.interval[slot] !== k) {
    // A request older than the window finishing now is outside it.
    if (r.interval[slot] > k) return -1;
    r.interval[slot] = k;
    r.started[slot] = r.succeeded[slot] = r.finished[slot] = 0;
  }
  r.lastK = k; r.lastSlot = slot; r.lastFromUs = k * scrapeUs; r.lastToUs = (k + 1) * scrapeUs;
  return slot;
}

// Only rows read the window (scrape.ts): a run without rows skips its counting.
export function recentStarted(w: World, startUs: number): void {
  if (!w.recordRows) return;
  const slot = slotOf(w, startUs);
  if (slot >= 0) w.recent.started[slot]++;
}

export function recentFinished(w: World, startUs: number, ok: boolean): void {
  if (!w.recordRows) return;
  const slot = slotOf(w, startUs);
  if (slot < 0) return;
  w.recent.finished[slot]++;
  if (ok) w.recent.succeeded[slot]++;
}

/** Sums over the intervals that ended by now, the last `slots` of them; and the window's length, ms. */
export function recentWindow(w: World): { started: number; succeeded: number; finished: number; windowMs: number } {
  const r = w.recent;
  const n = r.interval.length;
  const last = Math.floor(w.nowUs / w.cfg.scrapeUs) - 1;
  let started = 0, succeeded = 0, finished = 0;
  for (let s = 0; s < n; s++) {
    const k = r.interval[s];
    if (k < 0 || k > last || k <= last - n) continue;
    started += r.started[s];
    succeeded += r.succeeded[s];
    finished += r.finished[s];
  }
  return { started, succeeded, finished, windowMs: (n * w.cfg.scrapeUs) / 1000 };
}
