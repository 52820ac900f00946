// A load balancer: picks a healthy backend (one of its outgoing links) by its
// algorithm and proxies the request. With no healthy backend it rejects at
// once, unless `failOpen` spreads traffic over all of them.
import { HEALTH_CHECK_DEFAULTS, LOAD_BALANCER_DEFAULTS, type ScenarioNode } from '../../scenario/index.ts';
import { compileDist, DistKind, NodeStream, sampleUs, schedule, us, type CompiledDist } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendResponse } from '../net/index.ts';
import { countAnswered, countRejected } from '../monitor/index.ts';
import { createJob, freeJob, isStale } from '../service/index.ts';
import type { LinkCfg, NodeCfg } from '../config.ts';
import type { World } from '../state.ts';
import { Algorithm, pickBackend, type PickCfg, type PickState } from './balancer-pick.ts';
import { buildHashRing } from './hash-ring.ts';
import { answerProbe, compileHealthCheck, resetHealth, startHealthChecks } from './health-check.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import { callOut } from './send.ts';
import { markShortCircuited, wasShortCircuited } from './circuit-breaker-calls.ts';

/** Balancer event: its processing time is over, forward the request. */
const LB_FORWARD = 11;

interface BalancerParams extends PickCfg {
  failOpen: boolean;
  processing: CompiledDist;
  /** How long it waits for a backend before answering with an error (a proxy read timeout). */
  timeoutUs: number;
  /** Timeout of its probes, and of the sub-probes of a deep probe it answers. */
  probeTimeoutUs: number;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as BalancerParams;
const state = (w: World, node: number) => w.nodes[node].k as PickState;

function compile(n: ScenarioNode): KindCompiled {
  const lb = n.type === 'loadBalancer' ? n : undefined;
  const healthCheck = lb?.healthCheck ? compileHealthCheck(lb.healthCheck) : undefined;
  const p: BalancerParams = {
    algorithm: Algorithm[lb?.algorithm ?? LOAD_BALANCER_DEFAULTS.algorithm],
    ring: null,
    targets: new Int32Array(0),
    weights: new Float64Array(0),
    failOpen: lb?.failOpen ?? LOAD_BALANCER_DEFAULTS.failOpen,
    processing: compileDist(lb?.processingMs ?? LOAD_BALANCER_DEFAULTS.processingMs),
    timeoutUs: us(lb?.timeoutMs ?? LOAD_BALANCER_DEFAULTS.timeoutMs),
    probeTimeoutUs: us(lb?.healthCheck?.timeoutMs ?? HEALTH_CHECK_DEFAULTS.timeoutMs),
  };
  return { params: p, healthCheck };
}

function linked(cfg: NodeCfg, links: readonly LinkCfg[]): void {
  const p = cfg.params as BalancerParams;
  p.targets = Int32Array.from(cfg.out, (l) => links[l].to);
  p.weights = Float64Array.from(cfg.out, (l) => links[l].weight);
  if (p.algorithm === Algorithm.consistentHash) p.ring = buildHashRing(cfg.out.length);
}

function balancerRequest(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  // A draining balancer takes no new requests, as a draining server does.
  if (rt.drainCount > 0) {
    countRejected(rt);
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  const job = createJob(w, node, callId);
  w.calls.job[callId] = job;
  w.calls.jobGen[callId] = w.jobs.gen[job];
  const processing = params(w, node).processing;
  if (processing.kind === DistKind.constant && processing.a === 0) forward(w, job);
  else schedule(w.queue, w.nowUs + sampleUs(w.rng, w.cfg.nodes[node].stream + NodeStream.service, processing), LB_FORWARD, job, w.jobs.gen[job]);
}

function forward(w: World, job: number): void {
  const j = w.jobs;
  if (isStale(w, job) || (j.flags[job] & CallFlag.abandoned) !== 0) {
    // The caller gave up during the balancer's own processing time: nothing to forward.
    if (!isStale(w, job)) countAnswered(w.nodes[j.node[job]], Outcome.error);
    freeJob(w, job);
    return;
  }
  const node = j.node[job];
  const cfg = w.cfg.nodes[node];
  const p = params(w, node);
  const s = state(w, node);
  let b = pickBackend(w, node, p, s, false, j.key[job]);
  if (b < 0 && p.failOpen) b = pickBackend(w, node, p, s, true, j.key[job]);
  if (b < 0) {
    countRejected(w.nodes[node]);
    sendResponse(w, j.call[job], j.callGen[job], Outcome.reject);
    freeJob(w, job);
    return;
  }
  j.dep[job] = b;
  s.active[b]++;
  const kind = (j.flags[job] & CallFlag.retry) !== 0 ? SpanKind.retry : SpanKind.request;
  const child = callOut(w, node, cfg.out[b], job, j.gen[job], j.flags[job], j.key[job], j.req[job],
    w.nodes[node].deadlines, p.timeoutUs, j.expiresUs[job], kind);
  j.child[job] = child;
  j.childGen[job] = w.calls.gen[child];
}

/** The backend answered (or the balancer gave up on it): pass the answer on. */
function backendDone(w: World, job: number, jobGen: number, outcome: number, callId: number): void {
  if (w.jobs.gen[job] !== jobGen) return;
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  const j = w.jobs;
  const node = j.node[job];
  state(w, node).active[j.dep[job]]--;
  // The balancer's own timeout answers as a gateway error would (504).
  const answer = outcome === Outcome.timeout ? Outcome.error : outcome;
  // An answer an open breaker decided further down stays one on its way up.
  if (outcome !== Outcome.timeout && wasShortCircuited(w, callId)) markShortCircuited(w, j.call[job], j.callGen[job]);
  countAnswered(w.nodes[node], answer);
  sendResponse(w, j.call[job], j.callGen[job], answer);
  freeJob(w, job);
}

export const loadBalancer: KindModule = {
  type: 'loadBalancer',
  can: { workers: false, backend: true, data: false, traffic: false },
  compile,
  linked,
  createState: (cfg): PickState => ({ cursor: 0, active: new Int32Array(cfg.out.length), wrrCurrent: new Float64Array(cfg.out.length) }),
  start: startHealthChecks,
  request: balancerRequest,
  probe: (w, node, callId) => answerProbe(w, node, callId, w.nodes[node].probeDeadlines, params(w, node).probeTimeoutUs),
  answer: backendDone,
  down: (w, node) => {
    state(w, node).active.fill(0);
    resetHealth(w.nodes[node].health);
  },
  events: [{ type: LB_FORWARD, run: (w, job, gen) => { if (w.jobs.gen[job] === gen) forward(w, job); } }],
};
