// Creates and starts the runtime state of replicated clusters.
import type { Config } from '../config.ts';
import type { World } from '../state.ts';
import type { ClusterRt } from './cluster-state.ts';

export function createClusters(cfg: Config): ClusterRt[] {
  return cfg.clusters.map((c) => ({ primary: c.members[0] }));
}

export function startClusters(_w: World): void {}
