// Where a message in flight is drawn at the shown time: along its link,
// short hops stretched to a minimum flight, links not drawn skipped.
import { describe, expect, it } from 'vitest';
import { SPAN, SpanKind } from '../../src/engine/index.ts';
import type { Dots } from '../../src/app/canvas/traffic-draw.ts';
import { placeDots } from '../../src/app/canvas/traffic-place.ts';

describe('placing messages', () => {
  it('moves a message along its link, stretches a short hop, and skips links not drawn', () => {
    const links = new Float64Array([0, 0, 100, 0, Number.NaN, 0, 0, 0]);
    const spans = new Float64Array(3 * SPAN.size);
    const put = (i: number, link: number, sent: number, arrives: number) => {
      spans.set([link, 0, sent, arrives, SpanKind.request, i], i * SPAN.size);
    };
    put(0, 0, 0, 1000);
    put(1, 0, 0, 1);
    put(2, 1, 0, 1000);
    const dots: Dots = { xs: new Float32Array(1), ys: new Float32Array(1), kinds: new Uint8Array(1), requests: new Float64Array(1), n: 0 };
    const perLink = new Float64Array(2);
    const n = placeDots(spans, 3, links, { t: 250, minFlightMs: 500, lingerMs: 600, k: 2, tx: 10, ty: 0 }, dots, perLink, new Float64Array(2));
    expect(n).toBe(2);
    // A quarter of the way along a 1 s hop; halfway along the 1 ms hop stretched to 500 ms; on screen at 2× plus 10 px.
    expect(dots.xs[0]).toBeCloseTo(10 + 2 * 25);
    expect(dots.xs[1]).toBeCloseTo(10 + 2 * 50);
    expect(perLink[0]).toBe(2);
    expect(perLink[1]).toBe(0);
  });
});

