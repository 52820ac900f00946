// A database: a server-like node that holds data. Alone it is a single copy
// served like a server with no dependencies; in a cluster it is a replica and
// the cluster (data/) decides who serves what.
import { CallFlag } from '../events.ts';
import { clusterRequest, memberCrashed } from '../data/index.ts';
import type { World } from '../state.ts';
import { serverDown, serverRequest } from './server.ts';

export function databaseRequest(w: World, node: number, callId: number): void {
  if (w.cfg.nodes[node].cluster >= 0) clusterRequest(w, node, callId, (w.calls.flags[callId] & CallFlag.write) !== 0);
  else serverRequest(w, node, callId);
}

export function databaseDown(w: World, node: number): void {
  serverDown(w, node);
  memberCrashed(w, node);
}
