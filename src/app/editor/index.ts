// The editor room's door: the pure editing model. Edit operations, history,
// names for new things, the selection as data, what the inspector's
// validation needs, and saved and recent work. It knows nothing of the store:
// the commands that read and write the store live in app/commands.
export * from './operations/index.ts';
export { EMPTY_HISTORY, HISTORY_LIMIT, recordEdit, redoStep, sealHistory, undoStep, type History, type HistoryEntry } from './history.ts';
export { nextAlertId, nextClusterId, nextName, nextNodeId, nextZoneName, zoneNames } from './labels.ts';
export { newNode } from './new-node.ts';
export { EMPTY_SELECTION, type Selection } from './selection.ts';
export { pruneSelection } from './prune-selection.ts';
export { refusal, errorsOf } from './validation.ts';
export { blankScenario } from './blank.ts';
export { describeChanges } from './describe-changes.ts';
export {
  AUTOSAVE_KEY, UNREADABLE_KEY, openScenario, parseScenario, readSavedWork, startAutosave, withAutosave, workText,
  type SavedScenario, type ScenarioStore, type WithAutosave,
} from './autosave.ts';
export {
  MAX_RECENTS, MAX_RECENTS_CHARS, RECENTS_KEY, hasUnkeptWork, isBlank, isUntouchedExample, keepAsRecent, listRecents, parseRecents,
  replaceNote, withRecent, type Origin, type RecentEntry,
} from './recents.ts';
