// A scenario's clusters compiled: members by node index, modes as numbers,
// times in µs. Marks each member node with its cluster. Links between members
// are filled in by config.ts once links are known (memberLinks, callers).
import { CLUSTER_DEFAULTS, type Scenario } from '../../scenario/index.ts';
import { us } from '../kernel/index.ts';
import type { ClusterCfg, NodeCfg } from '../config.ts';
import { FailoverMode, Replication } from './cluster-state.ts';

export function compileClusters(scenario: Scenario, nodes: NodeCfg[], nodeIndex: Map<string, number>): ClusterCfg[] {
  // Per-key stale-read tracking needs the largest key space any node's users draw from.
  const keys = Math.max(1, ...nodes.map((n) => n.keys));
  return (scenario.clusters ?? []).map((c, ci) => {
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
      keys,
    };
  });
}
