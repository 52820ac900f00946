// A scenario compiled into what the engine reads on every event: node and link
// parameters by index, in µs, with defaults filled in. Immutable during a run
// (faults live in the world's state), so it is shared, never snapshotted.
import {
  CLIENT_DEFAULTS, CLUSTER_DEFAULTS, DATABASE_DEFAULTS, DEFAULT_DURATION_MS, DEFAULT_SEED,
  ALERT_DEFAULTS, HEALTH_CHECK_DEFAULTS, LINK_DEFAULTS, LOAD_BALANCER_DEFAULTS, MONITORING_DEFAULTS, SERVER_DEFAULTS, SLO_DEFAULTS, linkId,
} from '../scenario/index.ts';
import type { AlertRule, MetricName, Scenario, ScenarioNode } from '../scenario/index.ts';
import type { SimulationOptions, Topology } from './api.ts';
import { compileDist, type CompiledDist } from './kernel/dist.ts';
import { buildHashRing, type HashRing } from './nodes/hash-ring.ts';

export const NodeKind = { client: 0, loadBalancer: 1, server: 2, database: 3, cache: 4, queue: 5, dns: 6 } as const;
export const Algorithm = {
  roundRobin: 0, weightedRoundRobin: 1, leastConnections: 2, random: 3, powerOfTwo: 4, consistentHash: 5, failover: 6,
} as const;
export const Replication = { async: 0, semiSync: 1, sync: 2, quorum: 3 } as const;
export const FailoverMode = { automatic: 0, manual: 1, none: 2 } as const;

export interface NodeCfg {
  index: number;
  id: string;
  label: string;
  kind: number;
  zone: number;
  /** Outgoing links that carry requests (dependencies, backends, targets), in link order. */
  out: number[];
  cluster: number;
  mtbfMs: number;
  mttrMs: number;
  // client
  ratePerSec: number;
  constantArrival: boolean;
  timeoutUs: number;
  retryMax: number;
  backoffUs: number;
  jitter: boolean;
  /** Fraction of requests that may be retried; NaN when unlimited. */
  retryBudget: number;
  writeRatio: number;
  keys: number;
  // load balancer
  algorithm: number;
  hasHealthCheck: boolean;
  hcIntervalUs: number;
  hcTimeoutUs: number;
  hcUnhealthy: number;
  hcHealthy: number;
  hcDeep: boolean;
  failOpen: boolean;
  processing: CompiledDist;
  lbTimeoutUs: number;
  ring: HashRing | null;
  // server and database
  workers: number;
  service: CompiledDist;
  queueLimit: number;
  errorRate: number;
  callTimeoutUs: number;
  shedExpired: boolean;
}

export interface LinkCfg {
  id: string;
  from: number;
  to: number;
  latency: CompiledDist;
  lossRate: number;
  weight: number;
  /** True when both ends are members of the same cluster: it carries replication. */
  replication: boolean;
}

export interface ClusterCfg {
  id: string;
  members: number[];
  replication: number;
  readAny: boolean;
  failoverMode: number;
  detectionUs: number;
  promotionUs: number;
  requireQuorum: boolean;
  semiSyncTimeoutUs: number;
  /** Link index between members i and j (either direction), or -1: they use a default 1 ms link. */
  memberLinks: number[][];
  /** Nodes with a link to some member: they send the cluster reads and writes. */
  callers: number[];
  /** Largest key space of any client, for per-key stale-read tracking. */
  keys: number;
}

export interface AlertCfg {
  id: string;
  name: string;
  metric: MetricName;
  /** Node index, or -1 for the system as its clients see it. */
  node: number;
  op: AlertRule['op'];
  threshold: number;
  forUs: number;
  windowUs: number;
}

export interface Config {
  name: string;
  seed: number;
  durationUs: number;
  scrapeUs: number;
  nodes: NodeCfg[];
  links: LinkCfg[];
  clusters: ClusterCfg[];
  alerts: AlertCfg[];
  zones: string[];
  nodeIndex: Map<string, number>;
  linkIndex: Map<string, number>;
  slo: { availability: number; latencyMs: number; percentile: number };
  topology: Topology;
}

