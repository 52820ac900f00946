// Connecting nodes. A link is a request path (from caller to callee), or,
// between members of one database cluster, a replication path. Links that
// would make no sense are refused with a reason a student can act on.
import { linkId, linkProblem, type Link, type Scenario } from '../../../scenario/index.ts';
import { kindModel } from '../../kinds/model/index.ts';

export type ConnectCheck = { ok: true } | { ok: false; reason: string };

function clusterOf(scenario: Scenario, nodeId: string): string | undefined {
  return (scenario.clusters ?? []).find((c) => c.members.includes(nodeId))?.id;
}

/** True when `to` already reaches `from` over request links, so from→to would close a loop. */
function reaches(scenario: Scenario, start: string, goal: string): boolean {
  const next = new Map<string, string[]>();
  for (const l of scenario.links ?? []) {
    if (isReplicationLink(scenario, l)) continue;
    const list = next.get(l.from) ?? [];
    list.push(l.to);
    next.set(l.from, list);
  }
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length > 0) {
    const at = stack.pop() as string;
    if (at === goal) return true;
    for (const to of next.get(at) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return false;
}

/** A link between two members of the same cluster carries replication, not requests. */
export function isReplicationLink(scenario: Scenario, link: Pick<Link, 'from' | 'to'>): boolean {
  const a = clusterOf(scenario, link.from);
  return a !== undefined && a === clusterOf(scenario, link.to);
}

export function canConnect(scenario: Scenario, from: string, to: string): ConnectCheck {
  const a = scenario.nodes.find((n) => n.id === from);
  const b = scenario.nodes.find((n) => n.id === to);
  if (!a || !b) return { ok: false, reason: 'That node no longer exists' };
  if (from === to) return { ok: false, reason: 'A node cannot connect to itself' };
  const refusal = kindModel(b.type).refusesCallers;
  if (refusal) return { ok: false, reason: refusal };
  const links = scenario.links ?? [];
  if (links.some((l) => l.from === from && l.to === to)) return { ok: false, reason: `${from} is already connected to ${to}` };
  // What the new kinds may be linked to (DNS, queues, caches), as the validator says it.
  const problem = linkProblem(scenario, from, to);
  if (problem) return { ok: false, reason: problem };
  if (kindModel(a.type).calls === 'clusterOnly') {
    if (!kindModel(b.type).holdsData) return { ok: false, reason: `A ${kindModel(a.type).word} answers requests; it calls nothing` };
    if (!isReplicationLink(scenario, { from, to })) {
      return { ok: false, reason: 'Databases link only inside a replicated cluster: make one first' };
    }
    if (links.some((l) => l.from === to && l.to === from)) {
      return { ok: false, reason: 'These replicas are already linked (a link serves both ways)' };
    }
    return { ok: true };
  }
  if (reaches(scenario, to, from)) return { ok: false, reason: `That would make a loop: ${to} already reaches ${from}` };
  return { ok: true };
}

/** Adds the link from→to; throws when canConnect refuses it (callers check first). */
export function connect(scenario: Scenario, from: string, to: string): Scenario {
  const check = canConnect(scenario, from, to);
  if (!check.ok) throw new Error(check.reason);
  const links = scenario.links ?? [];
  const link: Link = { from, to };
  // The default id is from->to; an older link may hold that id explicitly for
  // other ends, so a new one takes the first free suffix instead.
  const taken = new Set(links.map(linkId));
  if (taken.has(linkId(link))) {
    let n = 2;
    while (taken.has(`${from}->${to}-${n}`)) n += 1;
    link.id = `${from}->${to}-${n}`;
  }
  return { ...scenario, links: [...links, link] };
}

export function findLinkIndex(scenario: Scenario, id: string): number {
  return (scenario.links ?? []).findIndex((l) => linkId(l) === id);
}
