// Where the words on the canvas go, so that none collide: each node's label
// (and its state line under it), and the words on links in trouble
// ("partitioned", "marked down"). Greedy, most important first: a node's
// text tries below its glyph, then above, right and left; a link's words try
// the middle of the link and then nearer its ends, above and below the line.
// Text that fits nowhere gives up its state line, then hides (the name stays
// in the node's accessible name and tooltip). Sizes are in canvas units for
// the zoom `k`, since text keeps a screen size while the canvas zooms.
import type { Box, Point } from './geometry.ts';

export interface LabelSizes {
  /** Screen size of a node's label and of its state line, px. */
  labelPx: number;
  statePx: number;
  /** Canvas zoom (screen px per canvas unit). */
  k: number;
}

export interface NodeText {
  id: string;
  at: Point;
  label: string;
  /** Characters the state line may take ("42 % busy · queue 12"); 0 for none. */
  stateChars: number;
  /** Higher goes first: a node in trouble or selected keeps its words. */
  priority: number;
}

export interface LinkText {
  id: string;
  start: Point;
  end: Point;
  /** Characters of its words ("marked down · +200 ms"). */
  chars: number;
  priority: number;
}

export type Side = 'below' | 'above' | 'right' | 'left';

export interface NodeTextPlace {
  side: Side;
  /** Where the label's first line sits, relative to the node's centre (canvas units), and its anchor. */
  dx: number;
  dy: number;
  anchor: 'middle' | 'start' | 'end';
  showState: boolean;
  hidden: boolean;
  /** The text block's box (canvas units), when shown. */
  box: Box | null;
}

export interface LinkTextPlace {
  /** Where the words' baseline middle goes. */
  at: Point;
  box: Box;
}

export interface Layout {
  nodes: Map<string, NodeTextPlace>;
  /** Where each link's words go, or null when they do not fit anywhere. */
  links: Map<string, LinkTextPlace | null>;
}

/**
 * Average advance of a character, as a share of the font size (system-ui,
 * mixed case). Measured in Debian's Chromium, whose system-ui is DejaVu Sans,
 * one of the wider faces: 0.62 for the semibold labels ("Web server 2" at
 * 18 px is 134 px), 0.56 for the state lines. Narrower fonts only leave more room.
 */
export const LABEL_EM = 0.63;
const CHAR_EM = 0.58;
const LINE_EM = 1.25;
/** Room kept between two texts, screen px. */
const MARGIN_PX = 3;

export interface Glyph {
  /** Half width and height of every glyph, canvas units. */
  halfW: number;
  halfH: number;
  /** Space between the glyph and its label, canvas units. */
  gap: number;
}

export function layoutLabels(nodes: readonly NodeText[], links: readonly LinkText[], sizes: LabelSizes, glyph: Glyph): Layout {
  const grid = new BoxGrid(Math.max(40, (sizes.labelPx * 4) / sizes.k));
  // Every glyph is an obstacle for every text but its own.
  for (const n of nodes) grid.add({ x: n.at.x - glyph.halfW, y: n.at.y - glyph.halfH, w: glyph.halfW * 2, h: glyph.halfH * 2 }, n.id);
  const out: Layout = { nodes: new Map(), links: new Map() };
  const items: Array<{ kind: 'node'; n: NodeText } | { kind: 'link'; l: LinkText }> = [
    ...nodes.map((n) => ({ kind: 'node' as const, n })),
    ...links.map((l) => ({ kind: 'link' as const, l })),
  ];
  const priority = (i: (typeof items)[number]) => (i.kind === 'node' ? i.n.priority : i.l.priority);
  items.sort((a, b) => priority(b) - priority(a));
  for (const item of items) {
    if (item.kind === 'node') out.nodes.set(item.n.id, placeNode(item.n, sizes, glyph, grid));
    else out.links.set(item.l.id, placeLink(item.l, sizes, grid));
  }
  return out;
}

const SIDES = [['below', true], ['above', true], ['below', false], ['above', false], ['right', true], ['left', true]] as const;

