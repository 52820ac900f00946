// Recent scenarios: before New scenario or Open example replaces the work on
// screen, that work is kept here, so replacing is never losing.
import { EXAMPLE_NAMES, getExample, type Scenario } from '../../scenario/index.ts';
import { browserStorage, parseScenario, type KeyValueStorage } from './autosave.ts';
import { sameValue } from './same-value.ts';

export const RECENTS_KEY = 'nines:recent@1';
export const MAX_RECENTS = 8;

export interface RecentEntry {
  name: string;
  /** Wall-clock time it was kept, ms since the epoch (for "kept 5 min ago"). */
  keptAtMs: number;
  scenario: Scenario;
}

export function listRecents(storage: KeyValueStorage | null = browserStorage()): RecentEntry[] {
  if (!storage) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(RECENTS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const entries: RecentEntry[] = [];
  for (const item of raw) {
    if (item === null || typeof item !== 'object') continue;
    const { keptAtMs, scenario } = item as { keptAtMs?: unknown; scenario?: unknown };
    const valid = parseScenario(JSON.stringify(scenario));
    if (valid && typeof keptAtMs === 'number') entries.push({ name: valid.name, keptAtMs, scenario: valid });
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
 * Keeps `scenario` at the top of the recent list (replacing an identical
 * entry rather than repeating it); blank scenarios are not kept.
 */
export function keepAsRecent(
  scenario: Scenario,
  keptAtMs: number,
  storage: KeyValueStorage | null = browserStorage(),
): RecentEntry[] {
  const entries = listRecents(storage);
  if (!storage || isBlank(scenario) || isUntouchedExample(scenario)) return entries;
  const others = entries.filter((e) => !sameValue(e.scenario, scenario));
  const next = [{ name: scenario.name, keptAtMs, scenario }, ...others].slice(0, MAX_RECENTS);
  try {
    storage.setItem(RECENTS_KEY, JSON.stringify(next));
  } catch {
    // Quota: drop the older half and try once more; the autosave slot matters more.
    try {
      storage.setItem(RECENTS_KEY, JSON.stringify(next.slice(0, Math.ceil(next.length / 2))));
    } catch {
      return entries;
    }
  }
  return next;
}

/**
 * Whether replacing `current` needs a question first: only when it holds
 * work that is not blank, not an untouched example, and not kept already.
 */
export function hasUnkeptWork(current: Scenario, storage: KeyValueStorage | null = browserStorage()): boolean {
  if (isBlank(current) || isUntouchedExample(current)) return false;
  return !listRecents(storage).some((e) => sameValue(e.scenario, current));
}
