// The engine's public surface. The worker and the CLI use only this.
import type { NodeType } from '../scenario/index.ts';

export interface SimulationOptions {
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Overrides the scenario's durationMs. */
  durationMs?: number;
  /** Record spans of messages for the view (costs time; off in the CLI). */
  recordSpans?: boolean;
}

/** Names of what the engine simulates, by index, for packed frames. */
export interface Topology {
  nodeIds: string[];
  nodeTypes: NodeType[];
  linkIds: string[];
  /** Node index at each link's `from` end. */
  linkFrom: number[];
  linkTo: number[];
  zones: string[];
  /** Zone index of each node, -1 when none. */
  nodeZone: number[];
}

/** An opaque, structured-clonable copy of a simulation's whole state. */
export type SimulationSnapshot = { readonly __snapshot: true } & Record<string, unknown>;

/**
 * A running simulation. Implemented by `Simulation` in ./simulation.ts;
 * described here so the worker and the CLI depend on a small surface.
 */
export interface SimulationApi {
  readonly topology: Topology;
  readonly seed: number;
  readonly durationMs: number;
  /** Simulated time reached so far, ms. */
  nowMs(): number;
  /** True once every request started within durationMs has finished. */
  isDone(): boolean;
  /** Events processed so far. */
  eventCount(): number;
  /**
   * Processes every event up to and including simulated time `ms`, stopping
   * early after `maxEvents` events. Returns true when it reached `ms` (or the
   * end). Slicing never changes the run: the same events, the same hash.
   */
  runUntil(ms: number, maxEvents?: number): boolean;
  /** Runs to the end and returns the report. */
  runToEnd(): import('../scenario/types.ts').Report;
  /**
   * Adds a fault at `fault.atMs`, which must be later than nowMs(); returns its
   * index in faults(). A run with the fault injected live and a fresh run of the
   * scenario with the fault in its list give the same trace.
   */
  injectFault(fault: import('../scenario/types.ts').Fault): number;
  /** Ends fault `index` at `endMs` (≥ nowMs(), > its start): Recover, Heal. */
  endFault(index: number, endMs: number): void;
  faults(): readonly import('../scenario/types.ts').Fault[];
  /** Turns span recording on or off (off while running to the end at full speed). */
  setRecordSpans(on: boolean): void;
  snapshot(): SimulationSnapshot;
  /** Restores a snapshot taken from a simulation of the same scenario. */
  restore(snapshot: SimulationSnapshot): void;
  /** Spans recorded since the last call, packed (frames.ts SPAN). Empty unless recordSpans. */
  takeSpans(): Float64Array;
  /** Metric rows since the last call: each ROW.size + nodes × NODE_ROW.size numbers. */
  takeRows(): Float64Array;
  /** Log entries since the last call. */
  takeLog(): import('./frames.ts').LogEntry[];
  /** Live node states, packed (frames.ts NODE). */
  nodeStates(): Float64Array;
  /** Live link states, packed (frames.ts LINK). */
  linkStates(): Float64Array;
  /** The report so far; final once isDone(). */
  report(): import('../scenario/types.ts').Report;
  traceHash(): string;
}
