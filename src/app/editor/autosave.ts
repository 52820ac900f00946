// Never lose work: the scenario on screen is written to localStorage on every
// change, and read back on load. What is read back is validated like any
// file from outside (an older build, a hand edit, another tab may have left
// anything there); what cannot be read is set aside, not overwritten.
import { safeParseJson, validateScenario, type Scenario } from '../../scenario/index.ts';
import { EMPTY_HISTORY, type History } from './history.ts';
import { keepAsRecent } from './recents.ts';

export const AUTOSAVE_KEY = 'nines:autosave@1';
/** Where an autosave that no longer validates is kept, for a person to rescue by hand. */
export const UNREADABLE_KEY = 'nines:autosave-unreadable@1';

/**
 * What autosave needs of the app's store (a zustand store): the editing model
 * names the shape instead of importing the store room, which imports it.
 */
export interface ScenarioStore {
  getState(): { scenario: Scenario; history: History };
  subscribe(listener: (state: { scenario: Scenario; history: History }, previous: { scenario: Scenario; history: History }) => void): () => void;
}

/** The slice of Storage we use, so tests pass a Map-backed fake. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the editor still works, unsaved.
    return null;
  }
}

export function parseScenario(text: string): Scenario | null {
  const parsed = safeParseJson(text);
  if (!parsed.ok) return null;
  const result = validateScenario(parsed.value);
  return result.ok ? result.scenario : null;
}

/** The autosaved scenario, or null when there is none or it does not validate. */
export function loadAutosave(storage: KeyValueStorage | null = browserStorage()): Scenario | null {
  if (!storage) return null;
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return null;
  const scenario = parseScenario(text);
  if (scenario === null) {
    storage.setItem(UNREADABLE_KEY, text);
    storage.removeItem(AUTOSAVE_KEY);
  }
  return scenario;
}

export function saveNow(scenario: Scenario, storage: KeyValueStorage | null = browserStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(scenario));
    return true;
  } catch {
    // Quota exceeded: keep going; the next change tries again.
    return false;
  }
}

/**
 * Saves on every change of the scenario (one JSON.stringify of a few
 * kilobytes, far below a frame) and returns the unsubscribe function. When
 * the scenario is replaced wholesale (New, an example, a link: the only
 * changes that start a fresh history), the work it replaces is kept as a
 * recent entry first, whoever replaced it.
 */
export function startAutosave(
  store: ScenarioStore,
  storage: KeyValueStorage | null = browserStorage(),
  nowMs: () => number = () => Date.now(),
): () => void {
  saveNow(store.getState().scenario, storage);
  return store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    if (state.history === EMPTY_HISTORY) keepAsRecent(previous.scenario, nowMs(), storage);
    saveNow(state.scenario, storage);
  });
}

/**
 * What the app opens with, given what it would open without an autosave: a
 * share link wins (and the autosaved work is kept as a recent entry, so a
 * link never overwrites it without a way back); otherwise the work from last
 * time comes back.
 */
export function withAutosave<T extends { scenario: Scenario; fromLink: boolean; hint: string }>(
  opening: T,
  storage: KeyValueStorage | null = browserStorage(),
  nowMs: () => number = () => Date.now(),
): T {
  const saved = loadAutosave(storage);
  if (!saved) return opening;
  if (opening.fromLink) {
    keepAsRecent(saved, nowMs(), storage);
    return opening;
  }
  return { ...opening, scenario: saved, hint: 'Your work from last time is back. New scenario starts afresh; Recent keeps what you replace.' };
}
