// What the user has selected on the canvas: nodes, links, or a zone.
import { EMPTY_SELECTION, type Selection } from '../editor/index.ts';
import type { SliceCreator } from './create.ts';

export type { Selection } from '../editor/index.ts';

export interface SelectionSlice {
  selection: Selection;
  /** Replace the selection. */
  select(next: Partial<Selection>): void;
  /** Shift-click: add or remove one node. */
  toggleNode(id: string): void;
  clearSelection(): void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: EMPTY_SELECTION,
  select: (next) => {
    const selection = { ...EMPTY_SELECTION, ...next };
    // A press selects a node and the click after it selects it again: the
    // same selection is no change, so a large canvas is not re-rendered twice.
    if (!sameSelection(get().selection, selection)) set({ selection });
  },
  toggleNode: (id) => {
    const { nodeIds } = get().selection;
    const has = nodeIds.includes(id);
    set({ selection: { ...EMPTY_SELECTION, nodeIds: has ? nodeIds.filter((n) => n !== id) : [...nodeIds, id] } });
  },
  clearSelection: () => {
    if (!sameSelection(get().selection, EMPTY_SELECTION)) set({ selection: EMPTY_SELECTION });
  },
});

function sameSelection(a: Selection, b: Selection): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a.zone === b.zone && same(a.nodeIds, b.nodeIds) && same(a.linkIds, b.linkIds);
}
