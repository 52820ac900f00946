// A server: served with workers and a FIFO queue (service/), a sampled
// service time, then each dependency (outgoing link) called in link order
// while the request keeps its worker — so a slow dependency exhausts the
// pool, as in thread-per-request servers.
import { SERVER_DEFAULTS, type Dist, type ScenarioNode } from '../../scenario/index.ts';
import { compileDist, us } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { admit, finish, freeJob, isStale, wipe, type ServiceCfg } from '../service/index.ts';
import type { World } from '../state.ts';
import { answerProbe } from './health-check.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import { callOut } from './send.ts';
import { breakerCallEnded, breakerGate, compileBreaker, markShortCircuited, resetBreakers, wasShortCircuited } from './circuit-breaker-calls.ts';

export interface ServerParams {
  /** Timeout of each dependency call. */
  callTimeoutUs: number;
}

/** Workers, queue and service time of a server-like node; `d` holds its kind's defaults. */
export function compileService(
  n: { workers?: number; serviceTimeMs?: Dist; queueLimit?: number; shedExpired?: boolean } | undefined,
  d: { workers: number; serviceTimeMs: Dist; queueLimit: number },
): ServiceCfg {
  return {
    workers: n?.workers ?? d.workers,
    time: compileDist(n?.serviceTimeMs ?? d.serviceTimeMs),
    queueLimit: n?.queueLimit ?? d.queueLimit,
    shedExpired: n?.shedExpired ?? SERVER_DEFAULTS.shedExpired,
  };
}

function compile(n: ScenarioNode): KindCompiled {
  const s = n.type === 'server' ? n : undefined;
  const p: ServerParams = { callTimeoutUs: us(s?.callTimeoutMs ?? SERVER_DEFAULTS.callTimeoutMs) };
  return {
    params: p,
    service: compileService(s, SERVER_DEFAULTS),
    errorRate: s?.errorRate ?? SERVER_DEFAULTS.errorRate,
    breaker: compileBreaker(s?.circuitBreaker),
  };
}

/** Calls the job's next dependency, or answers OK when none is left. */
function nextDependency(w: World, job: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const cfg = w.cfg.nodes[node];
  const dep = j.dep[job];
  if (dep >= cfg.out.length) {
    finish(w, job, Outcome.ok);
    return;
  }
  const epoch = breakerGate(w, node, dep);
  if (epoch < 0) {
    // The dependency's breaker is open: the request fails at once, an error its caller sees.
    markShortCircuited(w, j.call[job], j.callGen[job]);
    finish(w, job, Outcome.error);
    return;
  }
  const kind = (j.flags[job] & CallFlag.retry) !== 0 ? SpanKind.retry : SpanKind.request;
  const id = callOut(w, node, cfg.out[dep], job, j.gen[job], j.flags[job], j.key[job], j.req[job],
    w.nodes[node].deadlines, (cfg.params as ServerParams).callTimeoutUs, j.expiresUs[job], kind);
  w.calls.epoch[id] = epoch;
}

/** Service time is over: call the dependencies in order. */
export function callDependencies(w: World, job: number): void {
  w.jobs.dep[job] = 0;
  nextDependency(w, job);
}

/** A dependency answered (or timed out): go on to the next, or fail the request. */
export function dependencyDone(w: World, job: number, jobGen: number, outcome: number, callId: number): void {
  const j = w.jobs;
  if (j.gen[job] !== jobGen) return;
  if (isStale(w, job)) {
    freeJob(w, job);
    return;
  }
  breakerCallEnded(w, j.node[job], j.dep[job], callId, outcome);
  if (outcome !== Outcome.ok) {
    if (outcome !== Outcome.timeout && wasShortCircuited(w, callId)) markShortCircuited(w, j.call[job], j.callGen[job]);
    finish(w, job, Outcome.error);
    return;
  }
  w.jobs.dep[job]++;
  nextDependency(w, job);
}

/** How a server-like node answers probes: a deep probe's sub-probes share its dependency calls' timeout queue. */
export function answerServerProbe(w: World, node: number, callId: number): void {
  answerProbe(w, node, callId, w.nodes[node].deadlines, (w.cfg.nodes[node].params as ServerParams).callTimeoutUs);
}

export const server: KindModule = {
  type: 'server',
  can: { workers: true, backend: true, data: false, traffic: false },
  compile,
  createState: () => null,
  request: admit,
  probe: answerServerProbe,
  answer: dependencyDone,
  served: callDependencies,
  down: (w, node) => {
    wipe(w, node);
    resetBreakers(w, node);
  },
};
