// A load balancer: picks a healthy backend (one of its outgoing links) by its
// algorithm and proxies the request. With no healthy backend it rejects at
// once, unless `failOpen` spreads traffic over all of them.
import { schedule } from '../kernel/event-queue.ts';
import { DistKind, sampleUs } from '../kernel/dist.ts';
import { nextInt } from '../kernel/rng.ts';
import { Algorithm } from '../config.ts';
import { CallFlag, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendCall, sendResponse } from '../net/calls.ts';
import type { World } from '../state.ts';
import { ringStart } from './hash-ring.ts';
import { createJob, freeJob, isStale } from './jobs.ts';

export function balancerRequest(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  // A draining balancer takes no new requests, as a draining server does.
  if (rt.drainCount > 0) {
    rt.rejected++;
    rt.ivErrors++;
    rt.ivServed++;
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  const job = createJob(w, node, callId);
  w.calls.job[callId] = job;
  w.calls.jobGen[callId] = w.jobs.gen[job];
  const processing = w.cfg.nodes[node].processing;
  if (processing.kind === DistKind.constant && processing.a === 0) forward(w, job);
  else schedule(w.queue, w.nowUs + sampleUs(w.rng, processing), Ev.lbForward, job, w.jobs.gen[job]);
}

/** A backend is eligible when health checks have not marked it down and it is not draining. */
function eligible(w: World, node: number, position: number): boolean {
  const rt = w.nodes[node];
  const backend = w.cfg.links[w.cfg.nodes[node].out[position]].to;
  return rt.hcDown[position] === 0 && w.nodes[backend].drainCount === 0;
}

export function forward(w: World, job: number): void {
  const j = w.jobs;
  if (isStale(w, job) || (j.flags[job] & CallFlag.abandoned) !== 0) {
    // The caller gave up during the balancer's own processing time: nothing to forward.
    if (!isStale(w, job)) { w.nodes[j.node[job]].errors++; w.nodes[j.node[job]].ivErrors++; w.nodes[j.node[job]].ivServed++; }
    freeJob(w, job);
    return;
  }
  const node = j.node[job];
  const cfg = w.cfg.nodes[node];
  const rt = w.nodes[node];
  let p = pickBackend(w, node, false, j.key[job]);
  if (p < 0 && cfg.failOpen) p = pickBackend(w, node, true, j.key[job]);
  if (p < 0) {
    rt.rejected++;
    rt.ivErrors++;
    rt.ivServed++;
    sendResponse(w, j.call[job], j.callGen[job], Outcome.reject);
    freeJob(w, job);
    return;
  }
  j.dep[job] = p;
  rt.active[p]++;
  const kind = (j.flags[job] & CallFlag.retry) !== 0 ? SpanKind.retry : SpanKind.request;
  const child = sendCall(w, node, cfg.out[p], job, j.gen[job], j.flags[job], j.key[job], j.req[job],
    rt.deadlines, cfg.lbTimeoutUs, j.expiresUs[job], kind);
  j.child[job] = child;
  j.childGen[job] = w.calls.gen[child];
}

/** The backend answered (or the balancer gave up on it): pass the answer on. */
export function backendDone(w: World, job: number, outcome: number): void {
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  const j = w.jobs;
  const rt = w.nodes[j.node[job]];
  rt.active[j.dep[job]]--;
  // The balancer's own timeout answers as a gateway error would (504).
  const answer = outcome === Outcome.timeout ? Outcome.error : outcome;
  if (answer === Outcome.ok) rt.served++;
  else { rt.errors++; rt.ivErrors++; }
  rt.ivServed++;
  sendResponse(w, j.call[job], j.callGen[job], answer);
  freeJob(w, job);
}

/** Eligible, or any backend at all when failing open. */
function usable(w: World, node: number, any: boolean, p: number): boolean {
  return any || eligible(w, node, p);
}

/** The k-th usable position (0-based), skipping `skip`. */
function nthUsable(w: World, node: number, any: boolean, k: number, skip: number): number {
  const n = w.cfg.nodes[node].out.length;
  for (let p = 0; p < n; p++) if (p !== skip && usable(w, node, any, p) && k-- === 0) return p;
  return -1;
}

/** Position of the chosen backend among the balancer's outgoing links, or -1. No allocation: it runs per request. */
function pickBackend(w: World, node: number, any: boolean, key: number): number {
  const cfg = w.cfg.nodes[node];
  const rt = w.nodes[node];
  const n = cfg.out.length;
  if (n === 0) return -1;
  switch (cfg.algorithm) {
    case Algorithm.failover:
      for (let p = 0; p < n; p++) if (usable(w, node, any, p)) return p;
      return -1;
    case Algorithm.random:
    case Algorithm.powerOfTwo: {
      let count = 0;
      for (let p = 0; p < n; p++) if (usable(w, node, any, p)) count++;
      if (count === 0) return -1;
      const first = nthUsable(w, node, any, nextInt(w.rng, count), -1);
      if (cfg.algorithm === Algorithm.random || count === 1) return first;
      // Two distinct random choices; the one with fewer requests in flight wins.
      const second = nthUsable(w, node, any, nextInt(w.rng, count - 1), first);
      return rt.active[second] < rt.active[first] ? second : first;
    }
    case Algorithm.leastConnections: {
      // Scan from a rotating start so ties spread round-robin, not onto the first backend.
      let best = -1;
      for (let i = 0; i < n; i++) {
        const p = (rt.cursor + i) % n;
        if (usable(w, node, any, p) && (best < 0 || rt.active[p] < rt.active[best])) best = p;
      }
      rt.cursor = (rt.cursor + 1) % n;
      return best;
    }
    case Algorithm.weightedRoundRobin: {
      // Smooth weighted round-robin (as nginx): spreads heavy backends evenly in time.
      let best = -1, total = 0;
      for (let p = 0; p < n; p++) {
        if (!usable(w, node, any, p)) continue;
        const weight = w.cfg.links[cfg.out[p]].weight;
        rt.wrrCurrent[p] += weight;
        total += weight;
        if (best < 0 || rt.wrrCurrent[p] > rt.wrrCurrent[best]) best = p;
      }
      if (best >= 0) rt.wrrCurrent[best] -= total;
      return best;
    }
    case Algorithm.consistentHash: {
      // Walk the ring clockwise from the key to the first usable owner:
      // a backend's keys move to its neighbours when it leaves, no others.
      const ring = cfg.ring!;
      const m = ring.points.length;
      const start = ringStart(ring, key);
      for (let i = 0; i < m; i++) {
        const p = ring.owner[(start + i) % m];
        if (usable(w, node, any, p)) return p;
      }
      return -1;
    }
    default: {
      for (let i = 0; i < n; i++) {
        const p = (rt.cursor + i) % n;
        if (usable(w, node, any, p)) {
          rt.cursor = (p + 1) % n;
          return p;
        }
      }
      return -1;
    }
  }
}
