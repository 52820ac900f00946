// The whole app state: one vanilla zustand store made of slices, so the worker
// client and the tests use it without React (zustand's src/vanilla.ts style).
// React reads it through selectors (./use-app-store.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../scenario/index.ts';
import { createScenarioSlice, type ScenarioSlice } from './scenario-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

export type AppState = ScenarioSlice & SelectionSlice & RunSlice & ViewSlice;
export type AppStore = StoreApi<AppState>;

/** A slice gets the store's set and get, as zustand's slices pattern does. */
export type SliceCreator<T> = (set: AppStore['setState'], get: AppStore['getState']) => T;

export function createAppStore(initialScenario: Scenario): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...createScenarioSlice(initialScenario)(set, get),
    ...createSelectionSlice(set, get),
    ...createRunSlice(set, get),
    ...createViewSlice(set, get),
  }));
}
