// A server: `workers` requests in service at once, a FIFO queue up to
// `queueLimit`, a sampled service time, then each dependency (outgoing link)
// called in link order while the request keeps its worker — so a slow
// dependency exhausts the pool, as in thread-per-request servers.
import { schedule } from '../kernel/event-queue.ts';
import { sampleUs } from '../kernel/dist.ts';
import { grownI32 } from '../kernel/grow.ts';
import { nextFloat } from '../kernel/rng.ts';
import { CallFlag, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendCall, sendResponse } from '../net/calls.ts';
import { touch } from '../monitor/node-metrics.ts';
import { record } from '../monitor/histogram.ts';
import type { NodeRt, World } from '../state.ts';
import { createJob, freeJob, isStale } from './jobs.ts';
import { clusterServed } from '../data/index.ts';

/** A request arrives at a server (or a single database). */
export function serverRequest(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  const cfg = w.cfg.nodes[node];
  if (rt.drainCount > 0) {
    rt.rejected++;
    rt.ivErrors++;
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  if (rt.busy < cfg.workers) {
    startService(w, rt, createJob(w, node, callId));
  } else if (rt.qLen < cfg.queueLimit) {
    touch(w, rt);
    if (rt.qLen === rt.qBuf.length) unrollAndGrow(rt);
    rt.qBuf[(rt.qHead + rt.qLen) % rt.qBuf.length] = createJob(w, node, callId);
    rt.qLen++;
  } else {
    rt.rejected++;
    rt.ivErrors++;
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
  }
}

function unrollAndGrow(rt: NodeRt): void {
  const n = rt.qBuf.length;
  const out = grownI32(new Int32Array(0), n * 2);
  for (let i = 0; i < rt.qLen; i++) out[i] = rt.qBuf[(rt.qHead + i) % n];
  rt.qBuf = out;
  rt.qHead = 0;
}

function startService(w: World, rt: NodeRt, job: number): void {
  touch(w, rt);
  rt.busy++;
  const cfg = w.cfg.nodes[w.jobs.node[job]];
  let t = sampleUs(w.rng, cfg.service);
  if (rt.slowFactor !== 1) t = Math.round(t * rt.slowFactor);
  schedule(w.queue, w.nowUs + t, Ev.serviceDone, job, w.jobs.gen[job]);
}

/** Service time is over: fail on its own, or call the dependencies in order. */
export function serviceDone(w: World, job: number): void {
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  const rt = w.nodes[w.jobs.node[job]];
  if (rt.errorRate > 0 && nextFloat(w.rng) < rt.errorRate) {
    finish(w, job, Outcome.error);
    return;
  }
  // A replicated database's work ends in the cluster: replicate, then acknowledge.
  if (w.cfg.nodes[w.jobs.node[job]].cluster >= 0) {
    clusterServed(w, job);
    return;
  }
  w.jobs.dep[job] = 0;
  nextDependency(w, job);
}

function nextDependency(w: World, job: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const cfg = w.cfg.nodes[node];
  const dep = j.dep[job];
  if (dep >= cfg.out.length) {
    finish(w, job, Outcome.ok);
    return;
  }
  const kind = (j.flags[job] & CallFlag.retry) !== 0 ? SpanKind.retry : SpanKind.request;
  sendCall(w, node, cfg.out[dep], job, j.gen[job], j.flags[job], j.key[job], j.req[job],
    w.nodes[node].deadlines, cfg.callTimeoutUs, j.expiresUs[job], kind);
}

/** A dependency answered (or timed out): go on to the next, or fail the request. */
export function dependencyDone(w: World, job: number, outcome: number): void {
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  if (outcome !== Outcome.ok) {
    finish(w, job, Outcome.error);
    return;
  }
  w.jobs.dep[job]++;
  nextDependency(w, job);
}

/** Answers the caller, frees the worker and takes the next queued request. */
export function finish(w: World, job: number, outcome: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const rt = w.nodes[node];
  sendResponse(w, j.call[job], j.callGen[job], outcome);
  if (outcome === Outcome.ok) rt.served++;
  else { rt.errors++; rt.ivErrors++; }
  rt.ivServed++;
  if (w.intervalLatency) record(rt.ivLatency, w.nowUs - j.arrivedUs[job]);
  freeJob(w, job);
  touch(w, rt);
  rt.busy--;
  const shed = w.cfg.nodes[node].shedExpired;
  while (rt.qLen > 0) {
    const next = rt.qBuf[rt.qHead];
    rt.qHead = (rt.qHead + 1) % rt.qBuf.length;
    rt.qLen--;
    // A request whose user has already given up is dropped, not served:
    // serving it would only burn a worker for an answer nobody reads.
    if (shed && w.nowUs >= j.expiresUs[next]) {
      freeJob(w, next);
      continue;
    }
    startService(w, rt, next);
    break;
  }
}

/** A crash wipes the queue and the work in service; timers that come back later find their job stale. */
export function serverDown(w: World, node: number): void {
  const rt = w.nodes[node];
  for (let i = 0; i < rt.qLen; i++) freeJob(w, rt.qBuf[(rt.qHead + i) % rt.qBuf.length]);
  rt.qLen = 0;
  rt.qHead = 0;
  rt.busy = 0;
}
