// Where things are on the canvas, read from what the canvas drew. Node boxes
// come from the DOM (the canvas decides how big a node looks), mapped into
// canvas coordinates, with a fallback for a node not drawn yet.
import type { ScenarioNode } from '../../../scenario/types.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's size when the canvas has not drawn it yet, centred on its x, y. */
const FALLBACK_BOX_PX = { width: 120, height: 56 };

export function nodeElement(viewport: SVGGElement, id: string): SVGGraphicsElement | null {
  return viewport.querySelector<SVGGraphicsElement>(`[data-node-id="${CSS.escape(id)}"]`);
}

export function linkElement(viewport: SVGGElement, id: string): SVGGraphicsElement | null {
  return viewport.querySelector<SVGGraphicsElement>(`[data-link-id="${CSS.escape(id)}"]`);
}

/** The box of `element` in the viewport's own coordinates (= scenario x, y). */
export function boxInViewport(viewport: SVGGElement, element: SVGGraphicsElement): Box | null {
  const own = viewport.getScreenCTM();
  const theirs = element.getScreenCTM();
  if (!own || !theirs) return null;
  let bbox: DOMRect;
  try {
    bbox = element.getBBox();
  } catch {
    return null;
  }
  if (bbox.width === 0 && bbox.height === 0) return null;
  const m = own.inverse().multiply(theirs);
  const corners = [
    [bbox.x, bbox.y],
    [bbox.x + bbox.width, bbox.y],
    [bbox.x, bbox.y + bbox.height],
    [bbox.x + bbox.width, bbox.y + bbox.height],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function nodeBox(viewport: SVGGElement, node: ScenarioNode): Box {
  const element = nodeElement(viewport, node.id);
  const drawn = element ? boxInViewport(viewport, element) : null;
  if (drawn) return drawn;
  const { width, height } = FALLBACK_BOX_PX;
  return { x: (node.x ?? 0) - width / 2, y: (node.y ?? 0) - height / 2, width, height };
}

export function unionBox(boxes: readonly Box[], paddingPx: number): Box | null {
  if (boxes.length === 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x)) - paddingPx;
  const y0 = Math.min(...boxes.map((b) => b.y)) - paddingPx;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + paddingPx;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + paddingPx;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The node under a screen point, by what the browser hit-tests (so overlapping nodes pick the top one). */
export function nodeIdAt(clientX: number, clientY: number, root: Element): string | null {
  for (const hit of document.elementsFromPoint(clientX, clientY)) {
    if (!root.contains(hit)) continue;
    const node = hit.closest('[data-node-id]');
    if (node) return node.getAttribute('data-node-id');
  }
  return null;
}
