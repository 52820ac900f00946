// The canvas's label layout (label-layout.ts) as a hook: recomputed when the
// drawing, the zoom (once a gesture settles), presenter mode, the selection
// or the set of nodes and links in trouble changes — not on every frame of
// data, so a playing run never reshuffles the words.
import { useMemo } from 'react';
import { LINK, NODE, type Topology } from '../../engine/index.ts';
import type { ScenarioNode } from '../../scenario/index.ts';
import { kindUi } from '../kinds/index.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { GLYPH_H, GLYPH_W, LABEL_GAP, type LinkGeometry, type Point } from './geometry.ts';
import { layoutLabels, type Layout, type LinkText, type NodeText } from './label-layout.ts';
import { placeKeeper } from './layout-identity.ts';
import { textSizes } from './text-sizes.ts';

/** Characters a state line is given room for ("★ primary (accounts) · 42 % busy" is cut by the layout, not the text). */
const STATE_CHARS = 18;

/** "id:flags" of every node that is not plainly up, and of every link with words on it, so the layout reruns when they change. */
function troubleKey(topology: Topology | null, nodes: Float64Array | null, links: Float64Array | null): string {
  if (!topology || !nodes) return '';
  const out: string[] = [];
  topology.nodeIds.forEach((id, i) => {
    const o = i * NODE.size;
    if (nodes[o + NODE.up] !== 1 || nodes[o + NODE.degraded] === 1 || nodes[o + NODE.role] !== 0) out.push(`${id}:${nodes[o + NODE.up]}${nodes[o + NODE.degraded]}${nodes[o + NODE.role]}`);
  });
  topology.linkIds.forEach((id, i) => {
    const o = i * LINK.size;
    const words = linkWordChars(links, i);
    if (words > 0 && links) out.push(`${id}>${links[o + LINK.cut]}${words}`);
  });
  return out.join('|');
}

/** `f`, answering again from its last result while its arguments are the same objects. */
function lastOf<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs?.[i])) return last;
    lastArgs = args;
    last = f(...args);
    return last;
  };
}

/** The length of a link's words ("partitioned · +200 ms · 20 % loss · marked down"), 0 when it has none. */
function linkWordChars(links: Float64Array | null, i: number): number {
  if (!links || (i + 1) * LINK.size > links.length) return 0;
  const o = i * LINK.size;
  const parts = [links[o + LINK.cut] === 1 ? 11 : 0, links[o + LINK.addMs] > 0 ? 9 : 0, links[o + LINK.addLoss] > 0 ? 8 : 0, links[o + LINK.markedDown] === 1 ? 11 : 0].filter((n) => n > 0);
  return parts.length ? parts.reduce((a, b) => a + b, 0) + (parts.length - 1) * 3 : 0;
}

/**
 * The layout does not depend on the selection (the selected node's name is in
 * the inspector), so a click on a node in a large system costs no relayout.
 */
export function useLabelLayout(
  nodes: readonly ScenarioNode[], positions: Map<string, Point>, geometries: readonly LinkGeometry[], k: number,
): Layout {
  const store = useAppStoreApi();
  const presenter = useAppStore((s) => s.presenter);
  // Worked out once per change of the states, not on every store change (a click, a commit of the run).
  const troubleOf = useMemo(() => lastOf(troubleKey), []);
  const trouble = useAppStore((s) => troubleOf(s.topology, s.nodeStates, s.linkStates));
  const topology = useAppStore((s) => s.topology);
  const keep = useMemo(() => placeKeeper(), []);
  return useMemo(() => {
    const troubled = new Set(trouble.split('|').map((t) => t.split(/[:>]/)[0]));
    const nodeTexts: NodeText[] = nodes.map((n) => {
      const kind = kindUi(n.type);
      const important = troubled.has(n.id) ? 50 : kind.systemLines ? 10 : 5;
      return {
        id: n.id, at: positions.get(n.id) ?? { x: 0, y: 0 }, label: n.label ?? n.id,
        stateChars: STATE_CHARS, priority: important,
      };
    });
    const linkIndex = new Map((topology?.linkIds ?? []).map((id, i) => [id, i]));
    const states = store.getState().linkStates;
    const linkTexts: LinkText[] = [];
    for (const g of geometries) {
      const chars = linkWordChars(states, linkIndex.get(g.id) ?? -1);
      if (chars > 0) linkTexts.push({ id: g.id, start: g.start, end: g.end, chars, priority: 60 });
    }
    const sizes = textSizes(k, presenter);
    const next = layoutLabels(nodeTexts, linkTexts, { ...sizes, k }, { halfW: GLYPH_W / 2, halfH: GLYPH_H / 2, gap: LABEL_GAP });
    // Only glyphs whose words moved get a new place (and re-render).
    return keep(next);
  }, [nodes, positions, geometries, k, presenter, trouble, topology, store, keep]);
}
