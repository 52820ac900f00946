// A client: a population of users sending requests (Poisson or constant
// arrivals), each attempt with a timeout, failed attempts retried with
// exponential backoff (full jitter when asked), spread round-robin over the
// client's outgoing links with a retry going to the next one.
import { schedule } from '../kernel/event-queue.ts';
import { ln } from '../kernel/math.ts';
import { allocId, freeId } from '../kernel/pool.ts';
import { nextFloat, nextInt } from '../kernel/rng.ts';
import { CallFlag, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendCall } from '../net/calls.ts';
import { record } from '../monitor/histogram.ts';
import { recentFinished, recentStarted } from '../monitor/recent.ts';
import type { World } from '../state.ts';

/** A budget's token bucket holds at most this many retries, so bursts stay bounded. */
const RETRY_BUCKET_MAX = 10;

function interarrivalUs(w: World, node: number): number {
  const cfg = w.cfg.nodes[node];
  const rate = cfg.ratePerSec * w.nodes[node].rateFactor;
  if (rate <= 0) return Infinity;
  const meanUs = 1e6 / rate;
  return cfg.constantArrival ? Math.max(1, Math.round(meanUs)) : Math.max(1, Math.round(-meanUs * ln(1 - nextFloat(w.rng))));
}

/** (Re)starts the arrival process; a new generation cancels the one already scheduled. */
export function scheduleArrivals(w: World, node: number): void {
  const rt = w.nodes[node];
  rt.arrivalGen++;
  const t = w.nowUs + interarrivalUs(w, node);
  if (t < w.cfg.durationUs) schedule(w.queue, t, Ev.arrival, node, rt.arrivalGen);
}

export function arrival(w: World, node: number, gen: number): void {
  const rt = w.nodes[node];
  if (gen !== rt.arrivalGen) return;
  const next = w.nowUs + interarrivalUs(w, node);
  if (next < w.cfg.durationUs) schedule(w.queue, next, Ev.arrival, node, gen);
  // A crashed client sends nothing, but its users keep arriving in the model's clock.
  if (rt.downCount > 0) return;
  const cfg = w.cfg.nodes[node];
  const r = w.reqs;
  const req = allocId(r);
  r.client[req] = node;
  r.key[req] = nextInt(w.rng, cfg.keys);
  r.flags[req] = cfg.writeRatio > 0 && nextFloat(w.rng) < cfg.writeRatio ? CallFlag.write : 0;
  r.attempts[req] = 0;
  r.startUs[req] = w.nowUs;
  r.link[req] = cfg.out.length > 0 ? rt.cursor++ % cfg.out.length : -1;
  w.counters.total++;
  w.counters.outstanding++;
  w.interval.total++;
  recentStarted(w, w.nowUs);
  if (!Number.isNaN(cfg.retryBudget)) rt.retryTokens = Math.min(RETRY_BUCKET_MAX, rt.retryTokens + cfg.retryBudget);
  attempt(w, req);
}

function attempt(w: World, req: number): void {
  const r = w.reqs;
  const node = r.client[req];
  const cfg = w.cfg.nodes[node];
  const isRetry = r.attempts[req] > 0;
  r.attempts[req]++;
  w.counters.attempts++;
  w.interval.attempts++;
  if (r.link[req] < 0) {
    finishRequest(w, req, Outcome.reject);
    return;
  }
  const flags = r.flags[req] | (isRetry ? CallFlag.retry : 0);
  sendCall(w, node, cfg.out[r.link[req]], req, r.gen[req], flags, r.key[req], req,
    w.nodes[node].deadlines, cfg.timeoutUs, Infinity, isRetry ? SpanKind.retry : SpanKind.request);
}

/** An attempt ended: success finishes the request; a failure is retried while policy and budget allow. */
export function attemptDone(w: World, req: number, reqGen: number, outcome: number): void {
  const r = w.reqs;
  if (r.gen[req] !== reqGen) return;
  if (outcome === Outcome.ok) {
    finishRequest(w, req, outcome);
    return;
  }
  const node = r.client[req];
  const cfg = w.cfg.nodes[node];
  const rt = w.nodes[node];
  const retriesDone = r.attempts[req] - 1;
  const budgeted = Number.isNaN(cfg.retryBudget) || rt.retryTokens >= 1;
  if (retriesDone >= cfg.retryMax || !budgeted) {
    finishRequest(w, req, outcome);
    return;
  }
  if (!Number.isNaN(cfg.retryBudget)) rt.retryTokens -= 1;
  const backoffUs = cfg.backoffUs * 2 ** retriesDone;
  const waitUs = cfg.jitter ? Math.round(nextFloat(w.rng) * backoffUs) : backoffUs;
  schedule(w.queue, w.nowUs + waitUs, Ev.retry, req, r.gen[req]);
}

export function retry(w: World, req: number, reqGen: number): void {
  const r = w.reqs;
  if (r.gen[req] !== reqGen) return;
  // A crashed client sends no retries: its users' requests end unanswered.
  if (w.nodes[r.client[req]].downCount > 0) {
    finishRequest(w, req, Outcome.timeout);
    return;
  }
  const n = w.cfg.nodes[r.client[req]].out.length;
  r.link[req] = (r.link[req] + 1) % n;
  attempt(w, req);
}

function finishRequest(w: World, req: number, outcome: number): void {
  const r = w.reqs;
  const c = w.counters, iv = w.interval;
  if (outcome === Outcome.ok) {
    const latencyUs = w.nowUs - r.startUs[req];
    c.succeeded++; iv.succeeded++;
    record(w.latency, latencyUs);
    if (w.intervalLatency) record(w.ivLatency, latencyUs);
  } else if (outcome === Outcome.timeout) { c.timedOut++; iv.timedOut++; }
  else if (outcome === Outcome.reject) { c.rejected++; iv.rejected++; }
  else { c.failed++; iv.failed++; }
  c.outstanding--;
  recentFinished(w, r.startUs[req], outcome === Outcome.ok);
  freeId(r, req);
}
