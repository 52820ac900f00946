// The canvas editor's door for the panels: where the canvas is, and dragging
// kinds from the palette onto it.
export { canvasBridge, type CanvasBridge } from './bridge.ts';
export { createPaletteDrag, type DropTarget, type PaletteDropOptions, type PaletteKind } from './palette-drop.ts';
