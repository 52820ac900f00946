// A scenario compiled into what the engine reads on every event: node and link
// parameters by index, in µs, with defaults filled in. Immutable during a run
// (faults live in the world's state), so it is shared, never snapshotted.
// Each node kind compiles its own fields (nodes/registry.ts); this file holds
// what every node and link has, and puts the pieces together.
import {
  ALERT_DEFAULTS, DEFAULT_DURATION_MS, DEFAULT_SEED, LINK_DEFAULTS, SLO_DEFAULTS, effectiveScrapeIntervalMs, linkId,
} from '../scenario/index.ts';
import type { AlertRule, MetricName, Scenario, ScenarioNode } from '../scenario/index.ts';
import type { SimulationOptions, Topology } from './api.ts';
import { compileDist, linkStreamBase, nodeStreamBase, us, type CompiledDist } from './kernel/index.ts';
import { compileClusters } from './data/index.ts';
import { KIND_LIST, KIND_NUMBER, type HealthCheckCfg } from './nodes/index.ts';
import type { ServiceCfg } from './service/index.ts';
import type { BreakerCfg } from './nodes/index.ts';

export interface NodeCfg {
  index: number;
  id: string;
  label: string;
  /** Its kind's number in the registry (nodes/registry.ts); only the registry reads it. */
  kind: number;
  zone: number;
  /** Outgoing links that carry requests (dependencies, backends, targets), in link order. */
  out: number[];
  cluster: number;
  mtbfMs: number;
  mttrMs: number;
  /** Its own share of requests that fail (faults add to it); 0 for kinds that never fail on their own. */
  errorRate: number;
  /** Workers and queue, for kinds that serve with a pool (service/); null for the others. */
  service: ServiceCfg | null;
  /** Health checks it runs on its targets, or null. */
  healthCheck: HealthCheckCfg | null;
  /** Distinct request keys its users draw from (0: it starts no requests). */
  keys: number;
  /** Its kind's own parameters (compiled by its module, read only there). */
  params: unknown;
  /** Index of its first PRNG stream; add a NodeStream purpose (kernel/streams.ts). */
  stream: number;
  /** Its circuit breakers' settings (one breaker per outgoing link), or null. */
  breaker: BreakerCfg | null;
  /** It answers lookups (DNS): a client linked to it sends requests where it answers. */
  resolves: boolean;
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
  /** Index of its first PRNG stream; add a LinkStream purpose. */
  stream: number;
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

function compileNode(n: ScenarioNode, index: number, zones: string[]): NodeCfg {
  const kind = KIND_NUMBER[n.type];
  const own = KIND_LIST[kind].module.compile(n);
  if ((own.service !== undefined) !== KIND_LIST[kind].can.workers) throw new Error(`node kind ${n.type}: compile gives a service exactly when it has workers`);
  return {
    index,
    id: n.id,
    label: n.label ?? n.id,
    kind,
    zone: n.zone === undefined ? -1 : zones.indexOf(n.zone),
    out: [],
    cluster: -1,
    mtbfMs: n.failure?.mtbfMs ?? 0,
    mttrMs: n.failure?.mttrMs ?? 0,
    errorRate: own.errorRate ?? 0,
    service: own.service ?? null,
    healthCheck: own.healthCheck ?? null,
    keys: own.keys ?? 0,
    params: own.params,
    stream: nodeStreamBase(index),
    breaker: own.breaker ?? null,
    resolves: KIND_LIST[kind].can.resolves ?? false,
  };
}

function compileLinks(scenario: Scenario, nodes: NodeCfg[], nodeIndex: Map<string, number>, clusters: ClusterCfg[]): LinkCfg[] {
  const links: LinkCfg[] = (scenario.links ?? []).map((l, index) => {
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
      stream: linkStreamBase(nodes.length, index),
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
  return links;
}

/** Compiles a validated scenario. */
export function compile(scenario: Scenario, options: SimulationOptions = {}): Config {
  const zones: string[] = [];
  for (const n of scenario.nodes) if (n.zone !== undefined && !zones.includes(n.zone)) zones.push(n.zone);
  const nodes = scenario.nodes.map((n, i) => compileNode(n, i, zones));
  const nodeIndex = new Map(nodes.map((n) => [n.id, n.index]));
  const clusters = compileClusters(scenario, nodes, nodeIndex);
  const links = compileLinks(scenario, nodes, nodeIndex, clusters);
  for (const n of nodes) KIND_LIST[n.kind].module.linked?.(n, links);
  const linkIndex = new Map(links.map((l, i) => [l.id, i]));
  const durationMs = options.durationMs ?? scenario.durationMs ?? DEFAULT_DURATION_MS;
  return {
    name: scenario.name,
    seed: (options.seed ?? scenario.seed ?? DEFAULT_SEED) >>> 0,
    durationUs: us(durationMs),
    scrapeUs: us(effectiveScrapeIntervalMs(scenario, durationMs)),
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
