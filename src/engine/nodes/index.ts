// The registry of node kinds: where a delivered request, an answer and a crash
// go for each kind. Adding a kind touches its own file, the schema, and a line here.
import { CallFlag, CallState, Outcome } from '../events.ts';
import { NodeKind } from '../config.ts';
import { SpanKind } from '../frames.ts';
import { releaseCall, sendResponse } from '../net/calls.ts';
import { recordSpan } from '../net/spans.ts';
import type { World } from '../state.ts';
import { attemptDone } from './client.ts';
import { databaseDown, databaseRequest } from './database.ts';
import { deepProbeChildDone, probeArrived, probeDone } from './health-check.ts';
import { backendDone, balancerRequest } from './load-balancer.ts';
import { isStale } from './jobs.ts';
import { dependencyDone, serverDown, serverRequest } from './server.ts';

/** A request message arrives at its callee. A down node never answers. */
export function deliver(w: World, id: number): void {
  const callee = w.calls.callee[id];
  if (w.nodes[callee].downCount === 0) {
    if ((w.calls.flags[id] & CallFlag.probe) !== 0) probeArrived(w, callee, id);
    else {
      switch (w.cfg.nodes[callee].kind) {
        case NodeKind.loadBalancer: balancerRequest(w, callee, id); break;
        case NodeKind.server: serverRequest(w, callee, id); break;
        case NodeKind.database: databaseRequest(w, callee, id); break;
        default: sendResponse(w, id, w.calls.gen[id], Outcome.reject);
      }
    }
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
  if (w.recordSpans && w.cfg.nodes[c.caller[id]].kind === NodeKind.client) {
    recordSpan(w, c.link[id], w.cfg.links[c.link[id]].from !== c.caller[id], w.nowUs, w.nowUs, SpanKind.timeout, c.req[id]);
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
  const kind = w.cfg.nodes[caller].kind;
  if ((c.flags[id] & CallFlag.probe) !== 0) {
    if ((c.flags[id] & CallFlag.healthCheck) !== 0) probeDone(w, caller, parent, parentGen, outcome);
    else if (w.jobs.gen[parent] === parentGen) deepProbeChildDone(w, parent, outcome);
  } else if (kind === NodeKind.client) {
    attemptDone(w, parent, parentGen, outcome);
  } else if (w.jobs.gen[parent] === parentGen) {
    if (kind === NodeKind.loadBalancer) backendDone(w, parent, outcome);
    else dependencyDone(w, parent, outcome);
  }
  releaseCall(w, id);
}

/** A node goes down: its work is lost; timers that come back later find it stale. */
export function nodeDown(w: World, node: number): void {
  const rt = w.nodes[node];
  rt.incarnation++;
  switch (w.cfg.nodes[node].kind) {
    case NodeKind.server: serverDown(w, node); break;
    case NodeKind.database: databaseDown(w, node); break;
    case NodeKind.loadBalancer:
      rt.active.fill(0);
      rt.hcDown.fill(0);
      rt.hcFails.fill(0);
      rt.hcOks.fill(0);
      break;
  }
}