function placeNode(n: NodeText, s: LabelSizes, g: Glyph, grid: BoxGrid): NodeTextPlace {
  const unit = 1 / s.k;
  const labelH = s.labelPx * LINE_EM * unit;
  const stateH = s.statePx * LINE_EM * unit;
  const labelW = n.label.length * s.labelPx * LABEL_EM * unit;
  const stateW = n.stateChars * s.statePx * CHAR_EM * unit;
  const margin = MARGIN_PX * unit;
  for (const withState of n.stateChars > 0 ? [true, false] : [false]) {
    const w = Math.max(labelW, withState ? stateW : 0);
    const h = labelH + (withState ? stateH : 0);
    // Over or under the glyph first, then the same without the breathing room
    // (a long label beside a neighbour's glyph corner), and only then beside it:
    // words beside an outer node reach out of the drawing, past the canvas's edge.
    for (const [side, room] of SIDES) {
      const box = textBox(n.at, side, w, h, g);
      if (grid.hits(room ? pad(box, margin) : box, n.id)) continue;
      grid.add(box, n.id);
      return { side, ...anchorOf(side, box, n.at, labelH), showState: withState, hidden: false, box };
    }
  }
  return { side: 'below', dx: 0, dy: g.halfH + g.gap + labelH * 0.8, anchor: 'middle', showState: false, hidden: true, box: null };
}

/** The box of a node's text block on one side of its glyph. */
function textBox(at: Point, side: Side, w: number, h: number, g: Glyph): Box {
  switch (side) {
    case 'below': return { x: at.x - w / 2, y: at.y + g.halfH + g.gap * 0.3, w, h };
    case 'above': return { x: at.x - w / 2, y: at.y - g.halfH - g.gap * 0.3 - h, w, h };
    case 'right': return { x: at.x + g.halfW + g.gap, y: at.y - h / 2, w, h };
    case 'left': return { x: at.x - g.halfW - g.gap - w, y: at.y - h / 2, w, h };
  }
}

/** The first line's baseline point and anchor for a text box (baseline about 0.8 of a line down). */
function anchorOf(side: Side, box: Box, at: Point, lineH: number): Pick<NodeTextPlace, 'dx' | 'dy' | 'anchor'> {
  const dy = box.y - at.y + lineH * 0.8;
  if (side === 'right') return { dx: box.x - at.x, dy, anchor: 'start' };
  if (side === 'left') return { dx: box.x + box.w - at.x, dy, anchor: 'end' };
  return { dx: 0, dy, anchor: 'middle' };
}

function placeLink(l: LinkText, s: LabelSizes, grid: BoxGrid): LinkTextPlace | null {
  const unit = 1 / s.k;
  const w = l.chars * s.statePx * CHAR_EM * unit;
  const h = s.statePx * LINE_EM * unit;
  const lift = h * 0.9;
  for (const t of [0.5, 0.36, 0.64, 0.25, 0.75]) {
    const x = l.start.x + (l.end.x - l.start.x) * t;
    const y = l.start.y + (l.end.y - l.start.y) * t;
    for (const dy of [-lift, lift + h * 0.2]) {
      const box = { x: x - w / 2, y: y + dy - h * 0.8, w, h };
      if (grid.hits(pad(box, MARGIN_PX * unit), null)) continue;
      grid.add(box, null);
      return { at: { x, y: y + dy }, box };
    }
  }
  return null;
}

function pad(b: Box, m: number): Box {
  return { x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m };
}

/** Boxes in a uniform grid, so a hit test looks at a few cells, not every box. */
class BoxGrid {
  private readonly cells = new Map<string, Array<{ box: Box; owner: string | null }>>();
  constructor(private readonly size: number) {}

  add(box: Box, owner: string | null): void {
    this.each(box, (key) => {
      const list = this.cells.get(key) ?? [];
      list.push({ box, owner });
      this.cells.set(key, list);
    });
  }

  /** True when the box overlaps a box of another owner. */
  hits(box: Box, owner: string | null): boolean {
    let hit = false;
    this.each(box, (key) => {
      if (hit) return;
      for (const e of this.cells.get(key) ?? []) {
        if (owner !== null && e.owner === owner) continue;
        if (box.x < e.box.x + e.box.w && e.box.x < box.x + box.w && box.y < e.box.y + e.box.h && e.box.y < box.y + box.h) {
          hit = true;
          return;
        }
      }
    });
    return hit;
  }

  private each(box: Box, visit: (key: string) => void): void {
    const x0 = Math.floor(box.x / this.size), x1 = Math.floor((box.x + box.w) / this.size);
    const y0 = Math.floor(box.y / this.size), y1 = Math.floor((box.y + box.h) / this.size);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(`${x},${y}`);
  }
}

/** Whether two boxes overlap (for tests and callers checking a layout). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
