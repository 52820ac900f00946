// Pieces of the availability algebra (expected-availability.ts): a node's
// own availability from random failures and scheduled faults, the stretches
// of the run in which the set of crashed nodes is fixed, how requests split
// over a balancer's backends, a health check's mean detection time, a
// server's capacity, and k-of-n with spare capacity.
import { CLIENT_DEFAULTS, CLUSTER_DEFAULTS, HEALTH_CHECK_DEFAULTS, LOAD_BALANCER_DEFAULTS, SERVER_DEFAULTS } from './defaults.ts';
import type { Dist, Fault, HealthCheck, Link, Scenario, ScenarioNode } from './types.ts';

/** Up MTBF/(MTBF+MTTR) of the time with random failures; 1 without. */
export const randomUp = (n: ScenarioNode): number => (n.failure ? n.failure.mtbfMs / (n.failure.mtbfMs + n.failure.mttrMs) : 1);

/** Random failures per ms of the run (one per MTBF + MTTR cycle). */
export const failureRate = (n: ScenarioNode): number => (n.failure ? 1 / (n.failure.mtbfMs + n.failure.mttrMs) : 0);

export const parallel = (as: readonly number[]): number => 1 - as.reduce((p, a) => p * (1 - a), 1);

/** The nodes a fault takes down (a crash: its node; a zone outage: every node in the zone). */
export function downedBy(s: Scenario, f: Fault): string[] {
  if (f.type === 'crash') return [f.target];
  if (f.type === 'zoneOutage') return s.nodes.filter((n) => n.zone === f.target).map((n) => n.id);
  return [];
}

/** A stretch of the run in which the same nodes are down by scheduled faults. */
export interface Segment {
  fromMs: number;
  toMs: number;
  down: Set<string>;
}

/** The run cut at every scheduled crash and zone outage start and end within it. */
export function segments(s: Scenario): Segment[] {
  const end = s.durationMs ?? 60_000;
  const outages = (s.faults ?? []).flatMap((f) => {
    const ids = downedBy(s, f);
    if (ids.length === 0 || f.atMs >= end) return [];
    return [{ ids, from: f.atMs, to: Math.min(end, f.durationMs === undefined ? end : f.atMs + f.durationMs) }];
  });
  const cuts = [...new Set([0, end, ...outages.flatMap((o) => [o.from, o.to])])].filter((t) => t >= 0 && t <= end).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    if (to <= from) continue;
    const down = new Set(outages.filter((o) => o.from <= from && o.to >= to).flatMap((o) => o.ids));
    out.push({ fromMs: from, toMs: to, down });
  }
  return out;
}

/** Mean of a distribution, ms. */
export function meanMs(d: Dist | undefined, fallback: number): number {
  if (d === undefined) return fallback;
  if (typeof d === 'number') return d;
  switch (d.type) {
    case 'constant': return d.value;
    case 'exponential': return d.mean;
    case 'uniform': return (d.min + d.max) / 2;
    case 'normal': return d.mean;
    case 'lognormal': {
      const sigma = Math.log(d.p99 / d.median) / 2.326;
      return d.median * Math.exp((sigma * sigma) / 2);
    }
  }
}

/**
 * Mean time from a crash to a health check marking the backend down: the
 * first probe to fail is sent on average half an interval after the crash,
 * the k-th one (k − 1) intervals later, and it fails at its timeout —
 * (k − ½) · interval + timeout.
 */
export function detectionMs(hc: HealthCheck): number {
  const h = { ...HEALTH_CHECK_DEFAULTS, ...hc };
  return (h.unhealthyThreshold - 0.5) * h.intervalMs + h.timeoutMs;
}

/**
 * The chance a random failure of `node` is noticed at all: its repair time is
 * exponential (mean MTTR) and must outlast the detection D = φ + (k − 1)·I + T,
 * φ uniform on [0, I): E[e^{−D/MTTR}]. 1 without random failures.
 */
export function noticedShare(hc: HealthCheck, node: ScenarioNode): number {
  if (!node.failure) return 1;
  const h = { ...HEALTH_CHECK_DEFAULTS, ...hc };
  const m = node.failure.mttrMs, i = h.intervalMs;
  return Math.exp(-((h.unhealthyThreshold - 1) * i + h.timeoutMs) / m) * (m / i) * -Math.expm1(-i / m);
}

