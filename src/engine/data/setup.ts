// Creates and starts the runtime state of replicated clusters. The first
// member starts as primary of epoch 0; the others follow it, in sync.
import type { Config } from '../config.ts';
import { schedule } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { APPEND_RING, Role, type ClusterRt, type MemberRt } from './cluster-state.ts';
import { ClusterEv } from './transport.ts';

const MAX_TRACKED_KEYS = 1_000_000;

export function createClusters(cfg: Config): ClusterRt[] {
  return cfg.clusters.map((c) => {
    const n = c.members.length;
    const members: MemberRt[] = c.members.map((node, i) => ({
      node, role: i === 0 ? Role.primary : Role.replica, fenced: false, epoch: 0,
      segEpoch: [], segCount: [], len: 0, synced: true, lastHeardUs: 0,
      ackUs: new Float64Array(n), matchLen: new Float64Array(n), fallback: false,
    }));
    return {
      members, advertised: 0, epochs: 1, acked: [0], lost: [0],
      views: new Int32Array(cfg.nodes.length), readCursor: 0, pending: -1,
      parked: { jobs: new Int32Array(64), gens: new Int32Array(64), lens: new Float64Array(64), deadlines: new Float64Array(64), head: 0, count: 0, timerScheduled: false },
      appendUs: new Float64Array(APPEND_RING), keyLen: new Float64Array(Math.min(c.keys, MAX_TRACKED_KEYS)),
      lastTouchUs: 0, writable: true, primaries: 1, noPrimaryUs: 0, splitBrainUs: 0, unwritableSinceUs: 0, splitSinceUs: 0,
      writesAcked: 0, lostLogged: 0, staleReads: 0, failovers: 0,
    };
  });
}

export function startClusters(w: World): void {
  for (let c = 0; c < w.cfg.clusters.length; c++) schedule(w.queue, w.nowUs, ClusterEv.tick, c, 0);
}
