// The run on screen: playback, the shown simulated time, the latest node and
// link states, metric rows and the event log up to the shown time, and what
// the worker reported. The run driver (../run/driver.ts) fills it in at a
// calm rate (≤ 10 times a second), so React never re-renders per animation
// frame; the traffic layer reads `live` directly in its own loop.
import type { Topology } from '../../engine/index.ts';
import type { LogEntry } from '../../engine/index.ts';
import type { Fault, Report, Scenario } from '../../scenario/index.ts';
import { LiveView } from './live-view.ts';
import type { SliceCreator } from './create.ts';

/** A fault as the user asks for it; the driver stamps the current time on it. */
export type FaultRequest = Fault extends infer F ? (F extends Fault ? Omit<F, 'atMs' | 'durationMs'> : never) : never;

/**
 * Speeds offered, in simulated ms per wall ms: each one can be watched (at
 * 100× a minute takes 0.6 s). Anything faster is Run to end, which shows no
 * requests in flight but finishes as fast as the engine can.
 */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100] as const;

/** What the user can ask of the run; the driver implements it. */
export interface RunCommands {
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  step(direction: 1 | -1): void;
  seek(ms: number): void;
  reset(): void;
  runToEnd(): void;
  injectFault(fault: FaultRequest): void;
  endFault(scenarioFaultIndex: number): void;
}

/**
 * A run kept to compare the one on screen against: the run before the last
 * edit ('before'), or one the user pinned, which stays until cleared.
 */
export interface CompareRun {
  kind: 'before' | 'pinned';
  /** The scenario it ran (what changed since is told from it). */
  scenario: Scenario;
  rows: Float64Array[];
  /** Its report when it had finished. */
  report: Report | null;
  /** How far it got, ms. */
  reachedMs: number;
}

export interface RunTotals {
  /** Wall time Run to end took, ms. */
  wallMs: number;
  events: number;
  requests: number;
}

export interface RunSlice {
  topology: Topology | null;
  seed: number;
  durationMs: number;
  rowWidth: number;
  /** Why the scenario cannot run, in words; null when it runs. */
  runError: string | null;
  /** The shown simulated time, ms. */
  simTimeMs: number;
  /** The furthest simulated time reached; the timeline can seek anywhere up to it. */
  horizonMs: number;
  playing: boolean;
  /** Simulated ms per wall ms (one of SPEEDS). */
  speed: number;
  /** True while the worker re-runs to the shown time after a seek. */
  seeking: boolean;
  /** Progress of Run to end (0..1), null when not running to the end. */
  runToEndProgress: number | null;
  /** The run has finished and the shown time is its end. */
  done: boolean;
  nodeStates: Float64Array | null;
  linkStates: Float64Array | null;
  /** Metric rows with tMs ≤ simTimeMs, one array of rowWidth numbers each. */
  rows: Float64Array[];
  log: LogEntry[];
  events: number;
  traceHash: string | null;
  report: Report | null;
  lastRunToEnd: RunTotals | null;
  /** A short message about the run (e.g. "the scenario changed, the run restarted"). */
  notice: string | null;
  compare: CompareRun | null;
  /** Mutable per-frame view for the traffic layer (not a change-notifying field). */
  live: LiveView;
  runCommands: RunCommands | null;

  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  step(direction: 1 | -1): void;
  seek(ms: number): void;
  resetRun(): void;
  runToEnd(): void;
  injectFault(fault: FaultRequest): void;
  endFault(scenarioFaultIndex: number): void;
  dismissNotice(): void;
  /** Keeps the run on screen as the one later runs are compared against. */
  pinRun(): void;
  clearCompare(): void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => {
  const commands = (): RunCommands | null => get().runCommands;
  return {
    topology: null,
    seed: 0,
    durationMs: 0,
    rowWidth: 0,
    runError: null,
    simTimeMs: 0,
    horizonMs: 0,
    playing: false,
    speed: 1,
    seeking: false,
    runToEndProgress: null,
    done: false,
    nodeStates: null,
    linkStates: null,
    rows: [],
    log: [],
    events: 0,
    traceHash: null,
    report: null,
    lastRunToEnd: null,
    notice: null,
    compare: null,
    live: new LiveView(),
    runCommands: null,

    play: () => (commands() ? commands()?.play() : set({ playing: true })),
    pause: () => (commands() ? commands()?.pause() : set({ playing: false })),
    togglePlay: () => (get().playing || get().runToEndProgress !== null ? get().pause() : get().play()),
    setSpeed: (speed) => (commands() ? commands()?.setSpeed(speed) : set({ speed })),
    step: (direction) => commands()?.step(direction),
    seek: (ms) => commands()?.seek(ms),
    resetRun: () => commands()?.reset(),
    runToEnd: () => commands()?.runToEnd(),
    injectFault: (fault) => commands()?.injectFault(fault),
    endFault: (index) => commands()?.endFault(index),
    dismissNotice: () => set({ notice: null }),
    pinRun: () => {
      const s = get();
      if (s.rows.length === 0) return;
      set({ compare: { kind: 'pinned', scenario: s.scenario, rows: s.rows, report: s.done ? s.report : null, reachedMs: s.simTimeMs } });
    },
    clearCompare: () => set({ compare: null }),
  };
};
