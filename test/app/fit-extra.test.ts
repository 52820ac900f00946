// Fitting the system to the canvas leaves the outermost nodes' labels room:
// text keeps its screen size while the canvas zooms out, so at a small zoom a
// long label overhangs the drawing's footprint and was cut at the canvas edge.
import { describe, expect, it } from 'vitest';
import { contentBounds, nodePositions, type Box, type Point } from '../../src/app/canvas/geometry.ts';
import { fitExtra } from '../../src/app/canvas/fit-extra.ts';
import { LABEL_EM } from '../../src/app/canvas/label-layout.ts';
import { fitScale } from '../../src/app/canvas/pan-zoom.ts';
import { textSizes } from '../../src/app/canvas/text-sizes.ts';
import { getExample } from '../../src/scenario/index.ts';

const FIT_MARGIN_X = 32;

/** The screen x span of every label once `box` is fitted into `width` × `height` with `extra`. */
function labelSpans(labels: { label: string; at: Point }[], box: Box, width: number, height: number, extra: { x: number; y: number }, presenter: boolean) {
  const k = fitScale(width, height, box, extra);
  const left = FIT_MARGIN_X + extra.x;
  const tx = left + (width - 2 * left) / 2 - k * (box.x + box.w / 2);
  const px = textSizes(k, presenter).labelPx;
  return labels.map(({ label, at }) => {
    const half = (label.length * px * LABEL_EM) / 2;
    return { from: tx + k * at.x - half, to: tx + k * at.x + half };
  });
}

describe('fitting leaves the outermost labels room', () => {
  const { nodes, links } = getExample('queue-absorbs-outage').scenario;
  const positions = nodePositions(nodes, links);
  const box = contentBounds(nodes, positions) as Box;
  const labels = nodes.map((n) => ({ label: n.label ?? n.id, at: positions.get(n.id) as Point }));
  const fitNodes = nodes.map((n) => ({ id: n.id, label: n.label ?? n.id }));

  for (const [width, height, presenter] of [[800, 430, false], [560, 380, false], [920, 400, true]] as const) {
    it(`in a ${width} × ${height} canvas${presenter ? ', presenter mode' : ''}, every label is inside it`, () => {
      const extra = fitExtra(fitNodes, positions, box, { width, height }, presenter);
      for (const span of labelSpans(labels, box, width, height, extra, presenter)) {
        expect(span.from).toBeGreaterThanOrEqual(0);
        expect(span.to).toBeLessThanOrEqual(width);
      }
    });
  }

  it('without that room a long label at the edge is cut (the case it fixes)', () => {
    const spans = labelSpans(labels, box, 560, 380, { x: 0, y: 20 }, false);
    expect(Math.min(...spans.map((s) => s.from))).toBeLessThan(0);
  });

  it('leaves a line and a half under the bottom node for its words', () => {
    expect(fitExtra(fitNodes, positions, box, { width: 800, height: 430 }, false).y).toBeGreaterThanOrEqual(18);
  });
});
