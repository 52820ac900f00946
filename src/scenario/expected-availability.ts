// What theory predicts for a scenario's availability, beside what a run
// measures: its topology as a reliability block diagram, over the stretches
// of the run in which the same nodes are crashed by scheduled faults, with
// random failures as MTBF/(MTBF+MTTR). Parts a request passes one after
// another multiply (series). A balancer without health checks keeps sending
// a dead backend its share, so its backends are not in parallel: the average
// of theirs. With health checks they are in parallel — k of n when the load
// needs k of them — less what each crash costs while the checks notice it
// ((k − ½)·interval + timeout on average). A cluster with automatic failover
// serves while any member does, less the time each failover takes. What it
// leaves out (queueing under overload, timeouts, retries' extra load, slow,
// latency and loss faults, partitions) is the gap the lesson is about.
import {
  callerTimeoutMs, capacityPerSec, crashShares, detectionAtMs, detectionMs, downedBy, failoverMs, failureRate, meanMs, needed, parallel, randomUp, rejoinMs, unnoticedMs, segments, servedShare, shares, steeredShare,
} from './expected-availability-parts.ts';
import { CLUSTER_DEFAULTS, SERVER_DEFAULTS } from './defaults.ts';
import type { HealthCheck, Link, Scenario, ScenarioNode } from './types.ts';

export interface ExpectedAvailability {
  /** Fraction of requests the algebra expects to succeed (0..1). */
  availability: number;
  /** Nodes with random failures that enter the algebra. */
  failingNodes: number;
  /** How the figure comes about, a line per step, for a tooltip or a CLI note. */
  explain: string[];
}

const pct = (x: number) => `${(x * 100).toFixed(x > 0.999 ? 3 : 2)} %`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

class Model {
  readonly byId: Map<string, ScenarioNode>;
  readonly out = new Map<string, Link[]>();
  readonly clusterOf = new Map<string, string[]>();
  /** Requests per second reaching each node when everything is up. */
  readonly load = new Map<string, number>();
  readonly totalRate: number;

  constructor(readonly s: Scenario) {
    this.byId = new Map(s.nodes.map((n) => [n.id, n]));
    for (const c of s.clusters ?? []) for (const m of c.members) this.clusterOf.set(m, c.members);
    for (const l of s.links ?? []) {
      // Links between members of one cluster carry replication, not requests.
      if (this.clusterOf.get(l.from)?.includes(l.to)) continue;
      (this.out.get(l.from) ?? this.out.set(l.from, []).get(l.from) as Link[]).push(l);
    }
    const clients = s.nodes.filter((n) => n.type === 'client');
    this.totalRate = clients.reduce((a, n) => a + rateOf(n), 0);
    for (const c of clients) this.flow(c.id, rateOf(c), new Set());
  }

  private flow(id: string, rate: number, path: Set<string>): void {
    if (path.has(id)) return;
    this.load.set(id, (this.load.get(id) ?? 0) + rate);
    const node = this.byId.get(id);
    const out = this.out.get(id) ?? [];
    if (!node || out.length === 0) return;
    const next = new Set(path).add(id);
    const split = node.type === 'client' ? out.map(() => 1 / out.length) : isBalancer(node) ? shares(node, out) : out.map(() => 1);
    out.forEach((l, i) => this.flow(l.to, rate * split[i], next));
  }

