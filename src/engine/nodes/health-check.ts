// Active health checks: every interval a node (a balancer) probes each of its
// targets; a target is marked down after `unhealthyThreshold` failed probes in
// a row and up again after `healthyThreshold` good ones. Detection therefore
// takes about (unhealthyThreshold − 1) × interval + timeout after a crash, not
// zero. A shallow probe passes when the target process answers; a deep one
// only when the target's own dependencies answer too.
import { HEALTH_CHECK_DEFAULTS, type HealthCheck } from '../../scenario/index.ts';
import { schedule, us } from '../kernel/index.ts';
import { CallFlag, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendResponse } from '../net/index.ts';
import { logEvent } from '../monitor/index.ts';
import { createJob, freeJob, isStale } from '../service/index.ts';
import type { World } from '../state.ts';
import { callOut } from './send.ts';

export interface HealthCheckCfg {
  intervalUs: number;
  timeoutUs: number;
  unhealthy: number;
  healthy: number;
  deep: boolean;
}

/** Per target position (the node's outgoing links): the current streaks and the verdict. */
export interface HealthRt {
  fails: Int32Array;
  oks: Int32Array;
  /** 1 when marked down. */
  down: Int32Array;
}

export function compileHealthCheck(hc: HealthCheck): HealthCheckCfg {
  const d = HEALTH_CHECK_DEFAULTS;
  return {
    intervalUs: us(hc.intervalMs ?? d.intervalMs),
    timeoutUs: us(hc.timeoutMs ?? d.timeoutMs),
    unhealthy: hc.unhealthyThreshold ?? d.unhealthyThreshold,
    healthy: hc.healthyThreshold ?? d.healthyThreshold,
    deep: hc.deep ?? d.deep,
  };
}

export function createHealth(targets: number): HealthRt {
  return { fails: new Int32Array(targets), oks: new Int32Array(targets), down: new Int32Array(targets) };
}

/** A restarted prober knows nothing yet: every target counts as healthy. */
export function resetHealth(h: HealthRt): void {
  h.down.fill(0);
  h.fails.fill(0);
  h.oks.fill(0);
}

export function startHealthChecks(w: World, node: number): void {
  if (w.cfg.nodes[node].healthCheck) schedule(w.queue, w.nowUs, Ev.healthTick, node, 0);
}

export function healthTick(w: World, node: number): void {
  const cfg = w.cfg.nodes[node];
  const hc = cfg.healthCheck!;
  const rt = w.nodes[node];
  schedule(w.queue, w.nowUs + hc.intervalUs, Ev.healthTick, node, 0);
  if (rt.downCount > 0) return;
  const flags = CallFlag.probe | CallFlag.healthCheck | (hc.deep ? CallFlag.deep : 0);
  for (let p = 0; p < cfg.out.length; p++) {
    callOut(w, node, cfg.out[p], p, rt.incarnation, flags, 0, -1, rt.probeDeadlines, hc.timeoutUs, Infinity, SpanKind.probe);
  }
}

/**
 * A probe reaches an up node. A shallow one, or a deep one at a node with no
 * dependencies, is answered at once; a deep one probes each dependency
 * (shallow) and is answered when all have answered. The sub-probes' timeouts
 * go into `queue` with `timeoutUs`: each timeout FIFO holds one length.
 */
export function answerProbe(w: World, node: number, callId: number, queue: number, timeoutUs: number): void {
  const cfg = w.cfg.nodes[node];
  const deep = (w.calls.flags[callId] & CallFlag.deep) !== 0;
  if (!deep || cfg.out.length === 0) {
    sendResponse(w, callId, w.calls.gen[callId], Outcome.ok);
    return;
  }
  const job = createJob(w, node, callId);
  w.jobs.dep[job] = cfg.out.length;
  w.jobs.outcome[job] = Outcome.ok;
  for (const link of cfg.out) {
    callOut(w, node, link, job, w.jobs.gen[job], CallFlag.probe, 0, -1, queue, timeoutUs, Infinity, SpanKind.probe);
  }
}

/** A node whose outgoing links are not dependencies (users) passes any probe once it is up. */
export function answerShallow(w: World, _node: number, callId: number): void {
  sendResponse(w, callId, w.calls.gen[callId], Outcome.ok);
}

/** One dependency of a deep probe answered or timed out. */
export function deepProbeChildDone(w: World, job: number, outcome: number): void {
  const j = w.jobs;
  if (outcome !== Outcome.ok) j.outcome[job] = Outcome.error;
  if (--j.dep[job] > 0) return;
  if (!isStale(w, job)) sendResponse(w, j.call[job], j.callGen[job], j.outcome[job]);
  freeJob(w, job);
}

/** A probe of target `position` ended; thresholds turn streaks into state changes. */
export function probeDone(w: World, node: number, position: number, incarnation: number, outcome: number): void {
  const rt = w.nodes[node];
  if (incarnation !== rt.incarnation) return;
  const cfg = w.cfg.nodes[node];
  const hc = cfg.healthCheck!;
  const h = rt.health;
  const target = w.cfg.nodes[w.cfg.links[cfg.out[position]].to];
  if (outcome === Outcome.ok) {
    h.fails[position] = 0;
    h.oks[position]++;
    if (h.down[position] !== 0 && h.oks[position] >= hc.healthy) {
      h.down[position] = 0;
      logEvent(w, 'healthUp', target.id, `${cfg.label} health check marked ${target.label} healthy`);
    }
  } else {
    h.oks[position] = 0;
    h.fails[position]++;
    if (h.down[position] === 0 && h.fails[position] >= hc.unhealthy) {
      h.down[position] = 1;
      // A crashed backend: the log says how long noticing it took (the span the view draws).
      const down = w.nodes[target.index];
      if (down.downCount > 0) {
        const after = ((w.nowUs - down.downSinceUs) / 1e6).toFixed(1);
        logEvent(w, 'healthDown', target.id, `${cfg.label} health check marked ${target.label} down after ${after} s`, down.downSinceUs);
      } else logEvent(w, 'healthDown', target.id, `${cfg.label} health check marked ${target.label} down`);
    }
  }
}
