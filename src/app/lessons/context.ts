// The lessons store for React: provided once where the panel is mounted.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LessonsState, LessonsStore } from './lesson-store.ts';

export const LessonsStoreContext = createContext<LessonsStore | null>(null);

export function useLessonsApi(): LessonsStore {
  const store = useContext(LessonsStoreContext);
  if (!store) throw new Error('the Lessons panel needs a LessonsStoreContext provider');
  return store;
}

export function useLessons<T>(selector: (state: LessonsState) => T): T {
  return useStore(useLessonsApi(), selector);
}
