// The storage room's door: where the work and the Recent list are kept
// (IndexedDB, localStorage as a fallback, memory when the browser keeps
// nothing) and whether saving works right now.
export { IDB_DATABASE, IDB_STORE, indexedDbBackend, localStorageBackend, memoryBackend, type BackendKind, type KeyValueBackend } from './backend.ts';
export { KEYS, LEGACY_KEYS, OPEN_TIMEOUT_MS, SavedWork, describeProblem, type SaveProblem, type SaveStatus, type StoredText } from './saved-work.ts';
export { getSavedWork, openSavedWork, setSavedWork } from './current.ts';