  /** Availability of a request entering `id` while the nodes in `down` are crashed. */
  availability(id: string, down: ReadonlySet<string>, path = new Set<string>()): number {
    const node = this.byId.get(id);
    if (!node || path.has(id)) return 1;
    const next = new Set(path).add(id);
    const members = this.clusterOf.get(id);
    const up = (n: ScenarioNode) => (down.has(n.id) ? 0 : randomUp(n)) * (1 - errorRateOf(n));
    const own = members
      ? failoverMs(this.s, id) === null ? up(this.byId.get(members[0]) as ScenarioNode) : parallel(members.map((m) => up(this.byId.get(m) as ScenarioNode)))
      : up(node);
    const out = this.out.get(id) ?? [];
    const below = out.map((l) => this.availability(l.to, down, next));
    if (node.type === 'client') return own * this.clientAvailability(node, below);
    if (node.type === 'queue') return own;
    if (!isBalancer(node)) return own * below.reduce((a, b) => a * b, 1);
    if (below.length === 0) return 0;
    if (!('healthCheck' in node && node.healthCheck) && node.type !== 'dns') {
      const w = shares(node, out);
      return own * below.reduce((a, b, i) => a + w[i] * b, 0);
    }
    const capacity = averageCapacity(this.s, out.map((l) => l.to), this.out);
    // A repaired backend serves again only once the checks see it healthy: it is out of rotation for part of its up time.
    const hc = 'healthCheck' in node ? node.healthCheck : undefined;
    const serving = below.map((a, i) => {
      const backend = this.byId.get(out[i].to) as ScenarioNode;
      return Math.max(0, a - failureRate(backend) * rejoinMs(hc ?? {}, backend));
    });
    return own * servedShare(serving, capacity, this.load.get(id) ?? 0);
  }

  /** A client's requests: averaged over its targets, or across them when a retry goes to the next one. */
  private clientAvailability(node: ScenarioNode, below: readonly number[]): number {
    if (below.length === 0) return 0;
    const retries = node.type === 'client' ? (node.retries?.max ?? 0) : 0;
    if (retries === 0 || below.length === 1) return below.reduce((a, b) => a + b, 0) / below.length;
    const tries = Math.min(retries + 1, below.length);
    let sum = 0;
    for (let i = 0; i < below.length; i++) sum += parallel(Array.from({ length: tries }, (_, j) => below[(i + j) % below.length]));
    return sum / below.length;
  }
}

const rateOf = (n: ScenarioNode): number => (n.type === 'client' ? (n.rate ?? 100) : 0);
const errorRateOf = (n: ScenarioNode): number => ('errorRate' in n && typeof n.errorRate === 'number' ? n.errorRate : 0);
const isBalancer = (n: ScenarioNode): boolean => n.type === 'loadBalancer' || n.type === 'dns';

function averageCapacity(s: Scenario, ids: readonly string[], out: Map<string, Link[]>): number {
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const caps = ids.map((id) => capacityPerSec(s, byId.get(id) as ScenarioNode, out.get(id) ?? []));
  return caps.reduce((a, b) => a + b, 0) / Math.max(1, caps.length);
}

/** Moments `node` is crashed by scheduled faults within the run. */
function scheduledCrashes(s: Scenario, node: ScenarioNode, durationMs: number): number[] {
  return (s.faults ?? []).filter((f) => f.atMs < durationMs && downedBy(s, f).includes(node.id)).map((f) => f.atMs);
}

/** Time a balancer's checks leave crashes of `backend` unnoticed over the run, ms: exact for scheduled ones, the mean for random ones. */
function undetectedMs(s: Scenario, hc: HealthCheck, backend: ScenarioNode, durationMs: number): number {
  const scheduled = scheduledCrashes(s, backend, durationMs).reduce((a, t) => a + Math.min(detectionAtMs(hc, t), durationMs - t), 0);
  return scheduled + durationMs * failureRate(backend) * unnoticedMs(hc, backend);
}

/** Per backend of a balancer, the part of its share a crash of it still gets until noticed (steeredShare). */
function steering(m: Model, node: ScenarioNode, out: readonly Link[], w: readonly number[], detect: number): number[] {
  const algorithm = 'algorithm' in node ? node.algorithm : undefined;
  const timeout = callerTimeoutMs(m.s, node);
  return out.map((l, i) => {
    const backend = m.byId.get(l.to) as ScenarioNode;
    const capacity = capacityPerSec(m.s, backend, m.out.get(l.to) ?? []);
    const workers = 'workers' in backend && typeof backend.workers === 'number' ? backend.workers : SERVER_DEFAULTS.workers;
    // In flight at the balancer: the round trip to the backend and the time it holds the request.
    const holdMs = 2 * meanMs(l.latencyMs, 1) + (Number.isFinite(capacity) ? (workers * 1000) / capacity : 0);
    return steeredShare(algorithm, (m.load.get(node.id) ?? 0) * w[i], holdMs, timeout, detect);
  });
}

