// What the view shows of a node's place in a cluster.
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { APPEND_RING, Role } from './cluster-state.ts';
import { commonPrefix } from './log.ts';

/** 1 primary, 2 replica, 3 fenced primary, 0 not in a cluster. */
export function nodeRole(w: World, node: number): number {
  const c = w.cfg.nodes[node].cluster;
  if (c < 0) return 0;
  const m = w.clusters[c].members[w.cfg.clusters[c].members.indexOf(node)];
  if (m.role !== Role.primary) return 2;
  return m.fenced ? 3 : 1;
}

/** How far a replica is behind its primary, ms: the age of the oldest write it lacks. */
export function nodeLagMs(w: World, node: number): number {
  const ci = w.cfg.nodes[node].cluster;
  if (ci < 0) return 0;
  const c = w.clusters[ci];
  const m = c.members[w.cfg.clusters[ci].members.indexOf(node)];
  if (m.role === Role.primary) return 0;
  const primary = c.members.find((x) => x.role === Role.primary && x.epoch === m.epoch);
  if (!primary || m.len >= primary.len) return 0;
  // Older than the ring remembers: the ring's oldest entry bounds it from below.
  const missing = Math.max(m.len + 1, primary.len - APPEND_RING + 1);
  return ms(w.nowUs - c.appendUs[missing % APPEND_RING]);
}

/**
 * Writes at risk on this member: while it is a primary callers are no longer
 * told about (split brain), the writes in its log that the advertised primary
 * lacks, less those still parked unacknowledged (they fail, never acked).
 * Read only: the view may ask between events without changing the run.
 */
export function nodeWritesAtRisk(w: World, node: number): number {
  const ci = w.cfg.nodes[node].cluster;
  if (ci < 0) return 0;
  const c = w.clusters[ci];
  const i = w.cfg.clusters[ci].members.indexOf(node);
  const m = c.members[i];
  // A crashed old primary's unreplicated writes are lost at the promotion, not at risk.
  if (m.role !== Role.primary || c.advertised < 0 || c.advertised === i || w.nodes[m.node].downCount > 0) return 0;
  return Math.max(0, m.len - commonPrefix(m, c.members[c.advertised]) - c.parked.count);
}

/** Writes at risk in a cluster: on every primary still taking writes that callers are no longer told about. */
export function clusterWritesAtRisk(w: World, cluster: number): number {
  let n = 0;
  for (const node of w.cfg.clusters[cluster].members) n += nodeWritesAtRisk(w, node);
  return n;
}
