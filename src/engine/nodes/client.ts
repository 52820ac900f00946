// A client: a population of users sending requests (Poisson or constant
// arrivals), each attempt with a timeout, failed attempts retried with
// exponential backoff (full jitter when asked), spread round-robin over the
// client's outgoing links with a retry going to the next one.
import { CLIENT_DEFAULTS, type ScenarioNode } from '../../scenario/index.ts';
import { allocId, assert, freeId, ln, nextFloat, nextInt, schedule, us } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { record } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { answerShallow } from './health-check.ts';
import type { KindModule } from './kind.ts';
import { callOut } from './send.ts';

/** Client events: a user arrives; a failed attempt's backoff is over. */
const ARRIVAL = 1;
const RETRY = 10;

/** A budget's token bucket holds at most this many retries, so bursts stay bounded. */
const RETRY_BUCKET_MAX = 10;

interface ClientParams {
  ratePerSec: number;
  constantArrival: boolean;
  timeoutUs: number;
  retryMax: number;
  backoffUs: number;
  jitter: boolean;
  /** Fraction of requests that may be retried; NaN when unlimited. */
  retryBudget: number;
  writeRatio: number;
  keys: number;
}

interface ClientState {
  /** Generation of the arrival process: a restart (surge) cancels the arrival already scheduled. */
  arrivalGen: number;
  /** Next outgoing link, round-robin. */
  cursor: number;
  retryTokens: number;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as ClientParams;
const state = (w: World, node: number) => w.nodes[node].k as ClientState;

function compile(n: ScenarioNode): { params: ClientParams; keys: number } {
  const c = n.type === 'client' ? n : undefined;
  const retries = { ...CLIENT_DEFAULTS.retries, ...c?.retries };
  const keys = c?.keys ?? CLIENT_DEFAULTS.keys;
  return {
    keys,
    params: {
      ratePerSec: c?.rate ?? CLIENT_DEFAULTS.rate,
      constantArrival: (c?.arrival ?? CLIENT_DEFAULTS.arrival) === 'constant',
      timeoutUs: us(c?.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs),
      retryMax: retries.max,
      backoffUs: us(retries.backoffMs ?? CLIENT_DEFAULTS.retries.backoffMs),
      jitter: retries.jitter ?? CLIENT_DEFAULTS.retries.jitter,
      retryBudget: retries.budget ?? NaN,
      writeRatio: c?.writeRatio ?? CLIENT_DEFAULTS.writeRatio,
      keys,
    },
  };
}

function interarrivalUs(w: World, node: number): number {
  const p = params(w, node);
  const rate = p.ratePerSec * w.nodes[node].rateFactor;
  if (rate <= 0) return Infinity;
  const meanUs = 1e6 / rate;
  return p.constantArrival ? Math.max(1, Math.round(meanUs)) : Math.max(1, Math.round(-meanUs * ln(1 - nextFloat(w.rng))));
}

/** (Re)starts the arrival process; a new generation cancels the one already scheduled. */
function scheduleArrivals(w: World, node: number): void {
  const s = state(w, node);
  s.arrivalGen++;
  const t = w.nowUs + interarrivalUs(w, node);
  if (t < w.cfg.durationUs) schedule(w.queue, t, ARRIVAL, node, s.arrivalGen);
}

function arrival(w: World, node: number, gen: number): void {
  const s = state(w, node);
  if (gen !== s.arrivalGen) return;
  const next = w.nowUs + interarrivalUs(w, node);
  if (next < w.cfg.durationUs) schedule(w.queue, next, ARRIVAL, node, gen);
  // A crashed client sends nothing, but its users keep arriving in the model's clock.
  if (w.nodes[node].downCount > 0) return;
  const p = params(w, node);
  const out = w.cfg.nodes[node].out;
  const r = w.reqs;
  const req = allocId(r);
  r.client[req] = node;
  r.key[req] = nextInt(w.rng, p.keys);
  r.flags[req] = p.writeRatio > 0 && nextFloat(w.rng) < p.writeRatio ? CallFlag.write : 0;
  r.attempts[req] = 0;
  r.startUs[req] = w.nowUs;
  r.link[req] = out.length > 0 ? s.cursor++ % out.length : -1;
  w.counters.total++;
  w.counters.outstanding++;
  w.interval.total++;
  if (!Number.isNaN(p.retryBudget)) s.retryTokens = Math.min(RETRY_BUCKET_MAX, s.retryTokens + p.retryBudget);
  attempt(w, req);
}

function attempt(w: World, req: number): void {
  const r = w.reqs;
  const node = r.client[req];
  const isRetry = r.attempts[req] > 0;
  r.attempts[req]++;
  w.counters.attempts++;
  w.interval.attempts++;
  if (r.link[req] < 0) {
    finishRequest(w, req, Outcome.reject);
    return;
  }
  const flags = r.flags[req] | (isRetry ? CallFlag.retry : 0);
  callOut(w, node, w.cfg.nodes[node].out[r.link[req]], req, r.gen[req], flags, r.key[req], req,
    w.nodes[node].deadlines, params(w, node).timeoutUs, Infinity, isRetry ? SpanKind.retry : SpanKind.request);
}

/** An attempt ended: success finishes the request; a failure is retried while policy and budget allow. */
function attemptDone(w: World, req: number, reqGen: number, outcome: number): void {
  const r = w.reqs;
  if (r.gen[req] !== reqGen) return;
  if (outcome === Outcome.ok) {
    finishRequest(w, req, outcome);
    return;
  }
  const node = r.client[req];
  const p = params(w, node);
  const s = state(w, node);
  const retriesDone = r.attempts[req] - 1;
  const budgeted = Number.isNaN(p.retryBudget) || s.retryTokens >= 1;
  if (retriesDone >= p.retryMax || !budgeted) {
    finishRequest(w, req, outcome);
    return;
  }
  if (!Number.isNaN(p.retryBudget)) s.retryTokens -= 1;
  const backoffUs = p.backoffUs * 2 ** retriesDone;
  const waitUs = p.jitter ? Math.round(nextFloat(w.rng) * backoffUs) : backoffUs;
  schedule(w.queue, w.nowUs + waitUs, RETRY, req, r.gen[req]);
}

function retry(w: World, req: number, reqGen: number): void {
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
  assert(c.outstanding >= 0, 'requests outstanding ≥ 0');
  freeId(r, req);
}

export const client: KindModule = {
  type: 'client',
  can: { workers: false, backend: false, data: false, traffic: true },
  compile,
  createState: (): ClientState => ({ arrivalGen: 0, cursor: 0, retryTokens: RETRY_BUCKET_MAX }),
  start: scheduleArrivals,
  probe: answerShallow,
  answer: attemptDone,
  rateChanged: scheduleArrivals,
  events: [
    { type: ARRIVAL, run: arrival },
    { type: RETRY, run: retry },
  ],
};
