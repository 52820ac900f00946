// What the view shows of a node's place in a cluster.
import type { World } from '../state.ts';

/** 1 primary, 2 replica, 3 fenced primary, 0 not in a cluster. */
export function nodeRole(w: World, node: number): number {
  const c = w.cfg.nodes[node].cluster;
  if (c < 0) return 0;
  return w.clusters[c].primary === node ? 1 : 2;
}

export function nodeLagMs(_w: World, _node: number): number {
  return 0;
}
