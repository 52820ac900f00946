// The traffic painter (run in the traffic worker, or on the page) answers
// messages: a size sets both canvases' pixels by the device pixel ratio, a
// frame clears the last one before drawing, the link lines go to their own
// canvas, and only frames count as frames (the worker acknowledges those).
import { describe, expect, it } from 'vitest';
import { SpanKind } from '../../src/engine/index.ts';
import type { Ctx2D, Palette } from '../../src/app/canvas/traffic-draw.ts';
import { isFrame, TrafficPainter } from '../../src/app/canvas/traffic-paint.ts';

const palette = { request: 'blue', retry: 'pink', success: 'green', error: 'red', timeout: 'orange', dropped: 'grey', probe: 'grey', replication: 'violet', link: 'silver', note: 'black' } satisfies Palette;

/** A 2D context that records the calls that matter here. */
function fakeContext(): { ctx: Ctx2D; calls: string[]; canvas: { width: number; height: number } } {
  const calls: string[] = [];
  const canvas = { width: 0, height: 0 };
  const record = (name: string) => () => calls.push(name);
  const ctx = {
    canvas, setTransform: record('setTransform'), clearRect: record('clearRect'), beginPath: () => undefined,
    moveTo: () => undefined, lineTo: () => undefined, arc: () => undefined, rect: () => undefined, closePath: () => undefined,
    fill: record('fill'), stroke: record('stroke'), fillText: record('fillText'),
  };
  return { ctx: ctx as unknown as Ctx2D, calls, canvas };
}

describe('TrafficPainter', () => {
  it('sizes both canvases in device pixels', () => {
    const a = fakeContext();
    const b = fakeContext();
    new TrafficPainter(a.ctx, b.ctx, palette).handle({ type: 'size', width: 400, height: 300, dpr: 1.5 });
    expect([a.canvas.width, a.canvas.height, b.canvas.width, b.canvas.height]).toEqual([600, 450, 600, 450]);
  });

  it('clears before each frame of dots and draws the lines on the lines canvas only', () => {
    const dotsCtx = fakeContext();
    const linesCtx = fakeContext();
    const painter = new TrafficPainter(dotsCtx.ctx, linesCtx.ctx, palette);
    painter.handle({ type: 'links', links: new Float64Array([0, 0, 10, 10]), lines: new Float64Array([0, 0, 10, 10]) });
    painter.handle({ type: 'lines', k: 1, tx: 0, ty: 0 });
    expect(linesCtx.calls).toEqual(['setTransform', 'clearRect', 'stroke']);
    expect(dotsCtx.calls).toEqual([]);
    const dots = { xs: new Float32Array([5]), ys: new Float32Array([5]), kinds: new Uint8Array([SpanKind.request]), requests: new Float64Array([1]), n: 1 };
    painter.handle({ type: 'dots', dots, every: 1, note: null });
    expect(dotsCtx.calls).toEqual(['setTransform', 'clearRect', 'fill']);
  });

  it('draws density bands and their note', () => {
    const c = fakeContext();
    const painter = new TrafficPainter(c.ctx, null, palette);
    painter.handle({ type: 'links', links: new Float64Array([0, 0, 10, 10, 0, 10, 10, 0]), lines: new Float64Array(0) });
    painter.handle({ type: 'density', perLink: new Float64Array([5, 0]), perLinkBad: new Float64Array(2), k: 1, tx: 0, ty: 0, note: '4,000 messages' });
    expect(c.calls).toEqual(['setTransform', 'clearRect', 'stroke', 'fillText']);
  });

  it('counts only dots and density as frames', () => {
    expect(isFrame({ type: 'lines', k: 1, tx: 0, ty: 0 })).toBe(false);
    expect(isFrame({ type: 'size', width: 1, height: 1, dpr: 1 })).toBe(false);
    expect(isFrame({ type: 'density', perLink: new Float64Array(0), perLinkBad: new Float64Array(0), k: 1, tx: 0, ty: 0, note: '' })).toBe(true);
  });
});
