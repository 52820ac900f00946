// What the data issue measures: time without a writable primary (RTO), time
// with two (split brain), acknowledged writes later lost (RPO), stale reads.
import { logEvent } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { Role, type ClusterRt } from './cluster-state.ts';
import { contained } from './log.ts';
import { clusterWritesAtRisk } from './view.ts';

/** Integrates the cluster's status up to now, then re-reads it; call after anything that may change it. */
export function touchCluster(w: World, cluster: number): void {
  const c = w.clusters[cluster];
  const end = w.cfg.durationUs;
  const t = w.nowUs < end ? w.nowUs : end;
  const dt = t - c.lastTouchUs;
  if (dt > 0) {
    if (!c.writable) c.noPrimaryUs += dt;
    if (c.primaries >= 2) c.splitBrainUs += dt;
    c.lastTouchUs = t;
  }
  let primaries = 0;
  for (const m of c.members) if (m.role === Role.primary && !m.fenced && w.nodes[m.node].downCount === 0) primaries++;
  const id = w.cfg.clusters[cluster].id;
  const writable = primaries >= 1;
  if (writable && !c.writable) {
    logEvent(w, 'failover', id, `${id} has a writable primary again: no primary for ${seconds(w.nowUs - c.unwritableSinceUs)}`, c.unwritableSinceUs);
  } else if (!writable && c.writable) {
    c.unwritableSinceUs = w.nowUs;
    logEvent(w, 'failover', id, `${id} has no writable primary`, undefined, 'noPrimary');
  }
  if (primaries >= 2 && c.primaries < 2) {
    c.splitSinceUs = w.nowUs;
    logEvent(w, 'splitBrain', id, `Split brain: ${id} has ${primaries} primaries taking writes`, undefined, 'splitBrain');
  } else if (primaries < 2 && c.primaries >= 2) {
    logEvent(w, 'splitBrain', id, `${id} split brain over after ${seconds(w.nowUs - c.splitSinceUs)}`, c.splitSinceUs);
  }
  c.writable = writable;
  c.primaries = primaries;
}

/**
 * Acknowledged writes absent from the advertised primary's log are lost: its
 * log is the one that survives, and any other copy will be cut back to it.
 * Once counted, a loss stays counted. The log hears of losses at the moments
 * they become final (a promotion, a step-down), not at every heartbeat; writes
 * still held by a cut-off primary that takes writes are at risk, not final,
 * until it steps down (view.ts clusterWritesAtRisk).
 */
export function recomputeLost(w: World, cluster: number, log = false): number {
  const c = w.clusters[cluster];
  if (c.advertised >= 0) {
    const authority = c.members[c.advertised];
    for (let e = 0; e < c.epochs; e++) {
      const now = c.acked[e] - contained(authority, e);
      if (now > c.lost[e]) c.lost[e] = now;
    }
  }
  const total = sumLost(c);
  const final = total - clusterWritesAtRisk(w, cluster);
  if (log && final > c.lostLogged) {
    const id = w.cfg.clusters[cluster].id;
    logEvent(w, 'writesLost', id, `${final - c.lostLogged} acknowledged writes lost on ${id} (${final} in all)`);
    c.lostLogged = final;
  }
  return total;
}

/** Simulated µs as "4.2 s", for the log. */
export function seconds(us: number): string {
  return `${(us / 1e6).toFixed(1)} s`;
}

export function sumLost(c: ClusterRt): number {
  let n = 0;
  for (const x of c.lost) n += x;
  return n;
}
