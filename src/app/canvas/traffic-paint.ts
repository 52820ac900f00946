// What paints the traffic layer's two canvases, from messages: the same
// painter runs in the traffic worker (traffic.worker.ts, on OffscreenCanvases
// the page handed over) or, where a browser cannot do that, on the page.
// A canvas rasterises its drawing when its frame is produced: on the page
// that is the main thread, and with a thousand dots or 2,000 density bands a
// frame it was the main thread's largest cost. In the worker it costs the
// page nothing.
import { drawDensity, drawDots, drawLinks, drawNote, type Ctx2D, type Dots, type Palette } from './traffic-draw.ts';

export type PaintMessage =
  /** The canvases' size on screen, CSS px, and the device pixel ratio. */
  | { type: 'size'; width: number; height: number; dpr: number }
  | { type: 'palette'; palette: Palette }
  /** Link ends in the engine's order (for density) and every drawn link's line, scenario coordinates. */
  | { type: 'links'; links: Float64Array; lines: Float64Array }
  /** Draw the link lines for this view (screen = t + k × canvas). */
  | { type: 'lines'; k: number; tx: number; ty: number }
  /** A frame of dots, already placed on screen; with `every` > 1 only every n-th request's. */
  | { type: 'dots'; dots: Dots; every: number; note: string | null }
  /** A frame of flow density: messages per link (failing ones apart). */
  | { type: 'density'; perLink: Float64Array; perLinkBad: Float64Array; k: number; tx: number; ty: number; note: string };

/** A message that draws a frame of traffic (the worker answers each one when done). */
export function isFrame(m: PaintMessage): boolean {
  return m.type === 'dots' || m.type === 'density';
}

export class TrafficPainter {
  private width = 0;
  private height = 0;
  private dpr = 1;
  private links: Float64Array = new Float64Array(0);
  private lines: Float64Array = new Float64Array(0);

  constructor(
    private readonly ctx: Ctx2D | null,
    private readonly linesCtx: Ctx2D | null,
    private palette: Palette,
  ) {}

  handle(m: PaintMessage): void {
    switch (m.type) {
      case 'size':
        this.width = m.width;
        this.height = m.height;
        this.dpr = m.dpr;
        for (const c of [this.ctx, this.linesCtx]) {
          if (!c) continue;
          c.canvas.width = Math.round(m.width * m.dpr);
          c.canvas.height = Math.round(m.height * m.dpr);
        }
        return;
      case 'palette':
        this.palette = m.palette;
        return;
      case 'links':
        this.links = m.links;
        this.lines = m.lines;
        return;
      case 'lines':
        if (!this.linesCtx) return;
        this.clear(this.linesCtx);
        drawLinks(this.linesCtx, this.lines, m.k, m.tx, m.ty, this.palette.link);
        return;
      case 'dots':
        if (!this.ctx) return;
        this.clear(this.ctx);
        drawDots(this.ctx, m.dots, this.palette, m.every);
        if (m.note) drawNote(this.ctx, m.note, this.width, this.height, this.palette.note);
        return;
      case 'density':
        if (!this.ctx) return;
        this.clear(this.ctx);
        drawDensity(this.ctx, this.links, m.perLink, m.perLinkBad, m.k, m.tx, m.ty, this.palette);
        drawNote(this.ctx, m.note, this.width, this.height, this.palette.note);
        return;
    }
  }

  private clear(ctx: Ctx2D): void {
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
  }
}
