// What the user has selected on the canvas: nodes, links, or a zone. Plain
// data of the editing model; the store holds one (store/selection-slice.ts).
export interface Selection {
  nodeIds: string[];
  linkIds: string[];
  zone: string | null;
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], linkIds: [], zone: null };
