// The engine's public surface. The worker and the CLI use only this.
import type { NodeType } from '../scenario/types.ts';

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
