// A client behind DNS: its users are split into resolver groups, each with an
// equal share of the requests and its own cached answer. A request belongs to
// a group drawn at random; a group with no live answer looks up (a call over
// the client's link to the DNS node), and its requests wait for that lookup.
// An answer lives ttl from when it arrives; a group's first answer lives a
// uniformly random part of ttl, so expiries are spread as in a population.
// Requests then go straight to the endpoint, over the DNS node's link to it.
import { grownI32, nextFloat, nextInt, NodeStream } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendCall } from '../net/index.ts';
import type { World } from '../state.ts';
import type { DnsParams } from './dns.ts';
import { callOut } from './send.ts';

export interface ResolverState {
  /** The DNS node, and the client's link to it (it carries lookups). */
  dns: number;
  link: number;
  groups: number;
  /** Per group: the endpoint position it was told (−1: none yet), when that expires, its lookup. */
  answer: Int32Array;
  expiresUs: Float64Array;
  lookupGen: Int32Array;
  looking: Uint8Array;
  answered: Uint8Array;
  /** Per group: requests waiting for its lookup, a list through `nextWaiting`. */
  waitHead: Int32Array;
  waitTail: Int32Array;
  /** Per request id: its group, and the next request waiting with it. */
  groupOf: Int32Array;
  nextWaiting: Int32Array;
  /** Requests per second each group stands for (the client's rate ÷ groups), for the view's shares. */
  groupPerSec: number;
  /** The client's first PRNG stream: its draws of groups and first answers' lives come from its own streams. */
  stream: number;
}

/** The resolver groups of client `node`, or null when it is not linked to a DNS node. */
export function createResolver(w: World, node: number, groups: number, ratePerSec: number): ResolverState | null {
  const out = w.cfg.nodes[node].out;
  const link = out.find((l) => w.cfg.nodes[w.cfg.links[l].to].resolves);
  if (link === undefined) return null;
  const i32 = (n: number, fill = 0) => new Int32Array(n).fill(fill);
  return {
    dns: w.cfg.links[link].to, link, groups,
    answer: i32(groups, -1), expiresUs: new Float64Array(groups), lookupGen: i32(groups),
    looking: new Uint8Array(groups), answered: new Uint8Array(groups),
    waitHead: i32(groups, -1), waitTail: i32(groups, -1),
    groupOf: i32(w.reqs.cap), nextWaiting: i32(w.reqs.cap, -1),
    groupPerSec: ratePerSec / groups,
    stream: w.cfg.nodes[node].stream,
  };
}

/** A new request joins a group drawn at random. */
export function joinGroup(w: World, rs: ResolverState, req: number): void {
  if (req >= rs.groupOf.length) {
    rs.groupOf = grownI32(rs.groupOf, w.reqs.cap);
    rs.nextWaiting = grownI32(rs.nextWaiting, w.reqs.cap, -1);
  }
  rs.groupOf[req] = nextInt(w.rng, rs.stream + NodeStream.resolverGroups, rs.groups);
}

/**
 * The route link for request `req` when its group has a live answer; else −1,
 * and the request waits for its group's lookup (started now if none is running;
 * it times out as an attempt would, after `timeoutUs`).
 */
export function routeFor(w: World, node: number, rs: ResolverState, req: number, timeoutUs: number): number {
  const g = rs.groupOf[req];
  if (rs.answer[g] >= 0 && rs.expiresUs[g] > w.nowUs) return w.cfg.nodes[rs.dns].out[rs.answer[g]];
  rs.nextWaiting[req] = -1;
  if (rs.waitHead[g] < 0) rs.waitHead[g] = req;
  else rs.nextWaiting[rs.waitTail[g]] = req;
  rs.waitTail[g] = req;
  if (rs.looking[g] === 0) {
    rs.looking[g] = 1;
    rs.lookupGen[g]++;
    callOut(w, node, rs.link, lookupParent(g), rs.lookupGen[g], CallFlag.lookup, 0, -1,
      w.nodes[node].deadlines, timeoutUs, Infinity, SpanKind.probe);
  }
  return -1;
}

/** Sends an attempt over a route link: from the client straight to the link's endpoint. */
export function sendOverRoute(
  w: World, node: number, route: number, req: number, reqGen: number, flags: number, key: number, timeoutUs: number, spanKind: number,
): number {
  return sendCall(w, node, w.cfg.links[route].to, route, req, reqGen, flags, key, req, w.nodes[node].deadlines, timeoutUs, Infinity, spanKind);
}

/** Lookups carry a negative parent (−1 − group), so the client's answer handler tells them from attempts. */
export const lookupParent = (group: number): number => -1 - group;
export const isLookup = (parent: number): boolean => parent < 0;

/**
 * A lookup of group `-1 − parent` ended. OK: the group keeps the answer (read
 * from the call's key) and its waiting requests go on; else each of them fails
 * as the lookup did. `resume(req, outcome)` is the client's: ok sends it on.
 */
export function lookupDone(
  w: World, rs: ResolverState, parent: number, gen: number, outcome: number, callId: number,
  resume: (w: World, req: number, outcome: number) => void,
): void {
  const g = -1 - parent;
  if (gen !== rs.lookupGen[g] || rs.looking[g] === 0) return;
  rs.looking[g] = 0;
  if (outcome === Outcome.ok) setAnswer(w, rs, g, w.calls.key[callId]);
  let req = rs.waitHead[g];
  rs.waitHead[g] = rs.waitTail[g] = -1;
  while (req >= 0) {
    const next = rs.nextWaiting[req];
    resume(w, req, outcome);
    req = next;
  }
}

function setAnswer(w: World, rs: ResolverState, g: number, position: number): void {
  const ttlUs = (w.cfg.nodes[rs.dns].params as DnsParams).ttlUs;
  const lifeUs = rs.answered[g] === 0 ? Math.max(1, Math.round(nextFloat(w.rng, rs.stream + NodeStream.answerAges) * ttlUs)) : ttlUs;
  rs.answered[g] = 1;
  const out = w.cfg.nodes[rs.dns].out;
  if (rs.answer[g] >= 0) w.links[out[rs.answer[g]]].resolvedPerSec -= rs.groupPerSec;
  w.links[out[position]].resolvedPerSec += rs.groupPerSec;
  rs.answer[g] = position;
  rs.expiresUs[g] = w.nowUs + lifeUs;
}

/** Of the users a dns node has answered, the share it routes over its link `link` now (0 for other links). */
export function dnsShareOfLink(w: World, link: number): number {
  const from = w.cfg.links[link].from;
  if (!w.cfg.nodes[from].resolves) return 0;
  let total = 0;
  for (const l of w.cfg.nodes[from].out) total += w.links[l].resolvedPerSec;
  return total > 1e-12 ? w.links[link].resolvedPerSec / total : 0;
}

/** The share of DNS-answered users told endpoint `node` now, over every dns node that answers it. */
export function dnsShareOfNode(w: World, node: number): number {
  let share = 0, answering = 0;
  for (let l = 0; l < w.cfg.links.length; l++) {
    if (w.cfg.links[l].to !== node || !w.cfg.nodes[w.cfg.links[l].from].resolves) continue;
    share += dnsShareOfLink(w, l);
    answering++;
  }
  return answering > 0 ? share / answering : 0;
}
