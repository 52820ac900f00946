// What crosses the worker boundary. Calls are few and coarse; each returns
// after a bounded slice of wall time so the worker always answers quickly.
// Packed numbers travel as Float64Arrays whose buffers are transferred, never
// copied (frames.ts gives their layouts).
import type { Topology } from '../engine/index.ts';
import type { LogEntry } from '../engine/index.ts';
import type { Fault, Report, Scenario } from '../scenario/index.ts';

/** Wall time one call may spend simulating, ms. Small so pause and seek answer at once. */
export const DEFAULT_SLICE_BUDGET_MS = 8;

/** The largest simulated time the worker is asked to reach ("to the end"), ms. */
export const FAR_FUTURE_MS = 1e12;

/** Wall time per slice of Run to end, ms: the worker runs on alone, so slices can be longer. */
export const RUN_TO_END_SLICE_MS = 25;

/** Sub-millisecond step before a change: an edit at `atMs` re-runs to just before it. */
export const BEFORE_MS = 0.001;

export interface LoadInfo {
  topology: Topology;
  seed: number;
  durationMs: number;
  /** Columns per metric row: ROW.size + nodes × NODE_ROW.size. */
  rowWidth: number;
  /** The engine's fault list after loading (the scenario's own faults, in engine order). */
  faults: Fault[];
}

export interface AdvanceRequest {
  /** Simulate up to this time (inclusive), ms. */
  toMs: number;
  /**
   * The page shows nothing before this time: spans that arrive earlier are
   * dropped in the worker instead of crossing the boundary (at high speed
   * that is almost all of them).
   */
  viewFromMs: number;
  /**
   * Send only spans still in flight when the call ends: at top speed the page
   * jumps straight to the worker's time, so nothing earlier is ever shown.
   */
  viewFromEnd?: boolean;
  /** Wall time this call may spend, ms. */
  budgetMs?: number;
}

/** What happened in the worker during one call. */
export interface Delta {
  /** Simulated time when this call began (the page's data ends there), ms. */
  fromMs: number;
  /** Simulated time reached, ms. */
  toMs: number;
  /**
   * True while the worker is re-running from a snapshot to a time the page
   * already has data for; such a delta carries no rows, log or spans.
   */
  catchingUp: boolean;
  /** Every request started within durationMs has finished. */
  done: boolean;
  events: number;
  spans: Float64Array;
  rows: Float64Array;
  log: LogEntry[];
  nodeStates: Float64Array;
  linkStates: Float64Array;
  /** Present once done: the digest of the whole event trace, and the report. */
  traceHash?: string;
  report?: Report;
}

/**
 * The answer to a change of the past (a seek back, or a fault injected or
 * ended before the worker's time): the page keeps its data up to `resumeMs`
 * and drops the rest; the worker re-runs to `resumeMs` and goes on from there.
 * Absent when nothing had to be re-run.
 */
export interface ChangeResult {
  resumeMs?: number;
  /** Index of the fault in the engine's list (inject only). */
  faultIndex?: number;
}

/** The worker's API, as Comlink exposes it. */
export interface SimWorkerApi {
  load(scenario: Scenario): LoadInfo;
  advance(request: AdvanceRequest): Delta;
  /** Moves to `ms`: restores the nearest snapshot when `ms` is in the past. */
  seek(ms: number): ChangeResult;
  /** Adds a fault at fault.atMs (re-running from a snapshot when that is in the past). */
  inject(fault: Fault): ChangeResult;
  /** Ends fault `index` at `endMs` (Recover, Heal). */
  endFault(index: number, endMs: number): ChangeResult;
  /**
   * Runs to the end in slices, handing each slice's delta to `onDelta` as it
   * goes (no round trip per slice), and yields between slices so that
   * cancelRunToEnd can arrive. Resolves when done or cancelled, with the
   * number of deltas sent: the callbacks travel on their own channel and may
   * land after the answer, so the page waits for that many.
   */
  runToEnd(onDelta: (delta: Delta) => void, sliceMs?: number): Promise<number>;
  cancelRunToEnd(): void;
  /** The trace hash so far. */
  traceHash(): string;
}

/** Buffers of a delta, for Comlink.transfer; each listed once (a buffer may back two arrays). */
export function deltaTransferables(delta: Delta): ArrayBuffer[] {
  const buffers = [delta.spans, delta.rows, delta.nodeStates, delta.linkStates].map((a) => a.buffer as ArrayBuffer);
  return [...new Set(buffers)];
}
