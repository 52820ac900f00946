// A long label of an outer node goes over or under its glyph, touching a
// neighbour's glyph corner if it must, before it goes beside the glyph: words
// beside the leftmost node reach out of the drawing and were cut at the
// canvas's edge (the queue example at 1280×720, zoom 0.45).
import { describe, expect, it } from 'vitest';
import { GLYPH_H, GLYPH_W, LABEL_GAP, nodePositions } from '../../src/app/canvas/geometry.ts';
import { layoutLabels } from '../../src/app/canvas/label-layout.ts';
import { textSizes } from '../../src/app/canvas/text-sizes.ts';
import { getExample } from '../../src/scenario/index.ts';

describe('label sides', () => {
  it('puts the long labels of the queue example’s users over their glyphs, not out to the left', () => {
    const { nodes, links } = getExample('queue-absorbs-outage').scenario;
    const positions = nodePositions(nodes, links);
    const k = 0.45;
    const texts = nodes.map((n) => ({ id: n.id, at: positions.get(n.id) ?? { x: 0, y: 0 }, label: n.label ?? n.id, stateChars: 18, priority: n.type === 'client' ? 5 : 10 }));
    const layout = layoutLabels(texts, [], { ...textSizes(k, false), k }, { halfW: GLYPH_W / 2, halfH: GLYPH_H / 2, gap: LABEL_GAP });
    for (const id of ['users-sync', 'users-async']) {
      const place = layout.nodes.get(id);
      expect(place?.hidden).toBe(false);
      expect(['above', 'below']).toContain(place?.side);
    }
    // Every node keeps its name on screen.
    for (const place of layout.nodes.values()) expect(place.hidden).toBe(false);
  });
});
