// The service a node gives with a pool of workers: `workers` requests in
// service at once, a FIFO queue up to `queueLimit`, a sampled service time.
// Servers and databases serve this way (caches and queues will too); what
// happens once the service time is over is the kind's own business (its
// `served` handler: call dependencies, replicate, look up).
import { assert, grownI32, nextFloat, NodeStream, sampleUs, schedule, type CompiledDist } from '../kernel/index.ts';
import { Ev, Outcome } from '../events.ts';
import { sendResponse } from '../net/index.ts';
import { countAnswered, countRejected, record, touch } from '../monitor/index.ts';
import type { NodeRt, World } from '../state.ts';
import { createJob, freeJob, isStale } from './jobs.ts';

export interface ServiceCfg {
  workers: number;
  queueLimit: number;
  /** Service time of one request. */
  time: CompiledDist;
  /** Drop a queued request whose caller has given up instead of serving it. */
  shedExpired: boolean;
}

/** A request reaches a node that serves with workers: serve it, queue it, or refuse it. */
export function admit(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  const svc = w.cfg.nodes[node].service!;
  if (rt.drainCount > 0) {
    reject(w, rt, callId);
  } else if (rt.busy < svc.workers) {
    startService(w, rt, svc, w.cfg.nodes[node].stream, createJob(w, node, callId));
  } else if (rt.qLen < svc.queueLimit) {
    touch(w, rt);
    if (rt.qLen === rt.qBuf.length) unrollAndGrow(rt);
    // The ring's size is a power of two (16, doubling): a mask, not a division.
    rt.qBuf[(rt.qHead + rt.qLen) & (rt.qBuf.length - 1)] = createJob(w, node, callId);
    rt.qLen++;
    assert(rt.qLen <= svc.queueLimit, 'a queue holds at most queueLimit requests');
  } else {
    reject(w, rt, callId);
  }
}

function reject(w: World, rt: NodeRt, callId: number): void {
  countRejected(rt);
  sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
}

function unrollAndGrow(rt: NodeRt): void {
  const n = rt.qBuf.length;
  const out = grownI32(new Int32Array(0), n * 2);
  for (let i = 0; i < rt.qLen; i++) out[i] = rt.qBuf[(rt.qHead + i) % n];
  rt.qBuf = out;
  rt.qHead = 0;
}

function startService(w: World, rt: NodeRt, svc: ServiceCfg, stream: number, job: number): void {
  touch(w, rt);
  rt.busy++;
  assert(rt.busy <= svc.workers, 'busy workers ≤ workers');
  let t = sampleUs(w.rng, stream + NodeStream.service, svc.time);
  if (rt.slowFactor !== 1) t = Math.round(t * rt.slowFactor);
  schedule(w.queue, w.nowUs + t, Ev.serviceDone, job, w.jobs.gen[job]);
}

/**
 * The service time of `job` is over. False when nothing more is to be done:
 * the node crashed meanwhile (the job is dropped), or the request failed on
 * its own (`errorRate`, an `errors` fault) and was answered with an error.
 */
export function serviceOver(w: World, job: number): boolean {
  if (isStale(w, job)) {
    freeJob(w, job);
    return false;
  }
  const node = w.jobs.node[job];
  const rt = w.nodes[node];
  if (rt.errorRate > 0 && nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.errors) < rt.errorRate) {
    finish(w, job, Outcome.error);
    return false;
  }
  return true;
}

/** Answers the caller, frees the worker and takes the next queued request. */
export function finish(w: World, job: number, outcome: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const rt = w.nodes[node];
  sendResponse(w, j.call[job], j.callGen[job], outcome);
  countAnswered(rt, outcome);
  if (w.intervalLatency) record(rt.ivLatency, w.nowUs - j.arrivedUs[job]);
  freeJob(w, job);
  touch(w, rt);
  rt.busy--;
  assert(rt.busy >= 0, 'busy workers ≥ 0');
  const cfg = w.cfg.nodes[node];
  const svc = cfg.service!;
  while (rt.qLen > 0) {
    const next = rt.qBuf[rt.qHead];
    rt.qHead = (rt.qHead + 1) & (rt.qBuf.length - 1);
    rt.qLen--;
    // A request whose user has already given up is dropped, not served:
    // serving it would only burn a worker for an answer nobody reads.
    if (svc.shedExpired && w.nowUs >= j.expiresUs[next]) {
      freeJob(w, next);
      continue;
    }
    startService(w, rt, svc, cfg.stream, next);
    break;
  }
}

/** A crash wipes the queue and the work in service; timers that come back later find their job stale. */
export function wipe(w: World, node: number): void {
  const rt = w.nodes[node];
  for (let i = 0; i < rt.qLen; i++) freeJob(w, rt.qBuf[(rt.qHead + i) % rt.qBuf.length]);
  rt.qLen = 0;
  rt.qHead = 0;
  rt.busy = 0;
}
