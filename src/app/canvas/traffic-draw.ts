// Drawing for the traffic layer: link lines under the dots, the dots by
// outcome (one path per kind, so a few fills per frame however many dots),
// and flow-density bands when there are too many dots to read.
import { SpanKind } from '../../engine/index.ts';

/** A 2D context on the page or in the traffic worker (traffic-paint.ts). */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export type Palette = Record<
  'request' | 'retry' | 'success' | 'error' | 'timeout' | 'dropped' | 'probe' | 'replication' | 'link' | 'note',
  string
>;

export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const v = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    request: v('--outcome-request'), retry: v('--outcome-retry'), success: v('--outcome-success'),
    error: v('--outcome-error'), timeout: v('--outcome-timeout'), dropped: v('--ink-muted'),
    probe: v('--ink-muted'), replication: v('--outcome-replication'), link: v('--link'), note: v('--ink-2'),
  };
}

export interface Dots {
  xs: Float32Array;
  ys: Float32Array;
  kinds: Uint8Array;
  /** The user request each dot belongs to (for sampling whole requests). */
  requests: Float64Array;
  n: number;
}

const DOT_RADIUS_PX = 4.5;

/** Kinds that are thinned when there are many dots; failures always show. */
function sampled(kind: number): boolean {
  return kind === SpanKind.request || kind === SpanKind.success || kind === SpanKind.replication;
}

/** Link lines, under the dots. Links in a special state are drawn again, styled, in SVG above. */
export function drawLinks(
  ctx: Ctx2D, links: Float64Array, k: number, tx: number, ty: number, colour: string,
): void {
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.6 * k;
  ctx.beginPath();
  for (let i = 0; i + 3 < links.length; i += 4) {
    if (Number.isNaN(links[i])) continue;
    ctx.moveTo(tx + k * links[i], ty + k * links[i + 1]);
    ctx.lineTo(tx + k * links[i + 2], ty + k * links[i + 3]);
  }
  ctx.stroke();
}

/** Dots by outcome. With `every` > 1, only every n-th request's messages show (failures always). */
export function drawDots(ctx: Ctx2D, dots: Dots, palette: Palette, every: number): void {
  const { xs, ys, kinds, requests, n } = dots;
  const r = DOT_RADIUS_PX;
  // One path per kind: a few fills per frame however many dots there are.
  const pass = (kind: number, colour: string, shape: 'circle' | 'square' | 'diamond' | 'ring' | 'cross' | 'small', radius = r) => {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== kind) continue;
      if (every > 1 && sampled(kind) && Math.abs(requests[i]) % every !== 0) continue;
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

export function drawDensity(
  ctx: Ctx2D, links: Float64Array, perLink: Float64Array, perLinkBad: Float64Array,
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

/**
 * A short note at the bottom right ("1 dot ≈ 3 requests"), in the room the fit
 * keeps under the system: at the top right a label set over a top node (large
 * in presenter mode) ran into it.
 */
export function drawNote(ctx: Ctx2D, text: string, width: number, height: number, colour: string): void {
  ctx.globalAlpha = 1;
  ctx.font = '600 13px system-ui, sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = colour;
  ctx.fillText(text, width - 14, height - 14);
}
