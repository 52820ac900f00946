// What the data issue measures: time without a writable primary (RTO), time
// with two (split brain), acknowledged writes later lost (RPO), stale reads.
import { logEvent } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { Role, type ClusterRt } from './cluster-state.ts';
import { contained } from './log.ts';

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
  if (writable !== c.writable) logEvent(w, 'failover', id, writable ? `${id} has a writable primary again` : `${id} has no writable primary`);
  if ((primaries >= 2) !== (c.primaries >= 2)) {
    logEvent(w, 'splitBrain', id, primaries >= 2 ? `Split brain: ${id} has ${primaries} primaries taking writes` : `${id} split brain over`);
  }
  c.writable = writable;
  c.primaries = primaries;
}

/**
 * Acknowledged writes absent from the advertised primary's log are lost: its
 * log is the one that survives, and any other copy will be cut back to it.
 * Once counted, a loss stays counted. The log hears of losses at the moments
 * they become final (a promotion, a step-down), not at every heartbeat.
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
  if (log && total > c.lostLogged) {
    const id = w.cfg.clusters[cluster].id;
    logEvent(w, 'writesLost', id, `${total - c.lostLogged} acknowledged writes lost on ${id} (${total} in all)`);
    c.lostLogged = total;
  }
  return total;
}

export function sumLost(c: ClusterRt): number {
  let n = 0;
  for (const x of c.lost) n += x;
  return n;
}
