// Replicated clusters: replication, failover, quorum, split brain. The rest
// of the engine comes in here only.
import { Outcome } from '../events.ts';
import { finish, serverRequest } from '../nodes/server.ts';
import { sendResponse } from '../net/calls.ts';
import type { World } from '../state.ts';
import { Role } from './cluster-state.ts';
import { clusterMessage, clusterTick, memberDown, memberRestarted, promote } from './failover.ts';
import { acceptsWrites, isWrite, parkedTimeout, writeServed } from './replication.ts';
import { ClusterEv } from './transport.ts';

export { clusterCallee } from './routing.ts';

const memberIndex = (w: World, node: number): number => w.cfg.clusters[w.cfg.nodes[node].cluster].members.indexOf(node);

/** A request reaches a cluster member: a write to a member that takes none fails at once. */
export function clusterRequest(w: World, node: number, callId: number, write: boolean): void {
  const cluster = w.cfg.nodes[node].cluster;
  if (write && !acceptsWrites(w, cluster, memberIndex(w, node))) {
    w.nodes[node].rejected++;
    w.nodes[node].ivErrors++;
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  serverRequest(w, node, callId);
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

/** Events of the cluster machinery (messages, heartbeats, timeouts, promotions). */
export function clusterEvent(w: World, type: number, a: number, b: number): void {
  switch (type) {
    case ClusterEv.message: clusterMessage(w, a, b); return;
    case ClusterEv.tick: clusterTick(w, a); return;
    case ClusterEv.parkedTimeout: parkedTimeout(w, a); return;
    case ClusterEv.promote: promote(w, a, b, false); return;
  }
}
