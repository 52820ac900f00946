// Asking the left rail to show the Lessons tab (a lesson opened from a link,
// or from elsewhere in the app). A signal, not state: the rail keeps its own
// choice of tab, and a request only moves it.
import { createStore } from 'zustand/vanilla';

export const LESSONS_TAB = 'lessons';

const requests = createStore<{ count: number }>()(() => ({ count: 0 }));

export function showLessonsTab(): void {
  requests.setState({ count: requests.getState().count + 1 });
}

/** Calls `onRequest` at every request; returns the unsubscribe. */
export function onLessonsTabRequest(onRequest: () => void): () => void {
  return requests.subscribe(() => onRequest());
}