/**
 * Mean time a random crash of `node` goes unnoticed while it is down: until the
 * detection or the repair, whichever comes first — E[min(D, X)], X ~ Exp(MTTR),
 * = MTTR · (1 − E[e^{−D/MTTR}]); (k − ½)·I + T when repairs take much longer.
 */
export function unnoticedMs(hc: HealthCheck, node: ScenarioNode): number {
  return node.failure ? node.failure.mttrMs * (1 - noticedShare(hc, node)) : detectionMs(hc);
}

/**
 * Mean time from a repair to the checks marking the backend healthy again, per
 * random crash: only a noticed crash is marked down; then the first good probe
 * leaves on average half an interval after the repair, the healthyThreshold-th
 * one (h − 1) intervals later — (h − ½) · interval (the probe's round trip left out).
 */
export function rejoinMs(hc: HealthCheck, node: ScenarioNode): number {
  const h = { ...HEALTH_CHECK_DEFAULTS, ...hc };
  return noticedShare(hc, node) * (h.healthyThreshold - 0.5) * h.intervalMs;
}

/**
 * Detection of a crash at a known moment: probes go out at 0, interval,
 * 2·interval, …, so the first to fail is the next one at or after the crash.
 */
export function detectionAtMs(hc: HealthCheck, crashMs: number): number {
  const h = { ...HEALTH_CHECK_DEFAULTS, ...hc };
  const first = Math.ceil(crashMs / h.intervalMs) * h.intervalMs;
  return first - crashMs + (h.unhealthyThreshold - 1) * h.intervalMs + h.timeoutMs;
}

/** Share of a balancer's requests each backend gets while all are healthy. */
export function shares(node: ScenarioNode, out: readonly Link[]): number[] {
  if (out.length === 0) return [];
  const algorithm = 'algorithm' in node ? node.algorithm : undefined;
  if (algorithm === 'failover') return out.map((_, i) => (i === 0 ? 1 : 0));
  if (algorithm === 'weightedRoundRobin') {
    const total = out.reduce((a, l) => a + (l.weight ?? 1), 0);
    return out.map((l) => (l.weight ?? 1) / total);
  }
  return out.map(() => 1 / out.length);
}

/**
 * A crashed backend's share until noticed, with the others in rotation each
 * with chance `ups[j]`: the balancer spreads over those in rotation, so it is
 * 1/(1 + J) for equal shares (J others in rotation: a Poisson binomial), more
 * than the 1/n of all up. With none of the others in rotation (J = 0) nothing
 * is lost on top: every backend is down, which the parallel formula already
 * counts — so a lone backend's detection costs nothing extra. Unequal shares:
 * wᵢ / (wᵢ + Σ upⱼ·wⱼ) × P(J ≥ 1). A share of 0 (failover's standby) stays 0.
 */
export function crashShares(w: readonly number[], ups: readonly number[]): number[] {
  const equal = w.every((x) => Math.abs(x - w[0]) < 1e-12);
  return w.map((wi, i) => {
    if (wi === 0) return 0;
    const someUp = 1 - ups.reduce((q, a, j) => (j === i ? q : q * (1 - a)), 1);
    if (!equal) return (someUp * wi) / (wi + w.reduce((a, wj, j) => (j === i ? a : a + ups[j] * wj), 0));
    let p = [1];
    ups.forEach((a, j) => {
      if (j === i) return;
      const next = new Array(p.length + 1).fill(0);
      p.forEach((q, m) => { next[m] += q * (1 - a); next[m + 1] += q * a; });
      p = next;
    });
    return p.reduce((sum, q, m) => (m === 0 ? sum : sum + q / (1 + m)), 0);
  });
}

/** Requests per second a server-like node can finish: workers over the time a request holds one. */
export function capacityPerSec(s: Scenario, node: ScenarioNode, out: readonly Link[]): number {
  // Servers and databases (and caches) hold a worker per request; the others have no workers to run out of.
  if (node.type !== 'server' && node.type !== 'database' && node.type !== 'cache') return Number.POSITIVE_INFINITY;
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  // A worker waits on each dependency: the round trip and the dependency's own service.
  const calls = out.reduce((a, l) => {
    const dep = byId.get(l.to);
    return a + 2 * meanMs(l.latencyMs, 1) + (dep && 'serviceTimeMs' in dep ? meanMs(dep.serviceTimeMs, 20) : 0);
  }, 0);
  const holdMs = meanMs('serviceTimeMs' in node ? node.serviceTimeMs : undefined, meanMs(SERVER_DEFAULTS.serviceTimeMs, 20)) + calls;
  return ((node.workers ?? SERVER_DEFAULTS.workers) * 1000) / Math.max(holdMs, 1e-3);
}

