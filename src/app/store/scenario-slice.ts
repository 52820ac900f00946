// The scenario on screen: the very format-v1 object that is saved and shared.
// (The editor issue grows this into history, edit operations and autosave.)
import type { Fault, Scenario } from '../../scenario/types.ts';
import type { SliceCreator } from './index.ts';

export interface ScenarioSlice {
  scenario: Scenario;
  /**
   * Bumped by every change that makes a run on screen stale (any edit but a
   * fault recorded live, which the running simulation already has).
   */
  scenarioRevision: number;
  /** Replace the whole scenario (open an example or a link). */
  replaceScenario(next: Scenario): void;
  /** Record a fault injected live; returns its index in `faults`. Does not bump the revision. */
  recordFault(fault: Fault): number;
  /** Set the heal time of a recorded fault (Recover, Heal); does not bump the revision. */
  recordFaultEnd(index: number, endMs: number): void;
}

export const createScenarioSlice =
  (initial: Scenario): SliceCreator<ScenarioSlice> =>
  (set, get) => ({
    scenario: initial,
    scenarioRevision: 0,
    replaceScenario: (next) => set({ scenario: next, scenarioRevision: get().scenarioRevision + 1 }),
    recordFault: (fault) => {
      const faults = [...(get().scenario.faults ?? []), fault];
      set({ scenario: { ...get().scenario, faults } });
      return faults.length - 1;
    },
    recordFaultEnd: (index, endMs) => {
      const faults = [...(get().scenario.faults ?? [])];
      const fault = faults[index];
      if (!fault) return;
      faults[index] = { ...fault, durationMs: Math.max(0, endMs - fault.atMs) };
      set({ scenario: { ...get().scenario, faults } });
    },
  });
