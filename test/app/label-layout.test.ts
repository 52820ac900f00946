// Labels on the canvas never collide: with each other, with glyphs, with
// link words — at any zoom and in presenter sizes; what does not fit gives
// up its state line first, then hides.
import { describe, expect, it } from 'vitest';
import { layoutLabels, overlaps, type LinkText, type NodeText } from '../../src/app/canvas/label-layout.ts';
import type { Box } from '../../src/app/canvas/geometry.ts';

const GLYPH = { halfW: 30, halfH: 23, gap: 18 };
const glyphBox = (n: NodeText): Box => ({ x: n.at.x - 30, y: n.at.y - 23, w: 60, h: 46 });

function grid(cols: number, rows: number, dx: number, dy: number): NodeText[] {
  const out: NodeText[] = [];
  for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) {
    out.push({ id: `n${c}-${r}`, at: { x: c * dx, y: r * dy }, label: `Web server ${c}-${r}`, stateChars: 10, priority: 0 });
  }
  return out;
}

function shownBoxes(nodes: NodeText[], links: LinkText[], k: number, labelPx = 13.5) {
  const layout = layoutLabels(nodes, links, { labelPx, statePx: 12, k }, GLYPH);
  const boxes: Array<{ id: string; box: Box }> = [];
  for (const [id, p] of layout.nodes) if (p.box) boxes.push({ id, box: p.box });
  for (const [id, p] of layout.links) if (p) boxes.push({ id: `link:${id}`, box: p.box });
  return { layout, boxes };
}

describe('label layout', () => {
  it('roomy layouts keep every label and state line below its node', () => {
    const nodes = grid(3, 3, 220, 140);
    const { layout } = shownBoxes(nodes, [], 1);
    for (const p of layout.nodes.values()) expect(p).toMatchObject({ side: 'below', showState: true, hidden: false });
  });

  for (const [k, labelPx] of [[1, 13.5], [0.6, 13.5], [0.5, 18], [0.35, 18]] as const) {
    it(`nothing overlaps at zoom ${k} with ${labelPx} px labels, and no text covers a glyph`, () => {
      const nodes = grid(6, 6, 120, 90);
      const links: LinkText[] = nodes.slice(0, 10).map((n, i) => ({
        id: `l${i}`, start: n.at, end: nodes[i + 6].at, chars: 'marked down'.length, priority: 1,
      }));
      const { boxes } = shownBoxes(nodes, links, k, labelPx);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i].box, boxes[j].box), `${boxes[i].id} × ${boxes[j].id}`).toBe(false);
        for (const n of nodes) if (boxes[i].id !== n.id) expect(overlaps(boxes[i].box, glyphBox(n)), `${boxes[i].id} on ${n.id}`).toBe(false);
      }
    });
  }

  it('crowded, the important node keeps its words; others give up their state line, then hide', () => {
    const nodes = grid(4, 4, 100, 110).map((n, i) => (i === 5 ? { ...n, priority: 10 } : n));
    const { layout } = shownBoxes(nodes, [], 1, 18);
    expect(layout.nodes.get('n1-1')).toMatchObject({ hidden: false, showState: true });
    const placed = [...layout.nodes.values()];
    expect(placed.some((p) => p.hidden)).toBe(true);
    expect(placed.filter((p) => !p.hidden).length).toBeGreaterThan(placed.length / 2);
  });

  it('a label gives up its state line before it hides', () => {
    // Boxed in: room below for the label alone, none anywhere for label and state line.
    const node = (id: string, x: number, y: number, priority: number) => ({ id, at: { x, y }, label: id, stateChars: 12, priority });
    const top = node('top', 0, 0, 0);
    const { layout } = shownBoxes([top, node('s', 0, 75, 9), node('n', 0, -75, 9), node('e', 130, 0, 9), node('w', -130, 0, 9)], [], 1);
    expect(layout.nodes.get('top')).toMatchObject({ hidden: false, showState: false });
  });

  it('a link’s words move off a node sitting on its middle, or hide', () => {
    const a = { id: 'a', at: { x: 0, y: 0 }, label: 'a', stateChars: 0, priority: 0 };
    const mid = { id: 'm', at: { x: 200, y: 0 }, label: 'middle', stateChars: 0, priority: 0 };
    const b = { id: 'b', at: { x: 400, y: 0 }, label: 'b', stateChars: 0, priority: 0 };
    const { layout } = shownBoxes([a, mid, b], [{ id: 'ab', start: a.at, end: b.at, chars: 11, priority: 1 }], 1);
    const words = layout.links.get('ab');
    expect(words).not.toBeNull();
    expect(overlaps(words!.box, glyphBox(mid))).toBe(false);
    expect(words!.at.x).not.toBe(200);
  });
});
