// What the user has selected on the canvas: nodes, links, or a zone.
import type { SliceCreator } from './index.ts';

export interface Selection {
  nodeIds: string[];
  linkIds: string[];
  zone: string | null;
}

export interface SelectionSlice {
  selection: Selection;
  /** Replace the selection. */
  select(next: Partial<Selection>): void;
  /** Shift-click: add or remove one node. */
  toggleNode(id: string): void;
  clearSelection(): void;
}

const EMPTY: Selection = { nodeIds: [], linkIds: [], zone: null };

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selection: EMPTY,
  select: (next) => set({ selection: { ...EMPTY, ...next } }),
  toggleNode: (id) => {
    const { nodeIds } = get().selection;
    const has = nodeIds.includes(id);
    set({ selection: { ...EMPTY, nodeIds: has ? nodeIds.filter((n) => n !== id) : [...nodeIds, id] } });
  },
  clearSelection: () => set({ selection: EMPTY }),
});
