// Dragging a kind from the palette onto the canvas. A ghost label follows the
// pointer and says what a drop there will do; releasing over the canvas adds
// the node at that point. A press without a drag is left to the button's own
// click (which adds at the middle of the view), so mouse, touch and keyboard
// all work.
import { drag, select, type D3DragEvent } from 'd3';
import { canvasBridge, overCanvas } from './bridge.ts';
import { clientPoint, type Behaviour } from './behaviour.ts';
import { nodeIdAt } from './hit-test.ts';

import type { NodeType } from '../../../scenario/index.ts';

/** A node kind or a zone (the palette's Zone puts nodes in a new zone). */
export type PaletteKind = NodeType | 'zone';

export interface DropTarget {
  /** Canvas point under the pointer. */
  x: number;
  y: number;
  /** Node under the pointer, if any (a zone is dropped onto nodes). */
  nodeId: string | null;
}

export interface PaletteDropOptions {
  /** What a drop at `target` would do, for the ghost; null when a drop there does nothing. */
  describe(kind: PaletteKind, target: DropTarget | null): { text: string; ok: boolean };
  drop(kind: PaletteKind, target: DropTarget, clientX: number, clientY: number): void;
}

function kindOf(target: EventTarget | null): PaletteKind | null {
  const el = target instanceof Element ? target.closest('[data-palette-kind]') : null;
  return (el?.getAttribute('data-palette-kind') as PaletteKind | null) ?? null;
}

function targetAt(clientX: number, clientY: number): DropTarget | null {
  const bridge = canvasBridge();
  if (!bridge || !overCanvas(bridge, clientX, clientY)) return null;
  const [x, y] = bridge.toCanvas(clientX, clientY);
  return { x, y, nodeId: nodeIdAt(clientX, clientY, bridge.svg) };
}

export function createPaletteDrag(container: HTMLElement, options: PaletteDropOptions): Behaviour {
  let ghost: HTMLDivElement | null = null;

  const place = (kind: PaletteKind, clientX: number, clientY: number) => {
    if (!ghost) return;
    // The ghost ignores the pointer, so the hit test below finds the canvas under it.
    const { text, ok } = options.describe(kind, targetAt(clientX, clientY));
    ghost.textContent = text;
    ghost.dataset.ok = String(ok);
    ghost.style.transform = `translate(${clientX + 14}px, ${clientY + 14}px)`;
  };

  const behaviour = drag<HTMLElement, unknown>()
    .container(document.body)
    .clickDistance(4)
    .filter((event: MouseEvent) => !event.button && kindOf(event.target) !== null)
    // d3 hands `subject` a drag event; the press itself is its sourceEvent.
    .subject((event: { sourceEvent: MouseEvent }) => ({ kind: kindOf(event.sourceEvent.target) }))
    .on('start', () => {
      ghost = document.createElement('div');
      ghost.className = 'palette-ghost';
      ghost.setAttribute('aria-hidden', 'true');
      ghost.hidden = true;
      document.body.append(ghost);
    })
    .on('drag', (event: D3DragEvent<HTMLElement, unknown, { kind: PaletteKind }>) => {
      if (!ghost) return;
      ghost.hidden = false;
      const [cx, cy] = clientPoint(event.sourceEvent);
      place(event.subject.kind, cx, cy);
    })
    .on('end', (event: D3DragEvent<HTMLElement, unknown, { kind: PaletteKind }>) => {
      const dragged = ghost !== null && !ghost.hidden;
      ghost?.remove();
      ghost = null;
      if (!dragged) return;
      const [cx, cy] = clientPoint(event.sourceEvent);
      const target = targetAt(cx, cy);
      if (target) options.drop(event.subject.kind, target, cx, cy);
    });

  select(container).call(behaviour);
  return {
    update() {},
    destroy() {
      ghost?.remove();
      select(container).on('.drag', null);
    },
  };
}
