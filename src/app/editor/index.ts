// The editor room's door. Everything the store, the canvas and the panels use
// of the editor comes in here: the pure edit operations, history, commands,
// autosave and recent work, and what the inspector's validation needs.
export * from './operations/index.ts';
export { EMPTY_HISTORY, HISTORY_LIMIT, recordEdit, redoStep, sealHistory, undoStep, type History, type HistoryEntry } from './history.ts';
export {
  GRID_PX, KIND_COLUMN_PX, addNodeAt, connectNodes, copySelection, deleteSelection, duplicateSelection, freeSpot,
  layoutAll, makeClusterFromSelection, nudgeSelection, pasteClipboard, zoneNodes,
} from './commands.ts';
export { KIND_PREFIX, nextAlertId, nextClusterId, nextName, nextNodeId, nextZoneName, zoneNames } from './labels.ts';
export { KIND_NAME, NODE_KINDS, newNode } from './new-node.ts';
export { pruneSelection } from './prune-selection.ts';
export { handleEditorKey } from './keyboard.ts';
export { refusal, errorsOf } from './validation.ts';
export { blankScenario } from './blank.ts';
export {
  AUTOSAVE_KEY, UNREADABLE_KEY, openScenario, parseScenario, readSavedWork, startAutosave, withAutosave, workText,
  type SavedScenario, type ScenarioStore, type WithAutosave,
} from './autosave.ts';
export {
  MAX_RECENTS, MAX_RECENTS_CHARS, RECENTS_KEY, hasUnkeptWork, isBlank, isUntouchedExample, keepAsRecent, listRecents, parseRecents,
  replaceNote, withRecent, type Origin, type RecentEntry,
} from './recents.ts';