const us = (ms: number): number => Math.round(ms * 1000);

function compileNode(n: ScenarioNode, index: number, zones: string[]): NodeCfg {
  const c = n.type === 'client' ? n : undefined;
  const lb = n.type === 'loadBalancer' ? n : undefined;
  const srv = n.type === 'server' ? n : undefined;
  const db = n.type === 'database' ? n : undefined;
  const work = srv ?? db;
  const workDefaults = db ? DATABASE_DEFAULTS : SERVER_DEFAULTS;
  const retries = { ...CLIENT_DEFAULTS.retries, ...c?.retries };
  const hc = lb?.healthCheck ? { ...HEALTH_CHECK_DEFAULTS, ...lb.healthCheck } : undefined;
  return {
    index,
    id: n.id,
    label: n.label ?? n.id,
    kind: NodeKind[n.type],
    zone: n.zone === undefined ? -1 : zones.indexOf(n.zone),
    out: [],
    cluster: -1,
    mtbfMs: n.failure?.mtbfMs ?? 0,
    mttrMs: n.failure?.mttrMs ?? 0,
    ratePerSec: c?.rate ?? CLIENT_DEFAULTS.rate,
    constantArrival: (c?.arrival ?? CLIENT_DEFAULTS.arrival) === 'constant',
    timeoutUs: us(c?.timeoutMs ?? CLIENT_DEFAULTS.timeoutMs),
    retryMax: retries.max,
    backoffUs: us(retries.backoffMs ?? CLIENT_DEFAULTS.retries.backoffMs),
    jitter: retries.jitter ?? CLIENT_DEFAULTS.retries.jitter,
    retryBudget: retries.budget ?? NaN,
    writeRatio: c?.writeRatio ?? CLIENT_DEFAULTS.writeRatio,
    keys: c?.keys ?? CLIENT_DEFAULTS.keys,
    algorithm: Algorithm[lb?.algorithm ?? LOAD_BALANCER_DEFAULTS.algorithm],
    hasHealthCheck: hc !== undefined,
    hcIntervalUs: us(hc?.intervalMs ?? HEALTH_CHECK_DEFAULTS.intervalMs),
    hcTimeoutUs: us(hc?.timeoutMs ?? HEALTH_CHECK_DEFAULTS.timeoutMs),
    hcUnhealthy: hc?.unhealthyThreshold ?? HEALTH_CHECK_DEFAULTS.unhealthyThreshold,
    hcHealthy: hc?.healthyThreshold ?? HEALTH_CHECK_DEFAULTS.healthyThreshold,
    hcDeep: hc?.deep ?? false,
    failOpen: lb?.failOpen ?? LOAD_BALANCER_DEFAULTS.failOpen,
    processing: compileDist(lb?.processingMs ?? LOAD_BALANCER_DEFAULTS.processingMs),
    lbTimeoutUs: us(lb?.timeoutMs ?? LOAD_BALANCER_DEFAULTS.timeoutMs),
    ring: null,
    workers: work?.workers ?? workDefaults.workers,
    service: compileDist(work?.serviceTimeMs ?? workDefaults.serviceTimeMs),
    queueLimit: work?.queueLimit ?? workDefaults.queueLimit,
    errorRate: work?.errorRate ?? workDefaults.errorRate,
    callTimeoutUs: us(srv?.callTimeoutMs ?? SERVER_DEFAULTS.callTimeoutMs),
    shedExpired: srv?.shedExpired ?? SERVER_DEFAULTS.shedExpired,
  };
}

