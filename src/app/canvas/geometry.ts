// Where things are on the canvas, in scenario coordinates. A node's x, y is
// the centre of its glyph; its label sits below. Zones are the shaded boxes
// around their nodes; a cluster gets an outline only where that box would
// not swallow other nodes (otherwise its members carry its name as text).
import { linkId } from '../../scenario/index.ts';
import type { Cluster, Link, ScenarioNode } from '../../scenario/index.ts';
import { GLYPH_H, GLYPH_W } from '../kinds/index.ts';

export { GLYPH_H, GLYPH_W };
/** Below the glyph: label line and state line. */
export const LABEL_GAP = 18;
export const NODE_TEXT_H = 38;
/** Gap between a link's end and the glyph it touches. */
const LINK_GAP = 5;
const ZONE_PAD = 14;
const ZONE_LABEL_H = 22;
/** Half the space a node's text may take sideways, for boxes around nodes. */
const TEXT_HALF_W = 48;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Region extends Box {
  id: string;
  label: string;
}

/**
 * Positions of every node. Nodes without x, y (a hand-written file that the
 * editor has not laid out yet) go into columns by their distance from the
 * callers, so something sensible is always on screen.
 */
export function nodePositions(nodes: readonly ScenarioNode[], links: readonly Link[] = []): Map<string, Point> {
  const out = new Map<string, Point>();
  const missing: ScenarioNode[] = [];
  for (const n of nodes) {
    if (typeof n.x === 'number' && typeof n.y === 'number') out.set(n.id, { x: n.x, y: n.y });
    else missing.push(n);
  }
  if (missing.length === 0) return out;
  const depth = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const l of links) {
      const want = (depth.get(l.from) ?? 0) + 1;
      if (want > (depth.get(l.to) ?? 0) && want < nodes.length) {
        depth.set(l.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const placedBottom = Math.max(0, ...[...out.values()].map((p) => p.y + 160));
  const rowsUsed = new Map<number, number>();
  for (const n of missing) {
    const column = depth.get(n.id) ?? 0;
    const row = rowsUsed.get(column) ?? 0;
    rowsUsed.set(column, row + 1);
    out.set(n.id, { x: 100 + column * 220, y: placedBottom + 80 + row * 120 });
  }
  return out;
}

/** The glyph's box around its centre. */
export function glyphBox(p: Point): Box {
  return { x: p.x - GLYPH_W / 2, y: p.y - GLYPH_H / 2, w: GLYPH_W, h: GLYPH_H };
}

/** Glyph and text together. */
export function nodeFootprint(p: Point, label = ''): Box {
  // A label wider than the glyph's text box widens the footprint, so fit-to-
  // screen does not cut "Users (200 req/s, 30% writes)" at the edge. About
  // 7 px a character at the canvas's label size.
  const halfW = Math.max(TEXT_HALF_W, label.length * 3.5);
  return { x: p.x - halfW, y: p.y - GLYPH_H / 2, w: halfW * 2, h: GLYPH_H + NODE_TEXT_H };
}

/** Where the straight line from `a` towards `b` leaves a's glyph (plus a small gap). */
export function exitPoint(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (dx === 0 && dy === 0) return { ...a };
  const hw = GLYPH_W / 2 + LINK_GAP;
  const hh = GLYPH_H / 2 + LINK_GAP;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: a.x + dx * Math.min(t, 0.5), y: a.y + dy * Math.min(t, 0.5) };
}

export interface LinkGeometry {
  id: string;
  from: string;
  to: string;
  start: Point;
  end: Point;
}

/** Each link's visible segment, from the edge of one glyph to the edge of the other. */
export function linkGeometries(links: readonly Link[], positions: Map<string, Point>): LinkGeometry[] {
  const out: LinkGeometry[] = [];
  for (const link of links) {
    const a = positions.get(link.from);
    const b = positions.get(link.to);
    if (!a || !b) continue;
    out.push({ id: linkId(link), from: link.from, to: link.to, start: exitPoint(a, b), end: exitPoint(b, a) });
  }
  return out;
}

export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

function pad(box: Box, padding: number, top = padding): Box {
  return { x: box.x - padding, y: box.y - top, w: box.w + padding * 2, h: box.h + padding + top };
}

/** Zones in order of first appearance, each boxed around its nodes with room for its name. */
export function zoneRegions(nodes: readonly ScenarioNode[], positions: Map<string, Point>): Region[] {
  const byZone = new Map<string, Box[]>();
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!n.zone || !p) continue;
    const list = byZone.get(n.zone) ?? [];
    list.push(nodeFootprint(p));
    byZone.set(n.zone, list);
  }
  return [...byZone].map(([zone, boxes]) => ({
    id: zone,
    label: zone,
    ...pad(unionBox(boxes) as Box, ZONE_PAD, ZONE_PAD + ZONE_LABEL_H),
  }));
}

export interface ClusterRegion extends Region {
  members: string[];
  /** False when the box would also hold nodes outside the cluster. */
  outlined: boolean;
}

export function clusterRegions(
  nodes: readonly ScenarioNode[], clusters: readonly Cluster[], positions: Map<string, Point>,
): ClusterRegion[] {
  return clusters.map((cluster) => {
    const members = cluster.members.filter((m) => positions.has(m));
    const box = pad(unionBox(members.map((m) => nodeFootprint(positions.get(m) as Point))) ?? { x: 0, y: 0, w: 0, h: 0 }, 8, 24);
    const inside = (p: Point) => p.x >= box.x && p.x <= box.x + box.w && p.y >= box.y && p.y <= box.y + box.h;
    const intruder = nodes.some((n) => !members.includes(n.id) && inside(positions.get(n.id) as Point));
    return { id: cluster.id, label: `${cluster.id} · ${cluster.replication ?? 'async'}`, members, outlined: !intruder, ...box };
  });
}

/** Everything drawn, for fit-to-screen. */
export function contentBounds(nodes: readonly ScenarioNode[], positions: Map<string, Point>): Box | null {
  const boxes = nodes.filter((n) => positions.has(n.id)).map((n) => nodeFootprint(positions.get(n.id) as Point, n.label ?? n.id));
  boxes.push(...zoneRegions(nodes, positions));
  return unionBox(boxes);
}
