// Calls: a request message from a caller over a link, and later its answer
// back over the same link. A caller that gives up (timeout) forgets the call;
// the request still travels and the callee still works on it, as in real systems.
import { allocId, assert, freeId, schedule, us } from '../kernel/index.ts';
import { CallFlag, CallState, Ev, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import type { World } from '../state.ts';
import { addDeadline } from './deadlines.ts';
import { isDropped, linkLatencyUs, streamsFor } from './links.ts';
import { recordSpan } from './spans.ts';

/** The node at the far end of `link` from `node`. */
export function otherEnd(w: World, link: number, node: number): number {
  const l = w.cfg.links[link];
  return l.from === node ? l.to : l.from;
}

/**
 * Sends a request from `caller` to `callee` over `link`; returns the call's id.
 * Its answer (or timeout) comes back to the caller's kind. The callee is the
 * link's other end, or the cluster member the call is routed to (nodes/send.ts).
 */
export function sendCall(
  w: World, caller: number, callee: number, link: number, parent: number, parentGen: number, flags: number,
  key: number, req: number, deadlineQueue: number, timeoutUs: number, expiresUs: number, spanKind: number,
): number {
  const c = w.calls;
  const id = allocId(c);
  const deadlineUs = w.nowUs + timeoutUs;
  c.caller[id] = caller; c.callee[id] = callee; c.link[id] = link;
  c.parent[id] = parent; c.parentGen[id] = parentGen;
  c.state[id] = CallState.pending; c.refs[id] = 2; c.flags[id] = flags;
  c.key[id] = key; c.req[id] = req; c.job[id] = -1;
  // Two stores, not `a < b ? a : b`: merged with the argument the deadline
  // would be boxed (a heap number per call once times pass 2^31 µs).
  c.expiresUs[id] = deadlineUs;
  if (expiresUs < deadlineUs) c.expiresUs[id] = expiresUs;
  addDeadline(w, deadlineQueue, id, c.gen[id], deadlineUs);
  // A request travels back only when its caller is the link's `to` end (a client's
  // request over a DNS route link starts at neither end and travels forward).
  const back = w.cfg.links[link].to === caller;
  const streams = streamsFor((flags & CallFlag.probe) !== 0);
  if (isDropped(w, link, caller, callee, streams)) {
    c.refs[id] = 1;
    if (w.recordSpans) recordSpan(w, link, back, w.nowUs, w.nowUs + droppedSpanUs(w, link), SpanKind.dropped, req);
    return id;
  }
  const latencyUs = linkLatencyUs(w, w.cfg, link, streams);
  schedule(w.queue, w.nowUs + latencyUs, Ev.deliver, id, 0);
  if (w.recordSpans) recordSpan(w, link, back, w.nowUs, w.nowUs + latencyUs, spanKind, req);
  return id;
}

/**
 * How far a lost message is drawn: half the link's mean latency. Taken from the
 * mean, never sampled, because the view must not consume the run's randomness.
 */
function droppedSpanUs(w: World, link: number): number {
  return (us(w.cfg.links[link].latency.meanMs) + w.links[link].addUs) / 2;
}

/** Drops one holder of a call; the record is reused once nobody holds it. */
export function releaseCall(w: World, id: number): void {
  const refs = --w.calls.refs[id];
  assert(refs >= 0, 'a call is released at most once per holder');
  if (refs === 0) {
    w.calls.state[id] = CallState.free;
    freeId(w.calls, id);
  }
}

/** The callee answers call (id, gen). Nothing travels if the caller has already forgotten it. */
export function sendResponse(w: World, id: number, gen: number, outcome: number): void {
  const c = w.calls;
  if (c.gen[id] !== gen || c.state[id] !== CallState.pending) return;
  const link = c.link[id], caller = c.caller[id], callee = c.callee[id];
  const back = w.cfg.links[link].to !== caller;
  const probe = (c.flags[id] & CallFlag.probe) !== 0;
  const kind = probe ? SpanKind.probe : outcome === Outcome.ok ? SpanKind.success : SpanKind.error;
  const streams = streamsFor(probe);
  if (isDropped(w, link, callee, caller, streams)) {
    if (w.recordSpans) recordSpan(w, link, back, w.nowUs, w.nowUs + droppedSpanUs(w, link), SpanKind.dropped, c.req[id]);
    return;
  }
  const latencyUs = linkLatencyUs(w, w.cfg, link, streams);
  schedule(w.queue, w.nowUs + latencyUs, Ev.responseBase + outcome, id, gen);
  if (w.recordSpans) recordSpan(w, link, back, w.nowUs, w.nowUs + latencyUs, kind, c.req[id]);
}