/** Compiles a validated scenario. */
export function compile(scenario: Scenario, options: SimulationOptions = {}): Config {
  const zones: string[] = [];
  for (const n of scenario.nodes) if (n.zone !== undefined && !zones.includes(n.zone)) zones.push(n.zone);
  const nodes = scenario.nodes.map((n, i) => compileNode(n, i, zones));
  const nodeIndex = new Map(nodes.map((n) => [n.id, n.index]));
  const clusters: ClusterCfg[] = (scenario.clusters ?? []).map((c, ci) => {
    const members = c.members.map((m) => nodeIndex.get(m) ?? -1);
    for (const m of members) nodes[m].cluster = ci;
    const failover = { ...CLUSTER_DEFAULTS.failover, ...c.failover };
    return {
      id: c.id,
      members,
      replication: Replication[c.replication ?? CLUSTER_DEFAULTS.replication],
      readAny: (c.readFrom ?? CLUSTER_DEFAULTS.readFrom) === 'any',
      failoverMode: FailoverMode[failover.mode],
      detectionUs: us(failover.detectionMs),
      promotionUs: us(failover.promotionMs),
      requireQuorum: failover.requireQuorum,
      semiSyncTimeoutUs: us(c.semiSyncTimeoutMs ?? CLUSTER_DEFAULTS.semiSyncTimeoutMs),
      memberLinks: members.map(() => members.map(() => -1)),
      callers: [],
      keys: Math.max(1, ...nodes.filter((n) => n.kind === NodeKind.client).map((n) => n.keys)),
    };
  });
  const links: LinkCfg[] = (scenario.links ?? []).map((l) => {
    const from = nodeIndex.get(l.from) ?? -1;
    const to = nodeIndex.get(l.to) ?? -1;
    const sameCluster = nodes[from].cluster >= 0 && nodes[from].cluster === nodes[to].cluster;
    return {
      id: linkId(l),
      from,
      to,
      latency: compileDist(l.latencyMs ?? LINK_DEFAULTS.latencyMs),
      lossRate: l.lossRate ?? LINK_DEFAULTS.lossRate,
      weight: l.weight ?? LINK_DEFAULTS.weight,
      replication: sameCluster,
    };
  });
  links.forEach((l, i) => {
    const target = nodes[l.to].cluster;
    if (!l.replication && target >= 0 && !clusters[target].callers.includes(l.from)) clusters[target].callers.push(l.from);
    if (!l.replication) nodes[l.from].out.push(i);
    else {
      const c = clusters[nodes[l.from].cluster];
      const a = c.members.indexOf(l.from), b = c.members.indexOf(l.to);
      if (c.memberLinks[a][b] < 0) c.memberLinks[a][b] = i;
      if (c.memberLinks[b][a] < 0) c.memberLinks[b][a] = i;
    }
  });
  for (const n of nodes) {
    if (n.kind === NodeKind.loadBalancer && n.algorithm === Algorithm.consistentHash) n.ring = buildHashRing(n.out.length);
  }
  const linkIndex = new Map(links.map((l, i) => [l.id, i]));
  const durationMs = options.durationMs ?? scenario.durationMs ?? DEFAULT_DURATION_MS;
  return {
    name: scenario.name,
    seed: (options.seed ?? scenario.seed ?? DEFAULT_SEED) >>> 0,
    durationUs: us(durationMs),
    scrapeUs: us(scenario.monitoring?.scrapeIntervalMs ?? MONITORING_DEFAULTS.scrapeIntervalMs),
    nodes,
    links,
    clusters,
    alerts: (scenario.alerts ?? []).map((a) => ({
      id: a.id,
      name: a.name ?? a.id,
      metric: a.metric,
      node: a.node === undefined ? -1 : (nodeIndex.get(a.node) ?? -1),
      op: a.op,
      threshold: a.threshold,
      forUs: us(a.forMs ?? ALERT_DEFAULTS.forMs),
      windowUs: us(a.windowMs ?? ALERT_DEFAULTS.windowMs),
    })),
    zones,
    nodeIndex,
    linkIndex,
    slo: { ...SLO_DEFAULTS, ...scenario.slo },
    topology: {
      nodeIds: nodes.map((n) => n.id),
      nodeTypes: scenario.nodes.map((n) => n.type),
      linkIds: links.map((l) => l.id),
      linkFrom: links.map((l) => l.from),
      linkTo: links.map((l) => l.to),
      zones,
      nodeZone: nodes.map((n) => n.zone),
    },
  };
}
