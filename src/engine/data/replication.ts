// The write path of a cluster: the primary appends, sends the write to every
// replica, and acknowledges it when the replication mode says — at once
// (async), after one replica (semiSync, falling back to async when none
// answers within semiSyncTimeoutMs), after all (sync), after a majority (quorum).
import { ms, schedule } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { logEvent } from '../monitor/index.ts';
import { finish, freeJob, isStale } from '../service/index.ts';
import type { World } from '../state.ts';
import { APPEND_RING, Msg, Replication, Role } from './cluster-state.ts';
import { append } from './log.ts';
import { ClusterEv, sendClusterMessage } from './transport.ts';

/** Whether member `i` takes writes now: the primary, not fenced, and (sync) every replica answering. */
export function acceptsWrites(w: World, cluster: number, i: number): boolean {
  const m = w.clusters[cluster].members[i];
  if (m.role !== Role.primary || m.fenced) return false;
  const cfg = w.cfg.clusters[cluster];
  if (cfg.replication !== Replication.sync) return true;
  for (let j = 0; j < cfg.members.length; j++) {
    if (j !== i && w.nowUs - m.ackUs[j] > cfg.detectionUs) return false;
  }
  return true;
}

/** A write finished its service time at member `i`: append, replicate, acknowledge or park. */
export function writeServed(w: World, cluster: number, i: number, job: number): void {
  if (!acceptsWrites(w, cluster, i)) {
    finish(w, job, Outcome.reject);
    return;
  }
  const c = w.clusters[cluster];
  const cfg = w.cfg.clusters[cluster];
  const m = c.members[i];
  append(m);
  c.appendUs[m.len % APPEND_RING] = w.nowUs;
  for (let j = 0; j < cfg.members.length; j++) if (j !== i) sendClusterMessage(w, cluster, i, j, Msg.append, m.epoch, m.len);
  if (cfg.replication === Replication.async || (cfg.replication === Replication.semiSync && m.fallback) || requirementMet(w, cluster, i, m.len)) {
    acknowledge(w, cluster, m.epoch, m.len, job);
    return;
  }
  const p = c.parked;
  if (p.count === p.jobs.length) growParked(w, cluster);
  const k = (p.head + p.count) % p.jobs.length;
  p.jobs[k] = job; p.gens[k] = w.jobs.gen[job]; p.lens[k] = m.len; p.deadlines[k] = w.nowUs + cfg.semiSyncTimeoutUs;
  p.count++;
  if (!p.timerScheduled) {
    p.timerScheduled = true;
    schedule(w.queue, p.deadlines[k], ClusterEv.parkedTimeout, cluster, 0);
  }
}

function growParked(w: World, cluster: number): void {
  const p = w.clusters[cluster].parked;
  const n = p.jobs.length;
  const jobs = new Int32Array(n * 2), gens = new Int32Array(n * 2), lens = new Float64Array(n * 2), deadlines = new Float64Array(n * 2);
  for (let i = 0; i < p.count; i++) {
    const k = (p.head + i) % n;
    jobs[i] = p.jobs[k]; gens[i] = p.gens[k]; lens[i] = p.lens[k]; deadlines[i] = p.deadlines[k];
  }
  Object.assign(p, { jobs, gens, lens, deadlines, head: 0 });
}

/** Has log position `len` reached enough replicas for the mode? */
function requirementMet(w: World, cluster: number, i: number, len: number): boolean {
  const cfg = w.cfg.clusters[cluster];
  const m = w.clusters[cluster].members[i];
  let copies = 1;
  for (let j = 0; j < cfg.members.length; j++) if (j !== i && m.matchLen[j] >= len) copies++;
  const n = cfg.members.length;
  switch (cfg.replication) {
    case Replication.semiSync: return copies >= Math.min(2, n);
    case Replication.sync: return copies >= n;
    case Replication.quorum: return copies > n / 2;
    default: return true;
  }
}

function acknowledge(w: World, cluster: number, epoch: number, len: number, job: number): void {
  const c = w.clusters[cluster];
  c.acked[epoch]++;
  c.writesAcked++;
  const key = w.jobs.key[job];
  if (key < c.keyLen.length) c.keyLen[key] = len;
  finish(w, job, Outcome.ok);
}

/** Acknowledges parked writes, oldest first, while their requirement holds. */
export function releaseParked(w: World, cluster: number, i: number): void {
  const c = w.clusters[cluster];
  const p = c.parked;
  const m = c.members[i];
  while (p.count > 0) {
    const k = p.head;
    const job = p.jobs[k];
    if (w.jobs.gen[job] !== p.gens[k] || isStale(w, job)) {
      dropHead(w, cluster, true);
      continue;
    }
    if (!requirementMet(w, cluster, i, p.lens[k])) break;
    dropHead(w, cluster, false);
    acknowledge(w, cluster, m.epoch, p.lens[k], job);
  }
}

function dropHead(w: World, cluster: number, free: boolean): void {
  const p = w.clusters[cluster].parked;
  const job = p.jobs[p.head];
  if (free && w.jobs.gen[job] === p.gens[p.head]) freeJob(w, job);
  p.head = (p.head + 1) % p.jobs.length;
  p.count--;
}

/** The oldest parked write waited semiSyncTimeoutMs: semiSync falls back to async; sync and quorum fail it. */
export function parkedTimeout(w: World, cluster: number): void {
  const c = w.clusters[cluster];
  const p = c.parked;
  p.timerScheduled = false;
  const cfg = w.cfg.clusters[cluster];
  const primary = c.members.findIndex((m) => m.role === Role.primary);
  while (p.count > 0 && p.deadlines[p.head] <= w.nowUs) {
    const k = p.head;
    const job = p.jobs[k], len = p.lens[k];
    if (w.jobs.gen[job] !== p.gens[k] || isStale(w, job) || primary < 0) {
      dropHead(w, cluster, true);
      continue;
    }
    dropHead(w, cluster, false);
    if (cfg.replication === Replication.semiSync) {
      const m = c.members[primary];
      if (!m.fallback) logEvent(w, 'fault', cfg.id, `${cfg.id}: no replica acknowledged within ${ms(cfg.semiSyncTimeoutUs)} ms; semi-sync falls back to async`);
      m.fallback = true;
      acknowledge(w, cluster, m.epoch, len, job);
    } else {
      finish(w, job, Outcome.error);
    }
  }
  if (cfg.replication === Replication.semiSync && primary >= 0 && c.members[primary].fallback) {
    // Everything still parked is acknowledged too: the primary no longer waits.
    while (p.count > 0) {
      const k = p.head, job = p.jobs[k], len = p.lens[k];
      const live = w.jobs.gen[job] === p.gens[k] && !isStale(w, job);
      dropHead(w, cluster, !live);
      if (live) acknowledge(w, cluster, c.members[primary].epoch, len, job);
    }
  }
  if (p.count > 0) {
    p.timerScheduled = true;
    schedule(w.queue, p.deadlines[p.head], ClusterEv.parkedTimeout, cluster, 0);
  }
}

/** Parked writes of a primary that crashed or stepped down fail. */
export function failParked(w: World, cluster: number): void {
  const p = w.clusters[cluster].parked;
  while (p.count > 0) {
    const job = p.jobs[p.head];
    const live = w.jobs.gen[job] === p.gens[p.head] && !isStale(w, job);
    dropHead(w, cluster, !live);
    if (live) finish(w, job, Outcome.error);
  }
}

export const isWrite = (w: World, job: number): boolean => (w.jobs.flags[job] & CallFlag.write) !== 0;
