// Heartbeats, failure detection, promotion, fencing. The primary sends a
// heartbeat every tick; a replica that has heard nothing for detectionMs
// starts a failover, and the most up-to-date member it can reach is promoted
// after promotionMs. With requireQuorum only a side with a majority may
// promote, and a primary that cannot reach a majority fences itself.
import { ms, schedule } from '../kernel/index.ts';
import { logEvent } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { touchCluster, recomputeLost } from './accounting.ts';
import { FailoverMode, Msg, Role, type MemberRt } from './cluster-state.ts';
import { commonPrefix, copyFrom, lastEpoch, truncate } from './log.ts';
import { failParked, releaseParked } from './replication.ts';
import { ClusterEv, canReachMember, freeClusterMessage, sendClusterMessage } from './transport.ts';
import { refreshViews } from './routing.ts';

/** Heartbeats come ten times per detection window (10 ms to 1 s apart), so detection errs by at most a tenth. */
export function tickUs(w: World, cluster: number): number {
  return Math.min(1_000_000, Math.max(10_000, Math.round(w.cfg.clusters[cluster].detectionUs / 10)));
}

export function clusterTick(w: World, cluster: number): void {
  schedule(w.queue, w.nowUs + tickUs(w, cluster), ClusterEv.tick, cluster, 0);
  const c = w.clusters[cluster];
  const cfg = w.cfg.clusters[cluster];
  const n = cfg.members.length;
  for (let i = 0; i < n; i++) {
    const m = c.members[i];
    if (w.nodes[m.node].downCount > 0) continue;
    if (m.role === Role.primary) {
      for (let j = 0; j < n; j++) if (j !== i) sendClusterMessage(w, cluster, i, j, Msg.heartbeat, m.epoch, m.len);
      if (cfg.requireQuorum) checkFencing(w, cluster, i);
    } else if (cfg.failoverMode === FailoverMode.automatic && c.pending < 0 && w.nowUs - m.lastHeardUs >= cfg.detectionUs) {
      startFailover(w, cluster, i);
    }
  }
  refreshViews(w, cluster);
  recomputeLost(w, cluster);
  touchCluster(w, cluster);
}

function checkFencing(w: World, cluster: number, i: number): void {
  const cfg = w.cfg.clusters[cluster];
  const m = w.clusters[cluster].members[i];
  let reachable = 1;
  for (let j = 0; j < cfg.members.length; j++) if (j !== i && w.nowUs - m.ackUs[j] <= cfg.detectionUs) reachable++;
  const majority = reachable > cfg.members.length / 2;
  if (m.fenced === !majority) return;
  m.fenced = !majority;
  const label = w.cfg.nodes[m.node].label;
  logEvent(w, 'fenced', w.cfg.nodes[m.node].id, m.fenced ? `${label} cannot reach a majority: fenced, refusing writes` : `${label} reaches a majority again: unfenced`);
  if (m.fenced) failParked(w, cluster);
}

/** Member `i` lost its primary: pick the most up-to-date member it can reach and promote it after promotionMs. */
function startFailover(w: World, cluster: number, i: number): void {
  const c = w.clusters[cluster];
  const cfg = w.cfg.clusters[cluster];
  let reachable = 0, best = -1;
  for (let j = 0; j < cfg.members.length; j++) {
    if (!canReachMember(w, cluster, i, j)) continue;
    reachable++;
    // A primary still alive on this side: nothing to do.
    if (c.members[j].role === Role.primary && !c.members[j].fenced) return;
    if (best < 0 || moreUpToDate(c.members[j], c.members[best])) best = j;
  }
  if (cfg.requireQuorum && reachable <= cfg.members.length / 2) return;
  c.pending = best;
  const label = w.cfg.nodes[c.members[best].node].label;
  logEvent(w, 'failover', cfg.id, `${w.cfg.nodes[c.members[i].node].label} lost its primary for ${ms(cfg.detectionUs)} ms; promoting ${label} in ${ms(cfg.promotionUs)} ms`);
  schedule(w.queue, w.nowUs + cfg.promotionUs, ClusterEv.promote, cluster, best);
}

function moreUpToDate(a: MemberRt, b: MemberRt): boolean {
  const ea = lastEpoch(a), eb = lastEpoch(b);
  return ea > eb || (ea === eb && a.len > b.len);
}

/** The pending promotion comes due (automatic) — or a user promotes a member (manual). */
export function promote(w: World, cluster: number, i: number, manual: boolean): void {
  const c = w.clusters[cluster];
  const cfg = w.cfg.clusters[cluster];
  if (!manual) c.pending = -1;
  const m = c.members[i];
  const label = w.cfg.nodes[m.node].label;
  if (w.nodes[m.node].downCount > 0) {
    logEvent(w, 'failover', cfg.id, `Promotion of ${label} abandoned: it is down`);
    return;
  }
  if (m.role === Role.primary && !m.fenced && c.advertised === i) return;
  if (cfg.requireQuorum) {
    let reachable = 0;
    for (let j = 0; j < cfg.members.length; j++) if (canReachMember(w, cluster, i, j)) reachable++;
    if (reachable <= cfg.members.length / 2) {
      logEvent(w, 'failover', cfg.id, `Promotion of ${label} refused: no majority reachable`);
      return;
    }
  }
  const epoch = c.epochs++;
  c.acked.push(0);
  c.lost.push(0);
  if (c.members.some((x) => x.role === Role.primary && x !== m)) failParked(w, cluster);
  m.role = Role.primary;
  m.fenced = false;
  m.fallback = false;
  m.epoch = epoch;
  m.synced = true;
  m.ackUs.fill(w.nowUs);
  m.matchLen.fill(0);
  for (let j = 0; j < cfg.members.length; j++) if (j !== i && canReachMember(w, cluster, i, j)) follow(w, cluster, j, i);
  c.advertised = i;
  c.failovers++;
  logEvent(w, 'failover', cfg.id, `${label} promoted to primary of ${cfg.id}${manual ? ' (manual)' : ''}`);
  refreshViews(w, cluster);
  recomputeLost(w, cluster, true);
  touchCluster(w, cluster);
}

