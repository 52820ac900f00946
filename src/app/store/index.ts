// The store room's door. The whole app state is one vanilla zustand store
// made of slices (create.ts), so the run driver and the tests use it without
// React; React reads it through selectors (use-app-store.ts).
export { createAppStore, type AppState, type AppStore, type SliceCreator } from './create.ts';
export { AppStoreContext, useAppStore, useAppStoreApi } from './use-app-store.ts';
export { SPEEDS, type CompareRun, type FaultRequest, type RunCommands, type RunSlice, type RunTotals } from './run-slice.ts';
export type { EditOptions, ScenarioSlice } from './scenario-slice.ts';
export type { Selection, SelectionSlice } from './selection-slice.ts';
export { LiveView, SpanBuffer } from './live-view.ts';
export type { ViewSlice } from './view-slice.ts';
