// Runtime state of a replicated cluster: each member's copy of the write log
// (as segments of writes by epoch), who leads, who follows, and what has been
// acknowledged, kept, lost and read stale.
import type { Pool } from '../kernel/index.ts';

export const Role = { replica: 0, primary: 1 } as const;
export const Replication = { async: 0, semiSync: 1, sync: 2, quorum: 3 } as const;
export const FailoverMode = { automatic: 0, manual: 1, none: 2 } as const;

export interface MemberRt {
  node: number;
  role: number;
  /** A primary that cannot reach a majority stops taking writes (requireQuorum). */
  fenced: boolean;
  /** Epoch of the primary this member leads or follows. */
  epoch: number;
  /** The log: segEpoch[i] wrote the next segCount[i] writes of that epoch. */
  segEpoch: number[];
  segCount: number[];
  len: number;
  /** True once its log is known to be a prefix of its primary's. */
  synced: boolean;
  /** Replica: when it last heard from its primary. */
  lastHeardUs: number;
  /** Primary: when each member last answered, and how much of the log it has. */
  ackUs: Float64Array;
  matchLen: Float64Array;
  /** semiSync fell back to async after no replica answered in time. */
  fallback: boolean;
}

/** Writes waiting for replicas before they are acknowledged, oldest first. */
export interface Parked {
  jobs: Int32Array;
  gens: Int32Array;
  lens: Float64Array;
  deadlines: Float64Array;
  head: number;
  count: number;
  timerScheduled: boolean;
}

export interface ClusterRt {
  members: MemberRt[];
  /** The member callers are told is primary (-1: none yet). */
  advertised: number;
  epochs: number;
  /** Per epoch: writes acknowledged, and of those, writes counted lost. */
  acked: number[];
  lost: number[];
  /** Member each node sends its writes to (its view; it learns of a promotion only when it can reach the new primary). */
  views: Int32Array;
  readCursor: number;
  /** Member whose promotion is under way, or -1. */
  pending: number;
  parked: Parked;
  /** Time each log position (mod size) was written at its primary, for replication lag. */
  appendUs: Float64Array;
  /** Log position of the last acknowledged write of each key, for stale reads. */
  keyLen: Float64Array;
  // accounting, integrated up to durationMs
  lastTouchUs: number;
  writable: boolean;
  primaries: number;
  noPrimaryUs: number;
  splitBrainUs: number;
  /** When the current stretch without a writable primary, or of split brain, began (for the log). */
  unwritableSinceUs: number;
  splitSinceUs: number;
  writesAcked: number;
  /** Lost writes the log has already told of. */
  lostLogged: number;
  staleReads: number;
  failovers: number;
}

/** Cluster messages (replication, acknowledgements, heartbeats) in flight. */
export interface ClusterMessages extends Pool {
  cluster: Int32Array;
  from: Int32Array;
  to: Int32Array;
  kind: Int32Array;
  epoch: Int32Array;
  len: Float64Array;
  /** The sender's incarnation: a message not yet delivered when its sender crashes is lost with it. */
  incarnation: Int32Array;
}

export const Msg = { append: 0, ack: 1, heartbeat: 2, nack: 3 } as const;

/** Ring size of append times kept for replication lag. */
export const APPEND_RING = 4096;
