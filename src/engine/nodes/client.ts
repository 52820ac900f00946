// A client: a population of users sending requests (Poisson or constant
// arrivals), each attempt with a timeout, failed attempts retried with
// exponential backoff (full jitter when asked), spread round-robin over the
// client's outgoing links with a retry going to the next one.
import { CLIENT_DEFAULTS, ZIPF_DEFAULT_S, type ScenarioNode } from '../../scenario/index.ts';
import { allocId, assert, freeId, ln, nextFloat, nextInt, NodeStream, schedule, us } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { record } from '../monitor/index.ts';
import { recentFinished, recentStarted } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { answerShallow } from './health-check.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import { callOut } from './send.ts';
import { breakerCallEnded, breakerGate, compileBreaker, wasShortCircuited } from './circuit-breaker-calls.ts';
import { createResolver, isLookup, joinGroup, lookupDone, routeFor, sendOverRoute, type ResolverState } from './dns-client.ts';
import { buildZipfTable, zipfKey, type ZipfTable } from './zipf.ts';

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
  /** Cumulative key shares for Zipf keys, or null for uniform keys. */
  zipf: ZipfTable | null;
  /** Resolver groups, when it is linked to a DNS node. */
  resolvers: number;
}

interface ClientState {
  /** Generation of the arrival process: a restart (surge) cancels the arrival already scheduled. */
  arrivalGen: number;
  /** Next outgoing link, round-robin. */
  cursor: number;
  retryTokens: number;
  /** Its resolver groups when it is linked to a DNS node (set up at start). */
  resolver: ResolverState | null;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as ClientParams;
const state = (w: World, node: number) => w.nodes[node].k as ClientState;

function compile(n: ScenarioNode): KindCompiled {
  const c = n.type === 'client' ? n : undefined;
  const retries = { ...CLIENT_DEFAULTS.retries, ...c?.retries };
  const keys = c?.keys ?? CLIENT_DEFAULTS.keys;
  const kd = c?.keyDistribution ?? CLIENT_DEFAULTS.keyDistribution;
  return {
    keys,
    breaker: compileBreaker(c?.circuitBreaker),
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
      zipf: kd === 'uniform' ? null : buildZipfTable(keys, kd.s ?? ZIPF_DEFAULT_S),
      resolvers: c?.resolvers ?? CLIENT_DEFAULTS.resolvers,
    } satisfies ClientParams,
  };
}

function interarrivalUs(w: World, node: number, p: ClientParams, stream: number): number {
  const rate = p.ratePerSec * w.nodes[node].rateFactor;
  if (rate <= 0) return Infinity;
  const meanUs = 1e6 / rate;
  if (p.constantArrival) return Math.max(1, Math.round(meanUs));
  return Math.max(1, Math.round(-meanUs * ln(1 - nextFloat(w.rng, stream + NodeStream.arrivals))));
}

/** (Re)starts the arrival process; a new generation cancels the one already scheduled. */
function scheduleArrivals(w: World, node: number): void {
  const s = state(w, node);
  s.arrivalGen++;
  const t = w.nowUs + interarrivalUs(w, node, params(w, node), w.cfg.nodes[node].stream);
  if (t < w.cfg.durationUs) schedule(w.queue, t, ARRIVAL, node, s.arrivalGen);
}

function arrival(w: World, node: number, gen: number): void {
  const s = state(w, node);
  if (gen !== s.arrivalGen) return;
  const p = params(w, node);
  const cfg = w.cfg.nodes[node];
  const next = w.nowUs + interarrivalUs(w, node, p, cfg.stream);
  if (next < w.cfg.durationUs) schedule(w.queue, next, ARRIVAL, node, gen);
  // A crashed client sends nothing, but its users keep arriving in the model's clock.
  if (w.nodes[node].downCount > 0) return;
  const out = cfg.out;
  const r = w.reqs;
  const req = allocId(r);
  r.client[req] = node;
  r.key[req] = p.zipf ? zipfKey(p.zipf, nextFloat(w.rng, cfg.stream + NodeStream.keys)) : nextInt(w.rng, cfg.stream + NodeStream.keys, p.keys);
  r.flags[req] = p.writeRatio > 0 && nextFloat(w.rng, cfg.stream + NodeStream.writes) < p.writeRatio ? CallFlag.write : 0;
  r.attempts[req] = 0;
  r.startUs[req] = w.nowUs;
  // Round-robin over its links; the cursor wraps instead of growing (no division per request).
  const first = s.cursor;
  if (out.length > 0) s.cursor = first + 1 === out.length ? 0 : first + 1;
  r.link[req] = out.length > 0 ? first : -1;
  w.counters.total++;
  w.counters.outstanding++;
  w.interval.total++;
  recentStarted(w, w.nowUs);
  if (!Number.isNaN(p.retryBudget)) s.retryTokens = Math.min(RETRY_BUCKET_MAX, s.retryTokens + p.retryBudget);
  if (s.resolver) joinGroup(w, s.resolver, req);
  attempt(w, req);
}

