// Hook point for the editor's canvas behaviours (move, connect, rubber band,
// drop from the palette). The canvas calls it once with its elements; the
// editor issue fills it in. Until then it does nothing.
import type { AppStore } from '../store/index.ts';

export interface EditorCanvasContext {
  /** The whole canvas <svg>. */
  svg: SVGSVGElement | null;
  /** The zoomed and panned <g> that holds nodes and links. */
  viewport: SVGGElement | null;
  /** Screen (client) coordinates to canvas (scenario x, y) coordinates. */
  toCanvas(clientX: number, clientY: number): [number, number];
  store: AppStore;
}

export function useEditorBehaviours(_context: EditorCanvasContext): void {
  // Intentionally empty until the editor lands.
}
