// Never lose work: the scenario on screen is saved (storage/: IndexedDB,
// localStorage as a fallback) on every change, and read back on load. What
// is read back is validated like any file from outside; what cannot be read
// is set aside, never overwritten. Whatever replaces the work on screen — a
// link, a file, an example, New — puts it under Recent first.
import type { Scenario } from '../../scenario/index.ts';
import { KEYS, getSavedWork, type SavedWork } from '../storage/index.ts';
import { EMPTY_HISTORY, type History } from './history.ts';
import { parseScenario } from './parse.ts';
import { keepAsRecent, type Origin } from './recents.ts';

export { parseScenario } from './parse.ts';
export const AUTOSAVE_KEY = KEYS.work;
/** Where an autosave that no longer validates is kept, for a person to rescue. */
export const UNREADABLE_KEY = KEYS.unreadable;

const WORK_FORMAT = 'nines/saved-work@1';

/**
 * What autosave needs of the app's store (a zustand store): the editing model
 * names the shape instead of importing the store room, which imports it.
 */
export interface ScenarioStore {
  getState(): { scenario: Scenario; history: History; replaceScenario(next: Scenario): void };
  subscribe(listener: (state: { scenario: Scenario; history: History }, previous: { scenario: Scenario; history: History }) => void): () => void;
}

export interface SavedScenario {
  scenario: Scenario | null;
  origin: Origin;
  /** The stored text when it no longer validates (kept aside under UNREADABLE_KEY). */
  unreadable: string | null;
}

/** The work the browser held at boot, validated; an unreadable one is set aside. */
export function readSavedWork(saved: SavedWork = getSavedWork()): SavedScenario {
  const text = saved.stored.work;
  if (text === undefined) return { scenario: null, origin: 'work', unreadable: null };
  let scenario: Scenario | null = null;
  let origin: Origin = 'work';
  if (saved.stored.legacy) scenario = parseScenario(text);
  else {
    try {
      const value = JSON.parse(text) as { format?: unknown; origin?: unknown; scenario?: unknown };
      if (value?.format === WORK_FORMAT) {
        scenario = parseScenario(JSON.stringify(value.scenario));
        if (value.origin === 'link' || value.origin === 'file') origin = value.origin;
      }
    } catch {
      scenario = null;
    }
  }
  if (scenario) return { scenario, origin, unreadable: null };
  saved.write(UNREADABLE_KEY, text);
  return { scenario: null, origin: 'work', unreadable: text };
}

export function workText(scenario: Scenario, origin: Origin): string {
  return JSON.stringify({ format: WORK_FORMAT, origin, scenario });
}

/** Set by openScenario just before it replaces the scenario: where the next one comes from. */
let nextOrigin: Origin | null = null;

/** Puts `scenario` on screen as opened from a link or file (untouched, it is kept under Recent as such). */
export function openScenario(store: ScenarioStore, scenario: Scenario, origin: Origin): void {
  nextOrigin = origin;
  try {
    store.getState().replaceScenario(scenario);
  } finally {
    nextOrigin = null;
  }
}

/**
 * Saves on every change of the scenario (queued and coalesced by storage/)
 * and returns the unsubscribe function. When the scenario is replaced
 * wholesale (the only change that starts a fresh history), the work it
 * replaces is kept as a recent entry first, whoever replaced it.
 */
export function startAutosave(
  store: ScenarioStore,
  saved: SavedWork = getSavedWork(),
  nowMs: () => number = () => Date.now(),
  initialOrigin: Origin = 'work',
): () => void {
  let origin = initialOrigin;
  saved.write(AUTOSAVE_KEY, workText(store.getState().scenario, origin));
  return store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    if (state.history === EMPTY_HISTORY) {
      keepAsRecent(previous.scenario, nowMs(), origin, saved);
      origin = nextOrigin ?? 'work';
    } else origin = 'work';
    saved.write(AUTOSAVE_KEY, workText(state.scenario, origin));
  });
}

export interface WithAutosave {
  /** Where the opening scenario came from. */
  origin: Origin;
  /** Saved work that could not be read (kept aside), for the notice that offers it as a file. */
  unreadable: string | null;
}

/**
 * What the app opens with, given what it would open without saved work: a
 * share link wins (and the saved work goes under Recent, so a link never
 * overwrites it without a way back); otherwise the work from last time.
 */
export function withAutosave<T extends { scenario: Scenario; fromLink: boolean; hint: string }>(
  opening: T,
  saved: SavedWork = getSavedWork(),
  nowMs: () => number = () => Date.now(),
): T & WithAutosave {
  const stored = readSavedWork(saved);
  const origin: Origin = opening.fromLink ? 'link' : 'work';
  if (!stored.scenario) return { ...opening, origin, unreadable: stored.unreadable };
  if (opening.fromLink) {
    keepAsRecent(stored.scenario, nowMs(), stored.origin, saved);
    return { ...opening, origin, unreadable: null };
  }
  return {
    ...opening,
    scenario: stored.scenario,
    origin: stored.origin,
    unreadable: null,
    hint: 'Your work from last time is back. New scenario starts afresh; Recent keeps what you replace.',
  };
}
