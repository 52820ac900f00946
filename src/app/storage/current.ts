// The one SavedWork of the page: memory-only until the boot has opened the
// browser's storage, so code that runs before (or tests) never touches it.
import { SavedWork } from './saved-work.ts';

let current = SavedWork.inMemory();

export function getSavedWork(): SavedWork {
  return current;
}

export function setSavedWork(saved: SavedWork): SavedWork {
  current = saved;
  return saved;
}

/** Opens the browser's storage for this page (never rejects). */
export async function openSavedWork(): Promise<SavedWork> {
  const saved = setSavedWork(await SavedWork.open());
  // Leaving (a reload, a closed tab) may cut an IndexedDB write short.
  window.addEventListener('pagehide', () => saved.rescuePending());
  return saved;
}
