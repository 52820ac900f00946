// Requests in flight, drawn on one canvas in its own animation loop. It reads
// the shown time and the span buffer straight from the store's `live` view
// (no React, no change notices) and interpolates each message along its link.
// Short hops are stretched to a minimum on-screen flight so they can be seen
// at all; past a few thousand dots, links show flow density instead.
import type { ZoomTransform } from 'd3';
import { SPAN, SpanKind } from '../../engine/index.ts';
import { drawDensity, drawDots, drawLinks, drawNote, readPalette, type Dots } from './traffic-draw.ts';
import type { LiveView } from '../store/index.ts';
import { LINGER_WALL_MS, MIN_FLIGHT_WALL_MS } from '../run/index.ts';
/** Above this many dots, links show flow density instead of dots. */
export const MAX_DOTS = 3000;
/** Above this many dots, only some requests' messages are drawn (failures always are). */
export const READABLE_DOTS = 700;

export interface TrafficInput {
  /** x1, y1, x2, y2 of each link in the engine's (topology) order, scenario coordinates; NaN when not drawn. */
  links: Float64Array;
  /** x1, y1, x2, y2 of every link on the canvas (even when the scenario cannot run). */
  lines: Float64Array;
}

export interface TrafficLayer {
  update(input: TrafficInput): void;
  /** Re-reads colours after a theme change. */
  restyle(): void;
  destroy(): void;
}

interface Options {
  live(): LiveView;
  speed(): number;
  transform(): ZoomTransform;
}

export function createTrafficLayer(canvas: HTMLCanvasElement, options: Options): TrafficLayer {
  const ctx = canvas.getContext('2d');
  let links: Float64Array = new Float64Array(0);
  let lines: Float64Array = new Float64Array(0);
  let palette = readPalette(canvas);
  let frame = 0;
  let width = 0;
  let height = 0;
  let dpr = 1;
  // Scratch arrays reused every frame: screen positions and kinds of visible dots.
  const dots: Dots = { xs: new Float32Array(4096), ys: new Float32Array(4096), kinds: new Uint8Array(4096), requests: new Float64Array(4096), n: 0 };
  let perLink: Float64Array = new Float64Array(0);
  let perLinkBad: Float64Array = new Float64Array(0);
  let lastKey = '';
  let styleVersion = 0;

  const resize = new ResizeObserver(() => {
    dpr = window.devicePixelRatio || 1;
    width = canvas.clientWidth;
    height = canvas.clientHeight;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  });
  resize.observe(canvas);

  const draw = (): void => {
    frame = requestAnimationFrame(draw);
    if (!ctx || width === 0) return;
    const live = options.live();
    const t = live.displayMs;
    const speed = options.speed();
    const pace = Math.max(speed, 1e-3);
    const minFlightMs = MIN_FLIGHT_WALL_MS * pace;
    const lingerMs = LINGER_WALL_MS * pace;
    const { k, x: tx, y: ty } = options.transform();
    const spans = live.spans.packed;
    const count = live.spans.count;
    // Paused with nothing moved: the last frame still stands.
    const key = `${t}|${count}|${k}|${tx}|${ty}|${width}|${height}|${styleVersion}`;
    if (key === lastKey) return;
    lastKey = key;
    if (dots.xs.length < count) {
      dots.xs = new Float32Array(count * 2);
      dots.ys = new Float32Array(count * 2);
      dots.kinds = new Uint8Array(count * 2);
      dots.requests = new Float64Array(count * 2);
    }
    const { xs, ys, kinds, requests } = dots;
    if (perLink.length !== links.length / 4) {
      perLink = new Float64Array(links.length / 4);
      perLinkBad = new Float64Array(links.length / 4);
    }
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
      const x2 = links[link * 4 + 2];
      const y1 = links[link * 4 + 1];
      const y2 = links[link * 4 + 3];
      xs[n] = tx + k * (x1 + (x2 - x1) * progress);
      ys[n] = ty + k * (y1 + (y2 - y1) * progress);
      kinds[n] = kind;
      requests[n] = spans[b + SPAN.request];
      perLink[link]++;
      if (kind === SpanKind.error || kind === SpanKind.timeout || kind === SpanKind.dropped) perLinkBad[link]++;
      n++;
    }
    dots.n = n;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawLinks(ctx, lines, k, tx, ty, palette.link);
    if (n > MAX_DOTS) {
      drawDensity(ctx, links, perLink, perLinkBad, k, tx, ty, palette);
      drawNote(ctx, `${n.toLocaleString('en-US')} messages in flight: line width shows the flow`, width, palette.note);
    } else {
      const every = n > READABLE_DOTS ? Math.ceil(n / READABLE_DOTS) : 1;
      drawDots(ctx, dots, palette, every);
      if (every > 1) drawNote(ctx, `1 dot ≈ ${every} requests (failures all shown)`, width, palette.note);
    }
  };
  frame = requestAnimationFrame(draw);

  return {
    update(input) {
      links = input.links;
      lines = input.lines;
      styleVersion++;
    },
    restyle() {
      palette = readPalette(canvas);
      styleVersion++;
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
    },
  };
}
