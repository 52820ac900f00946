// Replicated clusters: replication, failover, quorum, split brain.
import type { World } from '../state.ts';

/** Manual failover: the member becomes primary. */
export function promoteFault(_w: World, _member: number): void {}

/** A node came back up; a cluster member rejoins as a replica. */
export function memberUp(_w: World, _node: number): void {}

/** Events of the cluster machinery (heartbeats, replication, promotion). */
export function clusterEvent(_w: World, _type: number, _a: number, _b: number): void {}