/**
 * Time without a primary that random failures cost a cluster per ms of the run,
 * beyond the time all members are down (the parallel term): the primary's role
 * moves to a replica at each failover, so primary crashes come at rate
 * P(some member up) / MTBF (members alike: the first's MTBF), each with
 * another member up to take over with chance 1 − Π(1 − Aⱼ) of the others. A
 * crash costs until the repair or the detection, whichever first, then the
 * promotion: MTTR·(1 − e^(−det/MTTR)) + e^(−det/MTTR)·promotion.
 */
function randomFailoverMs(s: Scenario, clusterId: string, members: readonly ScenarioNode[]): number {
  const f = members[0].failure;
  const c = (s.clusters ?? []).find((x) => x.id === clusterId);
  if (!f || !c) return 0;
  const { detectionMs: det, promotionMs: promo } = { ...CLUSTER_DEFAULTS.failover, ...c.failover };
  const ups = members.map(randomUp);
  const rate = parallel(ups) / f.mtbfMs;
  const takeover = parallel(ups.slice(1));
  const miss = Math.exp(-det / f.mttrMs);
  return rate * takeover * (f.mttrMs * (1 - miss) + miss * promo);
}

/** The share of all requests lost while health checks notice crashes and clusters fail over; with the words for it. */
function outageLoss(m: Model, durationMs: number, explain: string[]): number {
  let loss = 0;
  for (const node of m.s.nodes) {
    const out = m.out.get(node.id) ?? [];
    const hc = 'healthCheck' in node ? node.healthCheck : undefined;
    if (!isBalancer(node) || out.length === 0 || (!hc && node.type !== 'dns')) continue;
    const detect = detectionMs(hc ?? {});
    const w = crashShares(shares(node, out), out.map((l) => randomUp(m.byId.get(l.to) as ScenarioNode)));
    const through = (m.load.get(node.id) ?? 0) / Math.max(m.totalRate, 1e-9);
    const steer = steering(m, node, out, shares(node, out), detect);
    const lost = out.reduce((a, l, i) => a + (through * w[i] * steer[i] * undetectedMs(m.s, hc ?? {}, m.byId.get(l.to) as ScenarioNode, durationMs)) / durationMs, 0);
    if (lost > 0) {
      const how = steer.some((f) => f < 1) ? 'the few requests sent to it (it picks by requests in flight, and nothing sent there comes back)' : "that backend's share";
      explain.push(`${node.id}: a crash behind it costs ${how} until the checks notice — (k − ½) × interval + timeout = ${sec(detect)} on average: −${pct(lost)}`);
      loss += lost;
    }
  }
  for (const c of m.s.clusters ?? []) {
    const gap = failoverMs(m.s, c.members[0]);
    const through = (m.load.get(c.members[0]) ?? 0) / Math.max(m.totalRate, 1e-9);
    if (gap === null || through === 0) continue;
    const primary = m.byId.get(c.members[0]) as ScenarioNode;
    const members = c.members.map((id) => m.byId.get(id) as ScenarioNode);
    const lost = (through * (gap * scheduledCrashes(m.s, primary, durationMs).length + durationMs * randomFailoverMs(m.s, c.id, members))) / durationMs;
    if (lost > 0) {
      explain.push(`${c.id}: each primary crash leaves it without a primary for detection + promotion = ${sec(gap)}: −${pct(lost)}`);
      loss += lost;
    }
  }
  return loss;
}

/** The algebra's availability, or null when no node fails (randomly or by a scheduled crash): it would say 100 %. */
export function expectedAvailability(s: Scenario): ExpectedAvailability | null {
  const durationMs = s.durationMs ?? 60_000;
  const failing = s.nodes.filter((n) => n.failure).length;
  const scheduled = (s.faults ?? []).filter((f) => f.atMs < durationMs && downedBy(s, f).length > 0);
  if (failing === 0 && scheduled.length === 0) return null;
  const m = new Model(s);
  if (m.totalRate === 0) return null;
  const clients = s.nodes.filter((n) => n.type === 'client');
  let sum = 0;
  for (const seg of segments(s)) {
    const a = clients.reduce((acc, c) => acc + rateOf(c) * m.availability(c.id, seg.down), 0) / m.totalRate;
    sum += a * (seg.toMs - seg.fromMs);
  }
  const explain = describeParts(s, m, durationMs);
  const availability = Math.max(0, sum / durationMs - outageLoss(m, durationMs, explain));
  explain.push(`Predicted: ${pct(availability)} of requests.`);
  const ignored = ignoredFaults(s);
  explain.push(`Left out: queueing under overload, timeouts, retries' extra load${ignored ? `, ${ignored}` : ''}.`);
  return { availability, failingNodes: failing, explain };
}