/**
 * Share of the load served when backends with availabilities `as`, each able
 * to serve `capacity` req/s, share `load` req/s: the expected min(1, m·c/λ)
 * over how many (m) are up. With room to spare in one backend it is the
 * parallel formula; when the load needs k of n, it is k-of-n.
 */
export function servedShare(as: readonly number[], capacity: number, load: number): number {
  // Distribution of the number up (Poisson binomial), by dynamic programming.
  let p = [1];
  for (const a of as) {
    const next = new Array(p.length + 1).fill(0);
    p.forEach((q, m) => {
      next[m] += q * (1 - a);
      next[m + 1] += q * a;
    });
    p = next;
  }
  const served = (m: number) => (m === 0 ? 0 : load > 0 && Number.isFinite(capacity) ? Math.min(1, (m * capacity) / load) : 1);
  return p.reduce((sum, q, m) => sum + q * served(m), 0);
}

/**
 * The part of its share a crashed backend still gets until the checks notice
 * it. Round robin, random, weights and hashing keep sending it its share (1).
 * A balancer that picks by requests in flight (leastConnections, powerOfTwo)
 * steers away from it: nothing sent there is answered, so it stays in flight
 * until the caller gives up (after `timeoutMs`), and the backend is picked
 * only while it holds no more than the live ones — about L + 2 at a time,
 * L = its load × the time a request holds a live backend (against the
 * engine's count for L from 0.2 to 2: 0.6 to 1.8 times it; the count is a few
 * requests, so the availability it stands for is off by less than 0.002 in
 * those runs). So over a detection of D it is sent about
 * (L + 2)·(1 + D/T) requests rather than λᵢ·D.
 */
export function steeredShare(algorithm: string | undefined, loadPerSec: number, holdMs: number, timeoutMs: number, detectMs: number): number {
  if ((algorithm !== 'leastConnections' && algorithm !== 'powerOfTwo') || loadPerSec <= 0 || detectMs <= 0) return 1;
  const inFlight = (loadPerSec * holdMs) / 1000;
  return Math.min(1, ((inFlight + 2) * (1 + detectMs / timeoutMs)) / ((loadPerSec * detectMs) / 1000));
}

/** How long a balancer's callers wait for it (the shortest of their timeouts), capped by its own timeoutMs, ms. */
export function callerTimeoutMs(s: Scenario, node: ScenarioNode): number {
  const own = node.type === 'loadBalancer' ? (node.timeoutMs ?? LOAD_BALANCER_DEFAULTS.timeoutMs) : LOAD_BALANCER_DEFAULTS.timeoutMs;
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const waits = (s.links ?? []).filter((l) => l.to === node.id).map((l) => {
    const from = byId.get(l.from);
    if (!from) return own;
    if (from.type === 'client') return from.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs;
    if (from.type === 'loadBalancer') return from.timeoutMs ?? LOAD_BALANCER_DEFAULTS.timeoutMs;
    return 'callTimeoutMs' in from && typeof from.callTimeoutMs === 'number' ? from.callTimeoutMs : SERVER_DEFAULTS.callTimeoutMs;
  });
  return Math.min(own, ...waits);
}

/** How many backends of `capacity` the load needs (k of k-of-n). */
export function needed(capacity: number, load: number): number {
  return Number.isFinite(capacity) && capacity > 0 ? Math.max(1, Math.ceil(load / capacity)) : 1;
}

/** Failover of a replicated cluster: time without a primary per primary failure, ms (automatic), or null when nobody promotes. */
export function failoverMs(s: Scenario, memberId: string): number | null {
  const c = (s.clusters ?? []).find((x) => x.members.includes(memberId));
  if (!c) return null;
  const f = { ...CLUSTER_DEFAULTS.failover, ...c.failover };
  return f.mode === 'automatic' ? f.detectionMs + f.promotionMs : null;
}
