// A chart line with far more points than pixels (a simulated year sampled
// every five minutes is 100,000 of them) costs the page seconds to draw and
// shows nothing more. Per pixel column it keeps the lowest and the highest
// point in time order, so every dip (an outage) and every spike stays
// visible, and a gap (NaN) stays a gap.
export type Point = readonly [number, number];

/** `points` sorted by time; `px` maps a time to its x pixel. Returns them unchanged when they are few. */
export function decimate(points: readonly Point[], px: (t: number) => number, widthPx: number): readonly Point[] {
  if (points.length <= 4 * Math.max(1, widthPx)) return points;
  const out: Point[] = [];
  let column = Number.NaN;
  let lo: Point | null = null;
  let hi: Point | null = null;
  let gap: Point | null = null;
  const flush = () => {
    const kept = [lo, hi, gap].filter((p, i, all): p is Point => p !== null && all.indexOf(p) === i);
    out.push(...kept.sort((a, b) => a[0] - b[0]));
    lo = hi = gap = null;
  };
  for (const p of points) {
    const c = Math.floor(px(p[0]));
    if (c !== column) {
      flush();
      column = c;
    }
    if (!Number.isFinite(p[1])) gap ??= p;
    else {
      if (!lo || p[1] < lo[1]) lo = p;
      if (!hi || p[1] > hi[1]) hi = p;
    }
  }
  flush();
  return out;
}
