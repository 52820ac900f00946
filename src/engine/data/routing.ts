// A link to any member is a link to the cluster: a write goes to the member
// the caller believes is primary, a read to the primary or (readFrom: any)
// to each member in turn. Callers learn of a new primary only once they can
// reach it, so until then their writes fail.
import { CallFlag } from '../events.ts';
import { isPartitioned } from '../net/index.ts';
import type { World } from '../state.ts';

/** The member node a call from `caller` over a link to cluster member `member` is delivered to. */
export function clusterCallee(w: World, caller: number, member: number, flags: number): number {
  const cluster = w.cfg.nodes[member].cluster;
  if (cluster < 0 || (flags & CallFlag.probe) !== 0) return member;
  const c = w.clusters[cluster];
  const cfg = w.cfg.clusters[cluster];
  if ((flags & CallFlag.write) === 0 && cfg.readAny) {
    c.readCursor = (c.readCursor + 1) % cfg.members.length;
    return cfg.members[c.readCursor];
  }
  return cfg.members[c.views[caller]];
}

/** Callers that can reach the advertised primary switch to it. */
export function refreshViews(w: World, cluster: number): void {
  const c = w.clusters[cluster];
  if (c.advertised < 0) return;
  const primaryNode = w.cfg.clusters[cluster].members[c.advertised];
  if (w.nodes[primaryNode].downCount > 0) return;
  for (const caller of w.cfg.clusters[cluster].callers) {
    if (c.views[caller] === c.advertised) continue;
    if (w.nodes[caller].downCount > 0) continue;
    if (w.groupCuts.length > 0 && isPartitioned(w, caller, primaryNode)) continue;
    c.views[caller] = c.advertised;
  }
}
