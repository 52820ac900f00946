// Requests in flight, in their own animation loop. It reads the shown time
// and the span buffer straight from the store's `live` view (no React, no
// change notices) and places each message along its link. Short hops are
// stretched to a minimum on-screen flight so they can be seen at all; past a
// few thousand dots, links show flow density instead. The link lines, which
// move only with the view, sit on a canvas of their own under the dots,
// drawn when the view changes rather than every frame. The painting itself
// happens in a worker where the browser allows it (traffic-port.ts): the
// page only places the dots and sends them.
import type { ZoomTransform } from 'd3';
import { readPalette, type Dots } from './traffic-draw.ts';
import type { PaintMessage } from './traffic-paint.ts';
import { startPainter } from './traffic-port.ts';
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
  const painter = startPainter(canvas, linesCanvas, readPalette(canvas));
  let links: Float64Array = new Float64Array(0);
  let frame = 0;
  let width = 0;
  let height = 0;
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
    width = canvas.clientWidth;
    height = canvas.clientHeight;
    painter.send({ type: 'size', width, height, dpr: window.devicePixelRatio || 1 });
    // A resized canvas is blank: draw everything again.
    lastKey = lastViewKey = lastLinesKey = '';
  });
  resize.observe(canvas);

  /** The message that paints this frame's traffic (a worker gets its own copies of the numbers). */
  const frameMessage = (n: number, k: number, tx: number, ty: number): PaintMessage => {
    const copy = painter.offThread;
    if (n > MAX_DOTS) {
      const note = `${COUNT.format(n)} messages in flight: line width shows the flow`;
      return { type: 'density', perLink: copy ? perLink.slice() : perLink, perLinkBad: copy ? perLinkBad.slice() : perLinkBad, k, tx, ty, note };
    }
    const every = n > READABLE_DOTS ? Math.ceil(n / READABLE_DOTS) : 1;
    const note = every > 1 ? `1 dot ≈ ${every} requests (failures all shown)` : null;
    const shown = copy
      ? { xs: dots.xs.slice(0, n), ys: dots.ys.slice(0, n), kinds: dots.kinds.slice(0, n), requests: dots.requests.slice(0, n), n }
      : dots;
    return { type: 'dots', dots: shown, every, note };
  };

  const draw = (wallMs: number): void => {
    frame = requestAnimationFrame(draw);
    // The painter is still on the last frame: this one waits (nothing is marked drawn).
    if (width === 0 || !painter.ready()) return;
    const live = options.live();
    const t = live.displayMs;
    const pace = Math.max(options.speed(), 1e-3);
    const minFlightMs = MIN_FLIGHT_WALL_MS * pace;
    const lingerMs = LINGER_WALL_MS * pace;
    const { k, x: tx, y: ty } = options.transform();
    const count = live.spans.count;
    const viewKey = `${k}|${tx}|${ty}|${width}|${height}|${styleVersion}`;
    if (viewKey !== lastLinesKey) {
      lastLinesKey = viewKey;
      painter.send({ type: 'lines', k, tx, ty });
    }
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
    const n = placeDots(live.spans.packed, count, links, { t, minFlightMs, lingerMs, k, tx, ty }, dots, perLink, perLinkBad);
    densityShown = n > MAX_DOTS;
    if (densityShown) lastDensityWallMs = wallMs;
    painter.send(frameMessage(n, k, tx, ty));
  };
  frame = requestAnimationFrame(draw);

  return {
    update(input) {
      links = input.links;
      painter.send({ type: 'links', links: input.links, lines: input.lines });
      styleVersion++;
    },
    restyle() {
      painter.send({ type: 'palette', palette: readPalette(canvas) });
      styleVersion++;
    },
    destroy() {
      cancelAnimationFrame(frame);
      resize.disconnect();
      painter.destroy();
    },
  };
}
