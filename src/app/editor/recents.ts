// Recent scenarios: before anything replaces the work on screen, that work is
// kept here, so replacing is never losing. Each entry remembers where it came
// from: the user's own work, or a link or file opened and left untouched
// (which can be opened again from where it came). When the list is full, or
// too big for the browser, link and file entries go first, oldest first; the
// user's own work leaves only to make room for newer work of their own — so
// six big links in a row, or a link with a huge `meta`, cannot push it out.
import { EXAMPLE_NAMES, getExample, type Scenario } from '../../scenario/index.ts';
import { KEYS, getSavedWork, type SavedWork } from '../storage/index.ts';
import { parseScenario } from './parse.ts';
import { sameValue } from './same-value.ts';

export const RECENTS_KEY = KEYS.recent;
export const MAX_RECENTS = 8;
/** The Recent list's size bound, characters of JSON: it must fit beside the work in a 5 MB localStorage. */
export const MAX_RECENTS_CHARS = 2_500_000;

/** Where a scenario on screen came from: edited by the user, or opened from a link or a file and not changed. */
export type Origin = 'work' | 'link' | 'file';

export interface RecentEntry {
  name: string;
  /** Wall-clock time it was kept, ms since the epoch (for "kept 5 min ago"). */
  keptAtMs: number;
  origin: Origin;
  scenario: Scenario;
}

const cache = new WeakMap<SavedWork, RecentEntry[]>();

/** The Recent list, newest first (read from storage once, then kept in memory). */
export function listRecents(saved: SavedWork = getSavedWork()): RecentEntry[] {
  let entries = cache.get(saved);
  if (!entries) {
    entries = parseRecents(saved.stored.recent);
    cache.set(saved, entries);
  }
  return entries;
}

/** Entries that validate; anything else in storage is skipped, never trusted. */
export function parseRecents(text: string | undefined): RecentEntry[] {
  if (text === undefined) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const entries: RecentEntry[] = [];
  for (const item of raw) {
    if (item === null || typeof item !== 'object') continue;
    const { keptAtMs, scenario, origin } = item as { keptAtMs?: unknown; scenario?: unknown; origin?: unknown };
    const valid = parseScenario(JSON.stringify(scenario));
    // Entries of older builds have no origin: they were the user's work.
    const from: Origin = origin === 'link' || origin === 'file' ? origin : 'work';
    if (valid && typeof keptAtMs === 'number') entries.push({ name: valid.name, keptAtMs, origin: from, scenario: valid });
  }
  return entries;
}

/** True when the scenario holds nothing worth keeping (no nodes). */
export function isBlank(scenario: Scenario): boolean {
  return scenario.nodes.length === 0;
}

/** True for a built-in example nobody changed: it can always be opened again. */
export function isUntouchedExample(scenario: Scenario): boolean {
  return EXAMPLE_NAMES.some((name) => sameValue(getExample(name).scenario, scenario));
}

/**
 * The list with `entry` on top (an identical entry is moved, not repeated),
 * then trimmed to MAX_RECENTS entries and MAX_RECENTS_CHARS: link and file
 * entries go first, oldest first; the user's work only for the count, never
 * for size.
 */
export function withRecent(list: readonly RecentEntry[], entry: RecentEntry, maxChars: number = MAX_RECENTS_CHARS): RecentEntry[] {
  const next = [entry, ...list.filter((e) => !sameValue(e.scenario, entry.scenario))];
  const sizes = new Map(next.map((e) => [e, JSON.stringify(e).length]));
  let total = [...sizes.values()].reduce((a, b) => a + b, 0);
  while (next.length > MAX_RECENTS || total > maxChars) {
    let drop = -1;
    for (let i = next.length - 1; i >= 0 && drop < 0; i--) if (next[i].origin !== 'work') drop = i;
    if (drop < 0 && next.length > MAX_RECENTS) drop = next.length - 1;
    if (drop < 0) break;
    total -= sizes.get(next[drop]) ?? 0;
    next.splice(drop, 1);
  }
  return next;
}

/**
 * Keeps `scenario` at the top of the recent list; blank scenarios and
 * untouched examples are not kept (they can always be had again).
 */
export function keepAsRecent(scenario: Scenario, keptAtMs: number, origin: Origin = 'work', saved: SavedWork = getSavedWork()): RecentEntry[] {
  const entries = listRecents(saved);
  if (isBlank(scenario) || isUntouchedExample(scenario)) return entries;
  const next = withRecent(entries, { name: scenario.name, keptAtMs, origin, scenario });
  cache.set(saved, next);
  saved.write(KEYS.recent, JSON.stringify(next));
  return next;
}

/**
 * Whether replacing `current` needs a question first: when it holds work
 * that is not blank, not an untouched example, and not kept already — or
 * when nothing can be kept in this browser at all.
 */
export function hasUnkeptWork(current: Scenario, saved: SavedWork = getSavedWork()): boolean {
  if (isBlank(current) || isUntouchedExample(current)) return false;
  if (!saved.canKeep()) return true;
  return !listRecents(saved).some((e) => sameValue(e.scenario, current));
}

/** What the replace question says happens to the work on screen: never a promise the browser cannot keep. */
export function replaceNote(saved: SavedWork = getSavedWork()): string {
  return saved.canKeep()
    ? 'It stays under Recent, so you can come back to it.'
    : 'This browser cannot keep it (see the notice on the canvas): cancel and export it first if you want to keep it.';
}
