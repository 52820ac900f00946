// Messages between members of a cluster travel over the link between them
// (its latency, loss and cuts apply) or, without one, a 1 ms default link;
// partitions into groups apply either way.
import { allocId, freeId, LinkStream, nextFloat, schedule } from '../kernel/index.ts';
import { Ev } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { isPartitioned, linkLatencyUs, recordSpan } from '../net/index.ts';
import type { World } from '../state.ts';

export const ClusterEv = { message: Ev.clusterBase, tick: Ev.clusterBase + 1, parkedTimeout: Ev.clusterBase + 2, promote: Ev.clusterBase + 3 } as const;

const DEFAULT_LATENCY_US = 1000;

/** True when member `a` can currently exchange messages with member `b` (b up, no cut between them). */
export function canReachMember(w: World, cluster: number, a: number, b: number): boolean {
  const c = w.cfg.clusters[cluster];
  const na = c.members[a], nb = c.members[b];
  if (w.nodes[nb].downCount > 0 || w.nodes[na].downCount > 0) return false;
  if (a === b) return true;
  const link = c.memberLinks[a][b];
  if (link >= 0 && w.links[link].cutCount > 0) return false;
  return w.groupCuts.length === 0 || !isPartitioned(w, na, nb);
}

export function sendClusterMessage(w: World, cluster: number, from: number, to: number, kind: number, epoch: number, len: number): void {
  const c = w.cfg.clusters[cluster];
  const link = c.memberLinks[from][to];
  const na = c.members[from], nb = c.members[to];
  if (link >= 0 && w.links[link].cutCount > 0) return;
  if (w.groupCuts.length > 0 && isPartitioned(w, na, nb)) return;
  if (link >= 0 && w.links[link].lossRate > 0 && nextFloat(w.rng, w.cfg.links[link].stream + LinkStream.loss) < w.links[link].lossRate) return;
  const latencyUs = link >= 0 ? linkLatencyUs(w, w.cfg, link, LinkStream.latency) : DEFAULT_LATENCY_US;
  const m = w.cmsgs;
  const id = allocId(m);
  m.cluster[id] = cluster; m.from[id] = from; m.to[id] = to; m.kind[id] = kind; m.epoch[id] = epoch; m.len[id] = len;
  m.incarnation[id] = w.nodes[na].incarnation;
  schedule(w.queue, w.nowUs + latencyUs, ClusterEv.message, id, m.gen[id]);
  if (w.recordSpans && link >= 0) recordSpan(w, link, w.cfg.links[link].from !== na, w.nowUs, w.nowUs + latencyUs, SpanKind.replication, -1);
}

export function freeClusterMessage(w: World, id: number): void {
  freeId(w.cmsgs, id);
}
