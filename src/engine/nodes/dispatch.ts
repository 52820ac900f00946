// Where a delivered request, an answer, a timeout and a crash go: to the
// node's kind, through the registry. Probes are the health checks' own
// business, whatever the kind.
import type { NodeReport } from '../../scenario/index.ts';
import { CallFlag, CallState, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { recordSpan, releaseCall } from '../net/index.ts';
import { isStale, serviceOver } from '../service/index.ts';
import type { World } from '../state.ts';
import { deepProbeChildDone, healthTick, probeDone } from './health-check.ts';
import type { KindEvent } from './kind.ts';
import { KIND_LIST, kindEvents } from './registry.ts';

/** A request message arrives at its callee. A down node never answers. */
export function deliver(w: World, id: number): void {
  const callee = w.calls.callee[id];
  if (w.nodes[callee].downCount === 0) {
    const kind = KIND_LIST[w.cfg.nodes[callee].kind];
    if ((w.calls.flags[id] & CallFlag.probe) !== 0) kind.probe(w, callee, id);
    else kind.request(w, callee, id);
  }
  releaseCall(w, id);
}

/** An answer arrives at the caller; a late one (after a timeout) is ignored. */
export function response(w: World, id: number, gen: number, outcome: number): void {
  const c = w.calls;
  if (c.gen[id] !== gen || c.state[id] !== CallState.pending) return;
  if (w.nodes[c.caller[id]].downCount > 0) return;
  resolveCall(w, id, outcome);
}

/** The caller's deadline passed before an answer came. */
export function expireCall(w: World, id: number): void {
  const c = w.calls;
  if (w.recordSpans && KIND_LIST[w.cfg.nodes[c.caller[id]].kind].can.traffic) {
    recordSpan(w, c.link[id], w.cfg.links[c.link[id]].to === c.caller[id], w.nowUs, w.nowUs, SpanKind.timeout, c.req[id]);
  }
  abandonCall(w, id, Outcome.timeout);
}

/**
 * The caller stops waiting. A balancer proxying the call sees its client's
 * connection close and stops waiting for its backend too (an error at the
 * balancer, like nginx's 499), and so on down a chain of balancers. Servers
 * are not told: their work goes on, as the format says.
 */
function abandonCall(w: World, id: number, outcome: number): void {
  const c = w.calls, j = w.jobs;
  const job = c.job[id], jobGen = c.jobGen[id];
  resolveCall(w, id, outcome);
  if (job < 0 || j.gen[job] !== jobGen || isStale(w, job)) return;
  const child = j.child[job];
  if (child < 0) j.flags[job] |= CallFlag.abandoned;
  else if (c.gen[child] === j.childGen[job] && c.state[child] === CallState.pending) abandonCall(w, child, Outcome.error);
}

function resolveCall(w: World, id: number, outcome: number): void {
  const c = w.calls;
  c.state[id] = CallState.resolved;
  const caller = c.caller[id];
  const parent = c.parent[id], parentGen = c.parentGen[id];
  if ((c.flags[id] & CallFlag.probe) !== 0) {
    if ((c.flags[id] & CallFlag.healthCheck) !== 0) probeDone(w, caller, parent, parentGen, outcome);
    else if (w.jobs.gen[parent] === parentGen) deepProbeChildDone(w, parent, outcome);
  } else {
    KIND_LIST[w.cfg.nodes[caller].kind].answer(w, parent, parentGen, outcome, id);
  }
  releaseCall(w, id);
}

/** A node goes down: its work is lost; timers that come back later find it stale. */
export function nodeDown(w: World, node: number): void {
  w.nodes[node].incarnation++;
  KIND_LIST[w.cfg.nodes[node].kind].down(w, node);
}

/** A node comes back up. */
export function nodeUp(w: World, node: number): void {
  KIND_LIST[w.cfg.nodes[node].kind].up(w, node);
}

/** A `flush` fault reached a node. */
export function nodeFlush(w: World, node: number): void {
  KIND_LIST[w.cfg.nodes[node].kind].flush(w, node);
}

/** The kind's own fields of a node's report entry. */
export function nodeReportFields(w: World, node: number): Partial<NodeReport> {
  return KIND_LIST[w.cfg.nodes[node].kind].report(w, node);
}

/** A fault changed a node's rate factor. */
export function rateChanged(w: World, node: number): void {
  KIND_LIST[w.cfg.nodes[node].kind].rateChanged(w, node);
}

/** Starts every node's processes, in node order. */
export function startNodes(w: World): void {
  for (let n = 0; n < w.cfg.nodes.length; n++) KIND_LIST[w.cfg.nodes[n].kind].start(w, n);
}

/** A service time is over: unless the job is gone or failed on its own, its kind goes on. */
function serviceDone(w: World, job: number): void {
  if (serviceOver(w, job)) KIND_LIST[w.cfg.nodes[w.jobs.node[job]].kind].served(w, job);
}

/** The event types of nodes: shared ones (service, health checks) and every kind's own. */
export function nodeEvents(): KindEvent[] {
  return [
    { type: Ev.serviceDone, run: serviceDone },
    { type: Ev.healthTick, run: healthTick },
    ...kindEvents(),
  ];
}

/** 1 primary, 2 replica, 3 fenced primary, 0 not in a cluster. */
export function nodeRole(w: World, node: number): number {
  return KIND_LIST[w.cfg.nodes[node].kind].role(w, node);
}

/** Replication lag behind the primary, ms (0 for nodes that hold no replicated data). */
export function nodeLagMs(w: World, node: number): number {
  return KIND_LIST[w.cfg.nodes[node].kind].lagMs(w, node);
}
