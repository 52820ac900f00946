// Replicated clusters: replication, failover, quorum, split brain. The rest
// of the engine comes in here only.
import { Outcome } from '../events.ts';
import { countRejected } from '../monitor/index.ts';
import { sendResponse } from '../net/index.ts';
import { admit, finish } from '../service/index.ts';
import type { World } from '../state.ts';
import { Role } from './cluster-state.ts';
import { clusterMessage, clusterTick, memberDown, memberRestarted, promote } from './failover.ts';
import { acceptsWrites, isWrite, parkedTimeout, writeServed } from './replication.ts';
import { ClusterEv } from './transport.ts';

export { clusterCallee } from './routing.ts';
export { compileClusters } from './compile.ts';
export { createClusters, startClusters } from './setup.ts';
export { dataReport, dataSoFar } from './report.ts';
export { clusterWritesAtRisk, nodeLagMs, nodeRole, nodeWritesAtRisk } from './view.ts';
export type { ClusterMessages, ClusterRt } from './cluster-state.ts';

const memberIndex = (w: World, node: number): number => w.cfg.clusters[w.cfg.nodes[node].cluster].members.indexOf(node);

/** A request reaches a cluster member: a write to a member that takes none fails at once. */
export function clusterRequest(w: World, node: number, callId: number, write: boolean): void {
  const cluster = w.cfg.nodes[node].cluster;
  if (write && !acceptsWrites(w, cluster, memberIndex(w, node))) {
    countRejected(w.nodes[node]);
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  admit(w, node, callId);
}

/** A cluster member finished serving a request. */
export function clusterServed(w: World, job: number): void {
  const node = w.jobs.node[job];
  const cluster = w.cfg.nodes[node].cluster;
  const i = memberIndex(w, node);
  if (isWrite(w, job)) {
    writeServed(w, cluster, i, job);
    return;
  }
  const c = w.clusters[cluster];
  const m = c.members[i];
  // A replica that lacks the last acknowledged write of this key serves an old value.
  const key = w.jobs.key[job];
  if (m.role !== Role.primary && key < c.keyLen.length && m.len < c.keyLen[key]) {
    c.staleReads++;
    w.nodes[node].staleReads++;
  }
  finish(w, job, Outcome.ok);
}

/** Manual failover: the member becomes primary. */
export function promoteFault(w: World, node: number): void {
  const cluster = w.cfg.nodes[node].cluster;
  if (cluster >= 0) promote(w, cluster, memberIndex(w, node), true);
}

export function memberCrashed(w: World, node: number): void {
  const cluster = w.cfg.nodes[node].cluster;
  if (cluster >= 0) memberDown(w, cluster, memberIndex(w, node));
}

/** A node came back up; a cluster member rejoins. */
export function memberUp(w: World, node: number): void {
  const cluster = w.cfg.nodes[node].cluster;
  if (cluster >= 0) memberRestarted(w, cluster, memberIndex(w, node));
}

/** Events of the cluster machinery (messages, heartbeats, timeouts, promotions), for the loop's table. */
export const CLUSTER_EVENTS: readonly { type: number; run: (w: World, a: number, b: number) => void }[] = [
  { type: ClusterEv.message, run: clusterMessage },
  { type: ClusterEv.tick, run: clusterTick },
  { type: ClusterEv.parkedTimeout, run: parkedTimeout },
  { type: ClusterEv.promote, run: (w, a, b) => promote(w, a, b, false) },
];
