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
  select: (next) => set({ selection: { ...EMPTY_SELECTION, ...next } }),
  toggleNode: (id) => {
    const { nodeIds } = get().selection;
    const has = nodeIds.includes(id);
    set({ selection: { ...EMPTY_SELECTION, nodeIds: has ? nodeIds.filter((n) => n !== id) : [...nodeIds, id] } });
  },
  clearSelection: () => set({ selection: EMPTY_SELECTION }),
});
