// Replicated database clusters. A cluster is a list of database nodes (the
// first is the initial primary) with replication and failover settings.
import { CLUSTER_DEFAULTS, linkId, type Cluster, type Scenario } from '../../../scenario/index.ts';
import { removeLinks } from './cascade.ts';
import { kindModel } from '../../kinds/model/index.ts';

export type ClusterCheck = { ok: true } | { ok: false; reason: string };

export function canMakeCluster(scenario: Scenario, nodeIds: readonly string[]): ClusterCheck {
  if (nodeIds.length < 2) return { ok: false, reason: 'Select two or more databases to replicate' };
  for (const id of nodeIds) {
    const node = scenario.nodes.find((n) => n.id === id);
    if (!node || !kindModel(node.type).holdsData) return { ok: false, reason: `${id} is not a database` };
    const inside = (scenario.clusters ?? []).find((c) => c.members.includes(id));
    if (inside) return { ok: false, reason: `${id} is already in ${inside.id}` };
  }
  return { ok: true };
}

/** Makes a cluster of `nodeIds`, with the format's defaults written out so the inspector shows them. */
export function makeCluster(scenario: Scenario, nodeIds: readonly string[], clusterId: string): Scenario {
  const check = canMakeCluster(scenario, nodeIds);
  if (!check.ok) throw new Error(check.reason);
  const cluster: Cluster = {
    id: clusterId,
    members: [...nodeIds],
    replication: CLUSTER_DEFAULTS.replication,
    readFrom: CLUSTER_DEFAULTS.readFrom,
    failover: { ...CLUSTER_DEFAULTS.failover },
  };
  // The primary replicates to each replica over a link of its own, drawn and
  // editable (latency, loss), rather than over the format's unseen default.
  const links = scenario.links ?? [];
  const [primary, ...replicas] = nodeIds;
  const linked = (a: string, b: string) => links.some((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  const replication = replicas.filter((r) => !linked(primary, r)).map((r) => ({ from: primary, to: r, latencyMs: 1 }));
  return { ...scenario, clusters: [...(scenario.clusters ?? []), cluster], links: [...links, ...replication] };
}

/** Links among `members`, which carry replication only while they share a cluster. */
function linksAmong(scenario: Scenario, members: readonly string[]): string[] {
  const set = new Set(members);
  return (scenario.links ?? []).filter((l) => set.has(l.from) && set.has(l.to)).map(linkId);
}

/** Takes one database out of its cluster (and its replication links); a cluster left empty goes. */
export function leaveCluster(scenario: Scenario, nodeId: string): Scenario {
  const cluster = (scenario.clusters ?? []).find((c) => c.members.includes(nodeId));
  if (!cluster) return scenario;
  const others = cluster.members.filter((m) => m !== nodeId);
  const replication = linksAmong(scenario, cluster.members).filter((id) => {
    const l = (scenario.links ?? []).find((x) => linkId(x) === id);
    return l !== undefined && (l.from === nodeId || l.to === nodeId);
  });
  const clusters = (scenario.clusters ?? [])
    .map((c) => (c === cluster ? { ...c, members: others } : c))
    .filter((c) => c.members.length > 0);
  return removeLinks({ ...scenario, clusters }, replication);
}

/** Ends a cluster: its members become single databases again. */
export function dissolveCluster(scenario: Scenario, clusterId: string): Scenario {
  const cluster = (scenario.clusters ?? []).find((c) => c.id === clusterId);
  if (!cluster) return scenario;
  const clusters = (scenario.clusters ?? []).filter((c) => c !== cluster);
  return removeLinks({ ...scenario, clusters }, linksAmong(scenario, cluster.members));
}

/** Makes `nodeId` the initial primary (first member). */
export function setPrimary(scenario: Scenario, clusterId: string, nodeId: string): Scenario {
  const clusters = (scenario.clusters ?? []).map((c) =>
    c.id === clusterId && c.members.includes(nodeId) && c.members[0] !== nodeId
      ? { ...c, members: [nodeId, ...c.members.filter((m) => m !== nodeId)] }
      : c,
  );
  return { ...scenario, clusters };
}

export function clusterIndexOf(scenario: Scenario, nodeId: string): number {
  return (scenario.clusters ?? []).findIndex((c) => c.members.includes(nodeId));
}