/** Member `j` starts following primary `p`: its log is cut back to what it shares with p. */
function follow(w: World, cluster: number, j: number, p: number): void {
  const c = w.clusters[cluster];
  const m = c.members[j];
  const primary = c.members[p];
  if (m.role === Role.primary) failParked(w, cluster);
  m.role = Role.replica;
  m.fenced = false;
  m.epoch = primary.epoch;
  m.lastHeardUs = w.nowUs;
  truncate(m, commonPrefix(m, primary));
  m.synced = true;
}

export function clusterMessage(w: World, id: number, gen: number): void {
  const msg = w.cmsgs;
  if (msg.gen[id] !== gen) return;
  const cluster = msg.cluster[id], from = msg.from[id], to = msg.to[id], kind = msg.kind[id], epoch = msg.epoch[id], len = msg.len[id];
  const incarnation = msg.incarnation[id];
  freeClusterMessage(w, id);
  const c = w.clusters[cluster];
  // Replication lag is the time a write takes to reach a replica: a write
  // still on its way when the primary crashes never arrives.
  if (w.nodes[c.members[from].node].incarnation !== incarnation) return;
  const m = c.members[to];
  if (w.nodes[m.node].downCount > 0) return;
  if (kind === Msg.append || kind === Msg.heartbeat) {
    if (epoch < m.epoch) {
      sendClusterMessage(w, cluster, to, from, Msg.nack, m.epoch, m.len);
      return;
    }
    const sender = c.members[from];
    // Only a sender still leading that epoch has a log worth copying.
    if (sender.role !== Role.primary || sender.epoch !== epoch) return;
    if (epoch > m.epoch || m.role === Role.primary || !m.synced) {
      const wasPrimary = m.role === Role.primary;
      follow(w, cluster, to, from);
      if (wasPrimary) {
        logEvent(w, 'failover', w.cfg.nodes[m.node].id, `${w.cfg.nodes[m.node].label} heard from a newer primary and stepped down`);
        recomputeLost(w, cluster, true);
      }
    }
    m.lastHeardUs = w.nowUs;
    copyFrom(m, sender, len);
    sendClusterMessage(w, cluster, to, from, Msg.ack, epoch, m.len);
    touchCluster(w, cluster);
  } else if (kind === Msg.ack) {
    if (m.role !== Role.primary || m.epoch !== epoch) return;
    m.ackUs[from] = w.nowUs;
    if (len > m.matchLen[from]) m.matchLen[from] = len;
    if (m.fallback && len >= m.len) {
      m.fallback = false;
      logEvent(w, 'recover', w.cfg.clusters[cluster].id, `${w.cfg.clusters[cluster].id}: a replica caught up; semi-sync again`);
    }
    releaseParked(w, cluster, to);
  } else if (kind === Msg.nack && epoch > m.epoch && m.role === Role.primary) {
    // A newer primary exists: step down and follow it.
    const newer = c.members.findIndex((x) => x.role === Role.primary && x.epoch === epoch);
    logEvent(w, 'failover', w.cfg.nodes[m.node].id, `${w.cfg.nodes[m.node].label} learned of a newer primary and stepped down`);
    if (newer >= 0) follow(w, cluster, to, newer);
    else {
      failParked(w, cluster);
      m.role = Role.replica;
      m.epoch = epoch;
      m.synced = false;
    }
    recomputeLost(w, cluster, true);
    touchCluster(w, cluster);
  }
}

/** A member crashed: a primary's parked writes fail with it. */
export function memberDown(w: World, cluster: number, i: number): void {
  const c = w.clusters[cluster];
  if (c.members[i].role === Role.primary) failParked(w, cluster);
  touchCluster(w, cluster);
}

/** A member restarted: it follows the advertised primary if that is another member, else leads again. */
export function memberRestarted(w: World, cluster: number, i: number): void {
  const c = w.clusters[cluster];
  const m = c.members[i];
  m.lastHeardUs = w.nowUs;
  m.fenced = false;
  if (c.advertised >= 0 && c.advertised !== i) {
    const p = c.members[c.advertised];
    if (m.role === Role.primary || m.epoch !== p.epoch) {
      m.role = Role.replica;
      m.epoch = p.epoch;
      m.synced = false;
    }
  } else if (c.advertised === i) {
    m.role = Role.primary;
    m.ackUs.fill(w.nowUs);
  }
  touchCluster(w, cluster);
}
