// Availability algebra beside the measured result: what MTBF/MTTR alone
// predict for a scenario, from its topology as a reliability block diagram.
// A node is up MTBF/(MTBF+MTTR) of the time; dependencies are in series
// (product); a balancer's backends, a client's targets when it retries, and a
// replicated cluster's members are in parallel (1 − Π(1 − A)). The figure is
// the ideal: it ignores detection delays, timeouts, capacity and faults, so
// the gap between it and the measured availability is itself the lesson.
import type { Scenario, ScenarioNode } from './types.ts';

export interface ExpectedAvailability {
  /** Fraction of requests the algebra expects to succeed (0..1). */
  availability: number;
  /** Nodes with random failures that enter the algebra. */
  failingNodes: number;
  /** How the figure comes about, a line per step, for a tooltip or a CLI note. */
  explain?: string[];
}

const own = (n: ScenarioNode): number => (n.failure ? n.failure.mtbfMs / (n.failure.mtbfMs + n.failure.mttrMs) : 1);
const parallel = (as: number[]): number => 1 - as.reduce((p, a) => p * (1 - a), 1);

/** The algebra's availability, or null when no node has random failures (it would say 100%). */
export function expectedAvailability(s: Scenario): ExpectedAvailability | null {
  const failing = s.nodes.filter((n) => n.failure).length;
  if (failing === 0) return null;
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const clusterOf = new Map<string, string[]>();
  for (const c of s.clusters ?? []) for (const m of c.members) clusterOf.set(m, c.members);
  const targets = (id: string) => (s.links ?? []).filter((l) => l.from === id && !(clusterOf.get(id)?.includes(l.to))).map((l) => l.to);
  const memo = new Map<string, number>();

  const availabilityOf = (id: string, path: Set<string>): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    // A loop in the topology contributes nothing further (it is refused by the editor anyway).
    if (!node || path.has(id)) return 1;
    const next = new Set(path).add(id);
    const members = clusterOf.get(id);
    // A replicated cluster serves while any member does (failover assumed instant).
    const self = members ? parallel(members.map((m) => own(byId.get(m) as ScenarioNode))) : own(node);
    const below = targets(id).map((t) => availabilityOf(t, next));
    let value = self;
    if (node.type === 'loadBalancer') value *= below.length ? parallel(below) : 0;
    else if (node.type === 'client') {
      const retries = node.retries?.max ?? 0;
      value *= below.length === 0 ? 0 : retries > 0 && below.length > 1 ? parallel(below) : below.reduce((a, b) => a + b, 0) / below.length;
    } else value *= below.reduce((a, b) => a * b, 1);
    memo.set(id, value);
    return value;
  };

  // Requests are weighted by each client's rate.
  const clients = s.nodes.filter((n) => n.type === 'client');
  const rate = (n: ScenarioNode) => (n.type === 'client' ? (n.rate ?? 100) : 0);
  const total = clients.reduce((a, n) => a + rate(n), 0);
  if (total === 0) return null;
  const availability = clients.reduce((a, n) => a + rate(n) * availabilityOf(n.id, new Set()), 0) / total;
  return { availability, failingNodes: failing };
}
