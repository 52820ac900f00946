// One run of a sweep or a comparison: an ordinary run of the scenario on one
// seed, kept as the few numbers a summary needs. The only file here that
// reaches the engine, so the statistics load without it.
import { Simulation } from '../engine/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { rowFromReport, type RunRow } from './sweep.ts';

/** Events between progress reports: a few tenths of a second of work. */
const SLICE_EVENTS = 1_000_000;

/**
 * Runs `scenario` on `seed`. A long run (a simulated year) reports the share
 * of its simulated time done after each slice; slicing never changes the run.
 */
export function runOne(scenario: Scenario, seed: number, onProgress?: (fraction: number) => void, sliceEvents = SLICE_EVENTS): RunRow {
  const sim = new Simulation(scenario, { seed });
  while (!sim.isDone()) {
    sim.runUntil(Infinity, sliceEvents);
    if (onProgress && !sim.isDone()) onProgress(Math.min(1, sim.nowMs() / sim.durationMs));
  }
  return rowFromReport(sim.report());
}
