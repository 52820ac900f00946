// The room, in screen px each side, that fitting the system to the canvas
// leaves beyond the drawing's footprint. Text keeps its screen size while the
// canvas zooms (text-sizes.ts), but the footprint counts a label at the
// canvas's own size: when the fit zooms out, the labels of the outermost nodes
// overhang it ("Users, through a queue (100 orders/s)" was cut at the
// canvas's left edge), and the bottom node's label runs into the legend. This
// reckons with a label centred over or under its node; one the label layout
// has to put beside an outer node can still reach past the edge.
import type { Box, Point } from './geometry.ts';
import { nodeFootprint } from './geometry.ts';
import { LABEL_EM } from './label-layout.ts';
import { fitScale } from './pan-zoom.ts';
import { textSizes } from './text-sizes.ts';

export interface FitNode {
  id: string;
  label: string;
}

export function fitExtra(nodes: readonly FitNode[], positions: Map<string, Point>, box: Box, view: { width: number; height: number }, presenter: boolean): { x: number; y: number } {
  const px = textSizes(1, presenter).labelPx;
  // A line and a half for the bottom node's label and state line; presenter mode's large labels get room at the sides too.
  const longest = Math.min(24, Math.max(0, ...nodes.map((n) => n.label.length)));
  let extra = { x: presenter ? longest * px * 0.3 : 0, y: px * 1.5 };
  const placed = nodes.filter((n) => positions.has(n.id));
  if (placed.length === 0) return extra;
  const xs = placed.map((n) => (positions.get(n.id) as Point).x);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const outer = placed.filter((_, i) => xs[i] <= left + 1 || xs[i] >= right - 1);
  // Twice: the room taken zooms out a little more, which widens the overhang a little.
  for (let pass = 0; pass < 2; pass++) {
    const k = fitScale(view.width, view.height, box, extra);
    const labelPx = textSizes(k, presenter).labelPx;
    const overhang = Math.max(0, ...outer.map((n) => {
      const half = nodeFootprint(positions.get(n.id) as Point, n.label).w / 2;
      return (n.label.length * labelPx * LABEL_EM) / 2 - half * k;
    }));
    extra = { x: Math.max(extra.x, overhang), y: extra.y };
  }
  return extra;
}
