// Requests in flight, drawn on one canvas in its own animation loop. It reads
// the shown time and the span buffer straight from the store's `live` view
// (no React, no change notices) and interpolates each message along its link.
// Short hops are stretched to a minimum on-screen flight so they can be seen
// at all; past a few thousand dots, links show flow density instead. The link
// lines, which move only with the view, sit on a canvas of their own under
// it, drawn when the view changes rather than every frame: on a software
// canvas, 2,000 lines a frame cost the main thread more than anything else.
import type { ZoomTransform } from 'd3';
import { drawDensity, drawDots, drawLinks, drawNote, readPalette, type Dots } from './traffic-draw.ts';
import type { LiveView } from '../store/index.ts';
import { placeDots } from './traffic-place.ts';
import { LINGER_WALL_MS, MIN_FLIGHT_WALL_MS } from '../run/index.ts';
/** Above this many dots, links show flow density instead of dots. */
export const MAX_DOTS = 3000;
/** Above this many dots, only some requests' messages are drawn (failures always are). */
export const READABLE_DOTS = 700;
/**
 * Flow density is redrawn at most this often while only the traffic moves
 * (at once when the view moves): bands widen and narrow smoothly at ten
 * steps a second, and each redraw strokes every busy link.
 */
const DENSITY_REDRAW_WALL_MS = 100;
/** One formatter for the note's count (toLocaleString builds a new one on every call). */
const COUNT = new Intl.NumberFormat('en-US');

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

export function createTrafficLayer(canvas: HTMLCanvasElement, linesCanvas: HTMLCanvasElement, options: Options): TrafficLayer {
  const ctx = canvas.getContext('2d');
  const linesCtx = linesCanvas.getContext('2d');
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
  let lastViewKey = '';
  let lastLinesKey = '';
  let lastDensityWallMs = Number.NEGATIVE_INFINITY;
  /** The last frame drawn showed flow density (its redraws are spaced out). */
  let densityShown = false;
  let styleVersion = 0;

  const resize = new ResizeObserver(() => {
    dpr = window.devicePixelRatio || 1;
    width = canvas.clientWidth;
    height = canvas.clientHeight;
    for (const c of [canvas, linesCanvas]) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    // A resized canvas is blank: draw everything again.
    lastKey = lastViewKey = lastLinesKey = '';
  });
  resize.observe(canvas);

  /** The link lines, on their own canvas: only when the view (or the links, or the theme) changed. */
  const drawLines = (key: string, k: number, tx: number, ty: number): void => {
    if (!linesCtx || key === lastLinesKey) return;
    lastLinesKey = key;
    linesCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    linesCtx.clearRect(0, 0, width, height);
    drawLinks(linesCtx, lines, k, tx, ty, palette.link);
  };

  const draw = (wallMs: number): void => {
    frame = requestAnimationFrame(draw);
    if (!ctx || width === 0) return;
    const live = options.live();
    const t = live.displayMs;
    const pace = Math.max(options.speed(), 1e-3);
    const minFlightMs = MIN_FLIGHT_WALL_MS * pace;
    const lingerMs = LINGER_WALL_MS * pace;
    const { k, x: tx, y: ty } = options.transform();
    const spans = live.spans.packed;
    const count = live.spans.count;
    const viewKey = `${k}|${tx}|${ty}|${width}|${height}|${styleVersion}`;
    drawLines(viewKey, k, tx, ty);
    // Paused with nothing moved: the last frame still stands.
    const key = `${t}|${count}|${viewKey}`;
    if (key === lastKey) return;
    const viewMoved = viewKey !== lastViewKey;
    if (densityShown && !viewMoved && wallMs - lastDensityWallMs < DENSITY_REDRAW_WALL_MS) return;
    lastKey = key;
    lastViewKey = viewKey;
    if (perLink.length !== links.length / 4) {
      perLink = new Float64Array(links.length / 4);
      perLinkBad = new Float64Array(links.length / 4);
    }
    const n = placeDots(spans, count, links, { t, minFlightMs, lingerMs, k, tx, ty }, dots, perLink, perLinkBad);
    densityShown = n > MAX_DOTS;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (n > MAX_DOTS) {
      lastDensityWallMs = wallMs;
      drawDensity(ctx, links, perLink, perLinkBad, k, tx, ty, palette);
      drawNote(ctx, `${COUNT.format(n)} messages in flight: line width shows the flow`, width, palette.note);
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
