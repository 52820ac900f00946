// Where each request in flight is on screen at the shown time: packed spans
// (frames.ts SPAN) interpolated along their links, with short hops stretched
// to a minimum flight and failures lingering, into reused scratch arrays.
import { SPAN, SpanKind } from '../../engine/index.ts';
import type { Dots } from './traffic-draw.ts';

export interface PlaceView {
  /** The shown simulated time, ms. */
  t: number;
  /** A hop is drawn over at least this much simulated time, ms. */
  minFlightMs: number;
  /** Timeouts and losses stay this long, simulated ms. */
  lingerMs: number;
  /** The zoom transform: screen = t + k × canvas. */
  k: number;
  tx: number;
  ty: number;
}

/**
 * Fills `dots` with the visible messages (growing its arrays when needed),
 * and `perLink` / `perLinkBad` with how many are on each link (failing ones
 * apart). Returns how many dots there are.
 */
export function placeDots(
  spans: Float64Array, count: number, links: Float64Array, view: PlaceView,
  dots: Dots, perLink: Float64Array, perLinkBad: Float64Array,
): number {
  if (dots.xs.length < count) {
    dots.xs = new Float32Array(count * 2);
    dots.ys = new Float32Array(count * 2);
    dots.kinds = new Uint8Array(count * 2);
    dots.requests = new Float64Array(count * 2);
  }
  const { xs, ys, kinds, requests } = dots;
  const { t, minFlightMs, lingerMs, k, tx, ty } = view;
  perLink.fill(0);
  perLinkBad.fill(0);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const b = i * SPAN.size;
    const link = spans[b + SPAN.link];
    const x1 = links[link * 4];
    if (Number.isNaN(x1) || x1 === undefined) continue;
    const kind = spans[b + SPAN.kind];
    const sent = spans[b + SPAN.sentMs];
    const arrives = spans[b + SPAN.arrivesMs];
    const back = spans[b + SPAN.direction] === 1;
    let progress: number;
    if (kind === SpanKind.timeout) {
      if (t < sent || t > sent + lingerMs) continue;
      // Next to the caller that gave up.
      progress = back ? 0.92 : 0.08;
    } else if (kind === SpanKind.dropped) {
      // Lost halfway: it moves to the middle, then a cross stays there a moment.
      if (t < sent || t > arrives + lingerMs) continue;
      const p = arrives > sent ? Math.min(1, (t - sent) / (arrives - sent)) * 0.5 : 0.5;
      progress = back ? 1 - p : p;
    } else {
      const flight = Math.max(arrives - sent, minFlightMs);
      if (t < sent || t > sent + flight) continue;
      const p = (t - sent) / flight;
      progress = back ? 1 - p : p;
    }
    xs[n] = tx + k * (x1 + (links[link * 4 + 2] - x1) * progress);
    ys[n] = ty + k * (links[link * 4 + 1] + (links[link * 4 + 3] - links[link * 4 + 1]) * progress);
    kinds[n] = kind;
    requests[n] = spans[b + SPAN.request];
    perLink[link]++;
    if (kind === SpanKind.error || kind === SpanKind.timeout || kind === SpanKind.dropped) perLinkBad[link]++;
    n++;
  }
  dots.n = n;
  return n;
}
