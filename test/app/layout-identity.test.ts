// A rerun of the label layout keeps the objects of places that did not move,
// so only the glyphs and links whose words moved re-render.
import { describe, expect, it } from 'vitest';
import type { Layout, NodeTextPlace } from '../../src/app/canvas/label-layout.ts';
import { keepUnchangedPlaces, placeKeeper } from '../../src/app/canvas/layout-identity.ts';

const below = (dy: number): NodeTextPlace => ({ side: 'below', dx: 0, dy, anchor: 'middle', showState: true, hidden: false, box: { x: -20, y: dy, w: 40, h: 12 } });

function layout(aDy: number, bDy: number, linkAt: { x: number; y: number } | null): Layout {
  return {
    nodes: new Map([['a', below(aDy)], ['b', below(bDy)]]),
    links: new Map([['a->b', linkAt && { at: linkAt, box: { x: linkAt.x - 10, y: linkAt.y - 6, w: 20, h: 12 } }]]),
  };
}

describe('keepUnchangedPlaces', () => {
  it('reuses equal places and keeps the new object where a place moved', () => {
    const first = layout(30, 30, { x: 5, y: 5 });
    const second = keepUnchangedPlaces(first, layout(30, 44, { x: 5, y: 5 }));
    expect(second.nodes.get('a')).toBe(first.nodes.get('a'));
    expect(second.nodes.get('b')).not.toBe(first.nodes.get('b'));
    expect(second.nodes.get('b')?.dy).toBe(44);
    expect(second.links.get('a->b')).toBe(first.links.get('a->b'));
  });

  it('a link whose words no longer fit becomes null; one whose words move is new', () => {
    const first = layout(30, 30, { x: 5, y: 5 });
    expect(keepUnchangedPlaces(first, layout(30, 30, null)).links.get('a->b')).toBeNull();
    const moved = keepUnchangedPlaces(first, layout(30, 30, { x: 9, y: 5 })).links.get('a->b');
    expect(moved).not.toBe(first.links.get('a->b'));
    expect(moved?.at.x).toBe(9);
  });

  it('placeKeeper compares each layout with the one before it', () => {
    const keep = placeKeeper();
    const first = keep(layout(30, 30, null));
    const second = keep(layout(30, 30, null));
    expect(second.nodes.get('a')).toBe(first.nodes.get('a'));
    expect(second.nodes.get('b')).toBe(first.nodes.get('b'));
  });
});
