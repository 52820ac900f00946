// The Experiments panel's store for React: a context, and a default store
// running on Web Workers, made on first use (no worker starts before a run).
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { runInBrowser } from './browser-pool.ts';
import { createExperimentStore, type ExperimentState, type ExperimentStore } from './experiment-store.ts';

export const ExperimentStoreContext = createContext<ExperimentStore | null>(null);

let fallback: ExperimentStore | null = null;

/** The default store, made once, outside render (a hook must not reassign module state). */
function fallbackStore(): ExperimentStore {
  fallback ??= createExperimentStore(runInBrowser);
  return fallback;
}

export function useExperimentStoreApi(): ExperimentStore {
  const provided = useContext(ExperimentStoreContext);
  return provided ?? fallbackStore();
}

export function useExperiments<T>(selector: (state: ExperimentState) => T): T {
  return useStore(useExperimentStoreApi(), selector);
}
