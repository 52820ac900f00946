// Undo history as plain data: a stack of earlier scenarios and a stack of
// undone ones. Scenarios are immutable and edits copy only what they change,
// so a snapshot per step shares almost everything with its neighbours and is
// cheap; and "what was the scenario before this edit" needs no inverse
// operations that could drift from the forward ones.
import type { Scenario } from '../../scenario/index.ts';

export interface HistoryEntry {
  /** What the edit that left this state did ("Add web-3"), for the Undo button's title. */
  label: string;
  /** The scenario before (in `past`) or after (in `future`) that edit. */
  scenario: Scenario;
  /** Only positions differ across this step, so undoing it leaves a run on screen valid. */
  layoutOnly?: boolean;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * The key of the last edit when it may merge with the next (typing in one
   * field, ticks of one drag): one undo step for one gesture.
   */
  coalesceKey: string | null;
}

/** Enough for a long session; beyond it the oldest steps go. */
export const HISTORY_LIMIT = 200;

export const EMPTY_HISTORY: History = { past: [], future: [], coalesceKey: null };

/** History after an edit from `before`; a redo branch is dropped, as in every editor. */
export function recordEdit(
  history: History,
  before: Scenario,
  label: string,
  options: { coalesceKey?: string; layoutOnly?: boolean } = {},
): History {
  const { coalesceKey } = options;
  if (coalesceKey !== undefined && coalesceKey === history.coalesceKey && history.past.length > 0) {
    return { past: history.past, future: [], coalesceKey };
  }
  const entry: HistoryEntry = { label, scenario: before };
  if (options.layoutOnly) entry.layoutOnly = true;
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], coalesceKey: coalesceKey ?? null };
}

export interface Step {
  history: History;
  scenario: Scenario;
  layoutOnly: boolean;
}

export function undoStep(history: History, current: Scenario): Step | null {
  const entry = history.past.at(-1);
  if (!entry) return null;
  return {
    scenario: entry.scenario,
    layoutOnly: entry.layoutOnly === true,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { ...entry, scenario: current }],
      coalesceKey: null,
    },
  };
}

export function redoStep(history: History, current: Scenario): Step | null {
  const entry = history.future.at(-1);
  if (!entry) return null;
  return {
    scenario: entry.scenario,
    layoutOnly: entry.layoutOnly === true,
    history: {
      past: [...history.past, { ...entry, scenario: current }],
      future: history.future.slice(0, -1),
      coalesceKey: null,
    },
  };
}

/** Ends a merge series: the next edit is a step of its own even with the same key. */
export function sealHistory(history: History): History {
  return history.coalesceKey === null ? history : { ...history, coalesceKey: null };
}