function describeParts(s: Scenario, m: Model, durationMs: number): string[] {
  const lines: string[] = [];
  const failing = s.nodes.filter((n) => n.failure);
  if (failing.length) {
    const shown = failing.slice(0, 3).map((n) => `${n.id} ${pct(randomUp(n))}`).join(', ');
    lines.push(`Up MTBF/(MTBF + MTTR) of the time: ${shown}${failing.length > 3 ? ` and ${failing.length - 3} more` : ''}.`);
  }
  for (const f of (s.faults ?? []).filter((x) => x.atMs < durationMs && downedBy(s, x).length > 0).slice(0, 3)) {
    const end = f.durationMs === undefined ? durationMs : Math.min(durationMs, f.atMs + f.durationMs);
    lines.push(`${downedBy(s, f).join(', ')} down ${sec(f.atMs)}–${sec(end)}: ${Math.round(((end - f.atMs) / durationMs) * 100)} % of the run.`);
  }
  for (const node of s.nodes.filter(isBalancer)) {
    const out = m.out.get(node.id) ?? [];
    if (out.length < 2) continue;
    const checked = ('healthCheck' in node && node.healthCheck) || node.type === 'dns';
    if (!checked) {
      lines.push(`${node.id} has no health checks: a dead backend keeps its share, so A = A(${node.id}) × average A(backends), not parallel.`);
      continue;
    }
    const capacity = averageCapacity(s, out.map((l) => l.to), m.out);
    const k = needed(capacity, m.load.get(node.id) ?? 0);
    lines.push(k > 1
      ? `${node.id}: ${m.load.get(node.id)?.toFixed(0)} req/s need ${k} of its ${out.length} backends (each serves about ${capacity.toFixed(0)} req/s): k of n.`
      : `${node.id}: health checks keep its backends in parallel, 1 − Π(1 − A).`);
  }
  for (const c of s.clusters ?? []) {
    lines.push(failoverMs(s, c.members[0]) === null
      ? `${c.id}: no automatic failover, so only its primary counts.`
      : `${c.id}: members in parallel (a replica takes over).`);
  }
  return lines;
}

function ignoredFaults(s: Scenario): string {
  const kinds = new Set((s.faults ?? []).map((f) => f.type).filter((t) => !['crash', 'zoneOutage', 'promote'].includes(t)));
  const words: Record<string, string> = { slow: 'slowdowns', errors: 'injected errors', latency: 'latency', loss: 'loss', partition: 'partitions', surge: 'surges', drain: 'drains', flush: 'cache flushes' };
  return [...kinds].map((k) => words[k] ?? k).join(', ');
}

/**
 * Time without a writable primary that failover theory predicts: detection
 * plus promotion for each scheduled crash of a cluster's first primary
 * (automatic failover). Null when no such crash is scheduled.
 */
export function expectedNoPrimary(s: Scenario): { ms: number; explain: string[] } | null {
  const durationMs = s.durationMs ?? 60_000;
  let ms = 0;
  const explain: string[] = [];
  for (const c of s.clusters ?? []) {
    const gap = failoverMs(s, c.members[0]);
    const primary = s.nodes.find((n) => n.id === c.members[0]);
    if (gap === null || !primary) continue;
    const times = scheduledCrashes(s, primary, durationMs).slice(0, 1);
    for (const t of times) {
      const span = Math.min(gap, durationMs - t);
      ms += span;
      explain.push(`${c.id}: ${primary.id} crashes at ${sec(t)}; a replica notices after detectionMs and is promoted after promotionMs: ${sec(span)} without a primary.`);
    }
  }
  return explain.length ? { ms, explain: [...explain, 'Heartbeats come ten times per detectionMs, so the measurement may be up to a tenth longer.'] } : null;
}