function attempt(w: World, req: number): void {
  const r = w.reqs;
  r.attempts[req]++;
  w.counters.attempts++;
  w.interval.attempts++;
  if (r.link[req] < 0) {
    finishRequest(w, req, Outcome.reject);
    return;
  }
  r.flags[req] &= ~CallFlag.shortCircuited;
  routeAttempt(w, req);
}

/** Sends the attempt over its link, or, behind DNS, to where its resolver group was told once it knows. */
function routeAttempt(w: World, req: number): void {
  const node = w.reqs.client[req];
  const resolver = state(w, node).resolver;
  if (!resolver) {
    send(w, req, w.cfg.nodes[node].out[w.reqs.link[req]], false);
    return;
  }
  const route = routeFor(w, node, resolver, req, params(w, node).timeoutUs);
  if (route >= 0) send(w, req, route, true);
}

/** Sends the attempt over `link` (a DNS route when `route`), unless its link's circuit breaker is open. */
function send(w: World, req: number, link: number, route: boolean): void {
  const r = w.reqs;
  const node = r.client[req];
  const epoch = breakerGate(w, node, r.link[req]);
  if (epoch < 0) {
    // Short-circuited: a rejection at once, which may be retried on the next link.
    r.flags[req] |= CallFlag.shortCircuited;
    attemptEnded(w, req, Outcome.reject);
    return;
  }
  const isRetry = r.attempts[req] > 1;
  const flags = (r.flags[req] & ~CallFlag.shortCircuited) | (isRetry ? CallFlag.retry : 0);
  const span = isRetry ? SpanKind.retry : SpanKind.request;
  const timeoutUs = params(w, node).timeoutUs;
  const id = route
    ? sendOverRoute(w, node, link, req, r.gen[req], flags, r.key[req], timeoutUs, span)
    : callOut(w, node, link, req, r.gen[req], flags, r.key[req], req, w.nodes[node].deadlines, timeoutUs, Infinity, span);
  w.calls.epoch[id] = epoch;
}

/** A lookup's waiting request goes on (the lookup answered) or fails as the lookup did. */
function resumeAfterLookup(w: World, req: number, outcome: number): void {
  const r = w.reqs;
  if (outcome !== Outcome.ok) attemptEnded(w, req, outcome);
  else if (w.nodes[r.client[req]].downCount > 0) attemptEnded(w, req, Outcome.timeout);
  else routeAttempt(w, req);
}

/** A call the client made was answered or timed out: a lookup, or an attempt. */
function answered(w: World, parent: number, parentGen: number, outcome: number, callId: number): void {
  const node = w.calls.caller[callId];
  if (isLookup(parent)) {
    lookupDone(w, state(w, node).resolver!, parent, parentGen, outcome, callId, resumeAfterLookup);
    return;
  }
  const r = w.reqs;
  if (r.gen[parent] !== parentGen) return;
  breakerCallEnded(w, node, r.link[parent], callId, outcome);
  if (outcome !== Outcome.ok && outcome !== Outcome.timeout && wasShortCircuited(w, callId)) r.flags[parent] |= CallFlag.shortCircuited;
  attemptEnded(w, parent, outcome);
}

/** An attempt ended: success finishes the request; a failure is retried while policy and budget allow. */
function attemptEnded(w: World, req: number, outcome: number): void {
  const r = w.reqs;
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
  const waitUs = p.jitter ? Math.round(nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.retries) * backoffUs) : backoffUs;
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
  if (outcome !== Outcome.ok && (r.flags[req] & CallFlag.shortCircuited) !== 0) c.shortCircuited++;
  c.outstanding--;
  recentFinished(w, r.startUs[req], outcome === Outcome.ok);
  assert(c.outstanding >= 0, 'requests outstanding ≥ 0');
  freeId(r, req);
}

export const client: KindModule = {
  type: 'client',
  can: { workers: false, backend: false, data: false, traffic: true },
  compile,
  createState: (): ClientState => ({ arrivalGen: 0, cursor: 0, retryTokens: RETRY_BUCKET_MAX, resolver: null }),
  start: (w, node) => {
    const p = params(w, node);
    state(w, node).resolver = createResolver(w, node, p.resolvers, p.ratePerSec);
    scheduleArrivals(w, node);
  },
  probe: answerShallow,
  answer: answered,
  rateChanged: scheduleArrivals,
  events: [
    { type: ARRIVAL, run: arrival },
    { type: RETRY, run: retry },
  ],
};
