// Active health checks: every interval the balancer probes each backend; a
// backend is marked down after `unhealthyThreshold` failed probes in a row and
// up again after `healthyThreshold` good ones. Detection therefore takes about
// (unhealthyThreshold − 1) × interval + timeout after a crash, not zero.
// A shallow probe passes when the backend process answers; a deep one only
// when the backend's own dependencies answer too.
import { schedule } from '../kernel/event-queue.ts';
import { CallFlag, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendCall, sendResponse } from '../net/calls.ts';
import { logEvent } from '../monitor/log.ts';
import type { World } from '../state.ts';
import { createJob, freeJob, isStale } from './jobs.ts';
import { NodeKind } from '../config.ts';

export function startHealthChecks(w: World, lb: number): void {
  if (w.cfg.nodes[lb].hasHealthCheck) schedule(w.queue, w.nowUs, Ev.healthTick, lb, 0);
}

export function healthTick(w: World, lb: number): void {
  const cfg = w.cfg.nodes[lb];
  const rt = w.nodes[lb];
  schedule(w.queue, w.nowUs + cfg.hcIntervalUs, Ev.healthTick, lb, 0);
  if (rt.downCount > 0) return;
  const flags = CallFlag.probe | CallFlag.healthCheck | (cfg.hcDeep ? CallFlag.deep : 0);
  for (let p = 0; p < cfg.out.length; p++) {
    sendCall(w, lb, cfg.out[p], p, rt.incarnation, flags, 0, -1, rt.probeDeadlines, cfg.hcTimeoutUs, Infinity, SpanKind.probe);
  }
}

/** A probe reaches an up backend (a down one never answers). */
export function probeArrived(w: World, node: number, callId: number): void {
  const cfg = w.cfg.nodes[node];
  const deep = (w.calls.flags[callId] & CallFlag.deep) !== 0;
  const hasDeps = cfg.kind !== NodeKind.client && cfg.out.length > 0;
  if (!deep || !hasDeps) {
    sendResponse(w, callId, w.calls.gen[callId], Outcome.ok);
    return;
  }
  // Deep: probe each dependency (shallow) at once; answer when all have answered.
  const job = createJob(w, node, callId);
  w.jobs.dep[job] = cfg.out.length;
  w.jobs.outcome[job] = Outcome.ok;
  // Each timeout FIFO holds one timeout length: a balancer's sub-probes share
  // its probes' queue (hcTimeoutMs), a server's its dependency calls' (callTimeoutMs).
  const lb = cfg.kind === NodeKind.loadBalancer;
  const timeoutUs = lb ? cfg.hcTimeoutUs : cfg.callTimeoutUs;
  const queue = lb ? w.nodes[node].probeDeadlines : w.nodes[node].deadlines;
  for (const link of cfg.out) {
    sendCall(w, node, link, job, w.jobs.gen[job], CallFlag.probe, 0, -1, queue, timeoutUs, Infinity, SpanKind.probe);
  }
}

/** One dependency of a deep probe answered or timed out. */
export function deepProbeChildDone(w: World, job: number, outcome: number): void {
  const j = w.jobs;
  if (outcome !== Outcome.ok) j.outcome[job] = Outcome.error;
  if (--j.dep[job] > 0) return;
  if (!isStale(w, job)) sendResponse(w, j.call[job], j.callGen[job], j.outcome[job]);
  freeJob(w, job);
}

/** A probe of backend `position` ended; thresholds turn streaks into state changes. */
export function probeDone(w: World, lb: number, position: number, incarnation: number, outcome: number): void {
  const rt = w.nodes[lb];
  if (incarnation !== rt.incarnation) return;
  const cfg = w.cfg.nodes[lb];
  const backend = w.cfg.links[cfg.out[position]].to;
  const label = w.cfg.nodes[backend].label;
  if (outcome === Outcome.ok) {
    rt.hcFails[position] = 0;
    rt.hcOks[position]++;
    if (rt.hcDown[position] !== 0 && rt.hcOks[position] >= cfg.hcHealthy) {
      rt.hcDown[position] = 0;
      logEvent(w, 'healthUp', w.cfg.nodes[backend].id, `${cfg.label} health check marked ${label} healthy`);
    }
  } else {
    rt.hcOks[position] = 0;
    rt.hcFails[position]++;
    if (rt.hcDown[position] === 0 && rt.hcFails[position] >= cfg.hcUnhealthy) {
      rt.hcDown[position] = 1;
      // A crashed backend: the log says how long noticing it took (the span the view draws).
      const down = w.nodes[backend];
      if (down.downCount > 0) {
        const after = ((w.nowUs - down.downSinceUs) / 1e6).toFixed(1);
        logEvent(w, 'healthDown', w.cfg.nodes[backend].id, `${cfg.label} health check marked ${label} down after ${after} s`, down.downSinceUs);
      } else logEvent(w, 'healthDown', w.cfg.nodes[backend].id, `${cfg.label} health check marked ${label} down`);
    }
  }
}
