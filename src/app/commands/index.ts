// The commands room's door: what the palette, the inspector, the keyboard and
// the canvas ask of the store, each applied as one undoable edit built from
// the editing model's pure operations (app/editor).
export {
  GRID_PX, addNodeAt, connectNodes, copySelection, deleteSelection, duplicateSelection, freeSpot,
  layoutAll, makeClusterFromSelection, nudgeSelection, pasteClipboard, paletteColumnPx, zoneNodes,
} from './commands.ts';
export { handleEditorKey } from './keyboard.ts';
