// Requests in flight, drawn on one canvas in its own animation loop. It reads
// the shown time and the span buffer straight from the store's `live` view
// (no React, no change notices) and interpolates each message along its link.
// Short hops are stretched to a minimum on-screen flight so they can be seen
// at all; past a few thousand dots, links show flow density instead.
import type { ZoomTransform } from 'd3';
import { SPAN, SpanKind } from '../../engine/frames.ts';
import type { LiveView } from '../run/span-buffer.ts';
import { LINGER_WALL_MS, MIN_FLIGHT_WALL_MS } from '../run/pacing.ts';
/** Above this many dots, links show flow density instead of dots. */
export const MAX_DOTS = 3000;
const DOT_RADIUS_PX = 4.5;

export interface TrafficInput {
  /** x1, y1, x2, y2 of each link in topology order (scenario coordinates); NaN when not drawn. */
  links: Float64Array;
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

type Palette = Record<'request' | 'retry' | 'success' | 'error' | 'timeout' | 'dropped' | 'probe' | 'replication', string>;

function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const v = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    request: v('--outcome-request'), retry: v('--outcome-retry'), success: v('--outcome-success'),
    error: v('--outcome-error'), timeout: v('--outcome-timeout'), dropped: v('--ink-muted'),
    probe: v('--ink-muted'), replication: v('--outcome-replication'),
  };
}

export function createTrafficLayer(canvas: HTMLCanvasElement, options: Options): TrafficLayer {
  const ctx = canvas.getContext('2d');
  let links: Float64Array = new Float64Array(0);
  let palette = readPalette(canvas);
  let frame = 0;
  let width = 0;
  let height = 0;
  let dpr = 1;
  // Scratch arrays reused every frame: screen positions and kinds of visible dots.
  let xs = new Float32Array(4096);
  let ys = new Float32Array(4096);
  let kinds = new Uint8Array(4096);
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
    const pace = Math.max(Number.isFinite(speed) ? speed : live.effectiveSpeed, 1e-3);
    const minFlightMs = MIN_FLIGHT_WALL_MS * pace;
    const lingerMs = LINGER_WALL_MS * pace;
    const { k, x: tx, y: ty } = options.transform();
    const spans = live.spans.packed;
    const count = live.spans.count;
    // Paused with nothing moved: the last frame still stands.
    const key = `${t}|${count}|${k}|${tx}|${ty}|${width}|${height}|${styleVersion}`;
    if (key === lastKey) return;
    lastKey = key;
    if (xs.length < count) {
      xs = new Float32Array(count * 2);
      ys = new Float32Array(count * 2);
      kinds = new Uint8Array(count * 2);
    }
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
      perLink[link]++;
      if (kind === SpanKind.error || kind === SpanKind.timeout || kind === SpanKind.dropped) perLinkBad[link]++;
      n++;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (n > MAX_DOTS) drawDensity(ctx, links, perLink, perLinkBad, k, tx, ty, palette);
    else drawDots(ctx, xs, ys, kinds, n, palette);
  };
  frame = requestAnimationFrame(draw);

  return {
    update(input) {
      links = input.links;
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

function drawDots(ctx: CanvasRenderingContext2D, xs: Float32Array, ys: Float32Array, kinds: Uint8Array, n: number, palette: Palette): void {
  const r = DOT_RADIUS_PX;
  // One path per kind: a few fills per frame however many dots there are.
  const pass = (kind: number, colour: string, shape: 'circle' | 'square' | 'diamond' | 'ring' | 'cross' | 'small', radius = r) => {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== kind) continue;
      any = true;
      const x = xs[i];
      const y = ys[i];
      if (shape === 'circle' || shape === 'ring' || shape === 'small') {
        ctx.moveTo(x + radius, y);
        ctx.arc(x, y, radius, 0, Math.PI * 2);
      } else if (shape === 'square') ctx.rect(x - radius, y - radius, radius * 2, radius * 2);
      else if (shape === 'diamond') {
        ctx.moveTo(x, y - radius * 1.3);
        ctx.lineTo(x + radius * 1.3, y);
        ctx.lineTo(x, y + radius * 1.3);
        ctx.lineTo(x - radius * 1.3, y);
        ctx.closePath();
      } else {
        ctx.moveTo(x - radius, y - radius);
        ctx.lineTo(x + radius, y + radius);
        ctx.moveTo(x + radius, y - radius);
        ctx.lineTo(x - radius, y + radius);
      }
    }
    if (!any) return;
    if (shape === 'ring' || shape === 'cross') {
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2.25;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  };
  ctx.globalAlpha = 0.55;
  pass(SpanKind.probe, palette.probe, 'small', 2.5);
  ctx.globalAlpha = 1;
  pass(SpanKind.replication, palette.replication, 'small', 3);
  pass(SpanKind.request, palette.request, 'circle');
  pass(SpanKind.retry, palette.retry, 'diamond');
  pass(SpanKind.success, palette.success, 'circle');
  pass(SpanKind.error, palette.error, 'square');
  pass(SpanKind.timeout, palette.timeout, 'ring', r + 1);
  pass(SpanKind.dropped, palette.dropped, 'cross');
}

function drawDensity(
  ctx: CanvasRenderingContext2D, links: Float64Array, perLink: Float64Array, perLinkBad: Float64Array,
  k: number, tx: number, ty: number, palette: Palette,
): void {
  // A band along each busy link, wider and stronger with more messages in
  // flight (log scale: 10 and 1,000 must both read), never hiding the nodes.
  ctx.lineCap = 'round';
  let most = 1;
  for (let i = 0; i < perLink.length; i++) most = Math.max(most, perLink[i]);
  for (let i = 0; i < perLink.length; i++) {
    const c = perLink[i];
    if (c === 0) continue;
    const x1 = tx + k * links[i * 4];
    const y1 = ty + k * links[i * 4 + 1];
    const x2 = tx + k * links[i * 4 + 2];
    const y2 = ty + k * links[i * 4 + 3];
    const share = Math.log2(1 + c) / Math.log2(1 + most);
    ctx.globalAlpha = 0.15 + 0.45 * share;
    // Mostly failing traffic shows in the error colour (and the legend's words say so).
    ctx.strokeStyle = perLinkBad[i] > c / 2 ? palette.error : palette.request;
    ctx.lineWidth = 1.5 + 4.5 * share;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
