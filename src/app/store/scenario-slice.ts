// The scenario on screen: the very format-v1 object that is saved and shared,
// with its undo history as plain data. Edits are pure functions
// (src/app/editor/operations) applied through `edit`, which records history,
// bumps the revision (so the run driver resets a run made stale, and says
// so), and keeps the selection pointing at things that exist.
import type { Fault, Scenario } from '../../scenario/index.ts';
import {
  EMPTY_HISTORY, layoutMissing, pruneSelection, recordEdit, redoStep, sealHistory, undoStep,
  type Fragment, type History,
} from '../editor/index.ts';
import type { SliceCreator } from './create.ts';

export interface EditOptions {
  /** Consecutive edits with the same key are one undo step (typing in a field, one drag). */
  coalesceKey?: string;
  /**
   * Only positions changed. The simulation ignores positions, so a run on
   * screen stays valid and the revision is not bumped: tidying the canvas
   * never throws away a run.
   */
  layoutOnly?: boolean;
}

export interface ScenarioSlice {
  scenario: Scenario;
  /**
   * Bumped by every change that makes a run on screen stale (any edit but a
   * fault recorded live, which the running simulation already has, and a
   * move, which it never sees).
   */
  scenarioRevision: number;
  /**
   * Bumped only when the whole scenario is replaced (New, an example, a
   * link): a new document, which the canvas may fit to the screen. Edits
   * leave it alone, so the view never jumps while someone is drawing.
   */
  documentRevision: number;
  /** Replace the whole scenario (open an example or a link); starts a fresh history. */
  replaceScenario(next: Scenario): void;
  /** Record a fault injected live; returns its index in `faults`. Does not bump the revision. */
  recordFault(fault: Fault): number;
  /** Set the heal time of a recorded fault (Recover, Heal); does not bump the revision. */
  recordFaultEnd(index: number, endMs: number): void;

  history: History;
  /**
   * Applies an edit; returns false (and records nothing) when `recipe`
   * returned the same scenario.
   */
  edit(label: string, recipe: (scenario: Scenario) => Scenario, options?: EditOptions): boolean;
  /** Ends a merge series (a field loses focus, a drag ends). */
  sealHistory(): void;
  undo(): boolean;
  redo(): boolean;
  /** Nodes copied with Ctrl/Cmd+C, for Ctrl/Cmd+V. */
  clipboard: Fragment | null;
  setClipboard(fragment: Fragment | null): void;
}

/** "crash web-1 at 12.3 s": what Undo would take back. */
function faultLabel(fault: Fault): string {
  const target = 'target' in fault && fault.target !== undefined ? ` ${fault.target}` : '';
  return `${fault.type}${target} at ${(fault.atMs / 1000).toFixed(1)} s`;
}

export const createScenarioSlice =
  (initial: Scenario): SliceCreator<ScenarioSlice> =>
  (set, get) => {
    /** Puts `scenario` on screen after an edit, undo or redo. */
    const show = (scenario: Scenario, history: History, layoutOnly: boolean): void => {
      const state = get();
      const bump = !layoutOnly;
      set({
        scenario,
        history,
        scenarioRevision: bump ? state.scenarioRevision + 1 : state.scenarioRevision,
        selection: pruneSelection(state.selection, scenario),
      });
    };
    return {
      scenario: layoutMissing(initial),
      scenarioRevision: 0,
      documentRevision: 0,
      history: EMPTY_HISTORY,
      clipboard: null,
      replaceScenario: (next) => {
        const scenario = layoutMissing(next);
        set({
          scenario,
          history: EMPTY_HISTORY,
          scenarioRevision: get().scenarioRevision + 1,
          documentRevision: get().documentRevision + 1,
          selection: pruneSelection(get().selection, scenario),
        });
      },
      recordFault: (fault) => {
        const before = get().scenario;
        const faults = [...(before.faults ?? []), fault];
        // Recorded in history, so undoing earlier edits never drops it silently
        // (it waits in the redo stack), and Undo can take a live fault back.
        set({
          scenario: { ...before, faults },
          history: recordEdit(get().history, before, faultLabel(fault)),
        });
        return faults.length - 1;
      },
      recordFaultEnd: (index, endMs) => {
        const faults = [...(get().scenario.faults ?? [])];
        const fault = faults[index];
        if (!fault) return;
        faults[index] = { ...fault, durationMs: Math.max(0, endMs - fault.atMs) };
        set({ scenario: { ...get().scenario, faults } });
      },
      edit: (label, recipe, options = {}) => {
        const before = get().scenario;
        const after = recipe(before);
        if (after === before) return false;
        show(after, recordEdit(get().history, before, label, options), options.layoutOnly === true);
        return true;
      },
      sealHistory: () => set({ history: sealHistory(get().history) }),
      undo: () => {
        const step = undoStep(get().history, get().scenario);
        if (!step) return false;
        show(step.scenario, step.history, step.layoutOnly);
        return true;
      },
      redo: () => {
        const step = redoStep(get().history, get().scenario);
        if (!step) return false;
        show(step.scenario, step.history, step.layoutOnly);
        return true;
      },
      setClipboard: (clipboard) => set({ clipboard }),
    };
  };
