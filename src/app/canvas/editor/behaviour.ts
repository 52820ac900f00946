// Every canvas behaviour is a small factory returning { update, destroy }
// (xyflow's packages/system pattern): created and destroyed in one effect, so
// D3 never writes React state and React never re-renders per pointer move.
export interface Behaviour {
  /** Called after the canvas redraws (new nodes, zoom). */
  update(): void;
  destroy(): void;
}

/** The screen point of a mouse or touch event (d3-drag's sourceEvent). */
export function clientPoint(event: unknown): [number, number] {
  const e = event as Partial<MouseEvent> & Partial<TouchEvent>;
  const touch = e.changedTouches?.[0] ?? e.touches?.[0];
  if (touch) return [touch.clientX, touch.clientY];
  return [e.clientX ?? 0, e.clientY ?? 0];
}

/** True for a modifier that adds to the selection instead of replacing it. */
export function isAdditive(event: unknown): boolean {
  const e = event as Partial<MouseEvent>;
  return e.shiftKey === true || e.metaKey === true;
}

/** The id of the node an event started on, unless it started on an editor handle. */
export function nodeIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || target.closest('.editor-over')) return null;
  return target.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null;
}
