// A new label layout that keeps the previous one's objects wherever a place
// did not change. The layout reruns when a node goes down or a link gets
// words; without this every one of 500 glyphs and 4,000 link elements got a
// new `place` and re-rendered, though only the few near the change moved.
import type { Box } from './geometry.ts';
import type { Layout, LinkTextPlace, NodeTextPlace } from './label-layout.ts';

function sameBox(a: Box | null, b: Box | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h);
}

function sameNodePlace(a: NodeTextPlace, b: NodeTextPlace): boolean {
  return a.side === b.side && a.dx === b.dx && a.dy === b.dy && a.anchor === b.anchor
    && a.showState === b.showState && a.hidden === b.hidden && sameBox(a.box, b.box);
}

function sameLinkPlace(a: LinkTextPlace | null, b: LinkTextPlace | null): boolean {
  return a === b || (a !== null && b !== null && a.at.x === b.at.x && a.at.y === b.at.y && sameBox(a.box, b.box));
}

/** `next`, with each place equal to the one `previous` had replaced by that very object. */
export function keepUnchangedPlaces(previous: Layout | null, next: Layout): Layout {
  if (!previous) return next;
  for (const [id, place] of next.nodes) {
    const before = previous.nodes.get(id);
    if (before && before !== place && sameNodePlace(before, place)) next.nodes.set(id, before);
  }
  for (const [id, place] of next.links) {
    if (!previous.links.has(id)) continue;
    const before = previous.links.get(id) ?? null;
    if (before !== place && sameLinkPlace(before, place)) next.links.set(id, before);
  }
  return next;
}

/** A function that answers each layout it is given with keepUnchangedPlaces against the last one. */
export function placeKeeper(): (next: Layout) => Layout {
  let last: Layout | null = null;
  return (next) => (last = keepUnchangedPlaces(last, next));
}
