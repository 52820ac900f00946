// Cross-field rules of the cache, queue and DNS kinds and of Zipf keys: what
// each new kind must be linked to, and what may link to it. Called from
// cross-checks.ts once the links are known to point at real nodes.
import { MAX_ZIPF_KEYS_TOTAL } from './kind-limits.ts';
import { CLIENT_DEFAULTS, linkId } from './defaults.ts';
import { withArticle } from './node-type-names.ts';
import type { NodeType, Scenario, ScenarioNode } from './types.ts';

type Report = (path: string, message: string) => void;

/** What a cache may front: anything that answers a read with data. */
const CACHE_BACKENDS: NodeType[] = ['server', 'database', 'loadBalancer', 'cache'];
const DNS_ENDPOINTS: NodeType[] = ['loadBalancer', 'server'];

/** Why a link from `from` to `to` breaks a kind's rule (and which end is at fault), or null. */
function linkKindProblem(from: ScenarioNode, to: ScenarioNode): { end: 'from' | 'to'; message: string } | null {
  if (to.type === 'dns' && from.type !== 'client') {
    return { end: 'from', message: `"${from.id}" is ${withArticle(from.type)}; only clients look up a dns node (it answers lookups, not requests)` };
  }
  if (from.type === 'queue' && to.type !== 'server') return { end: 'to', message: `"${to.id}" is ${withArticle(to.type)}; a queue's consumers must be servers` };
  if (from.type === 'dns' && !DNS_ENDPOINTS.includes(to.type)) {
    return { end: 'to', message: `"${to.id}" is ${withArticle(to.type)}; a dns node's endpoints must be load balancers or servers` };
  }
  if (from.type === 'cache' && !CACHE_BACKENDS.includes(to.type)) {
    return { end: 'to', message: `"${to.id}" is ${withArticle(to.type)}; a cache's backend must be a server, database, load balancer or cache` };
  }
  return null;
}

/**
 * Why the editor should refuse a new link from `fromId` to `toId` under the
 * new kinds' rules (the same the validator applies), or null.
 */
export function linkProblem(s: Scenario, fromId: string, toId: string): string | null {
  const from = s.nodes.find((n) => n.id === fromId), to = s.nodes.find((n) => n.id === toId);
  if (!from || !to) return null;
  const own = linkKindProblem(from, to);
  if (own) return own.message;
  if (from.type !== 'client') return null;
  const others = (s.links ?? []).filter((l) => l.from === fromId).map((l) => s.nodes.find((n) => n.id === l.to));
  const dns = others.find((n) => n?.type === 'dns');
  if (dns) {
    return to.type === 'dns'
      ? `"${fromId}" already looks up dns node "${dns.id}"; a client uses one dns node`
      : `"${fromId}" looks up dns node "${dns.id}", so it sends every request where DNS answers; it links to nothing else`;
  }
  if (to.type === 'dns' && others.length > 0) {
    return `"${fromId}" already sends to "${others[0]?.id}"; a client behind DNS sends every request where DNS answers, so it links to nothing else`;
  }
  return null;
}

export function crossCheckKinds(s: Scenario, err: Report): void {
  const byId = new Map<string, ScenarioNode>();
  for (const n of s.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const outCount = new Map<string, number>();
  /** Per client: the index of its first link to a dns node. */
  const dnsLinkOf = new Map<string, number>();
  const links = s.links ?? [];

  links.forEach((link, i) => {
    const from = byId.get(link.from), to = byId.get(link.to);
    if (!from || !to || link.from === link.to) return;
    outCount.set(from.id, (outCount.get(from.id) ?? 0) + 1);
    const problem = linkKindProblem(from, to);
    if (problem) err(`links[${i}].${problem.end}`, problem.message);
    if (from.type === 'client' && to.type === 'dns' && !dnsLinkOf.has(from.id)) dnsLinkOf.set(from.id, i);
  });

  checkClientsBehindDns(links, byId, dnsLinkOf, err);

  s.nodes.forEach((n, i) => {
    const outgoing = outCount.get(n.id) ?? 0;
    if (n.type === 'cache' && outgoing === 0) {
      err(`nodes[${i}]`, `cache "${n.id}" has no backend: link it to the server or database it fronts`);
    } else if (n.type === 'queue' && outgoing === 0) {
      err(`nodes[${i}]`, `queue "${n.id}" has no consumer: link it to the servers that process its messages`);
    } else if (n.type === 'dns' && outgoing === 0) {
      err(`nodes[${i}]`, `dns node "${n.id}" has no endpoints: link it to a load balancer or server (one per region)`);
    }
  });

  checkZipfKeys(s, err);
  (s.alerts ?? []).forEach((alert, i) => {
    const node = alert.node === undefined ? undefined : byId.get(alert.node);
    if (alert.metric === 'cacheHitRatio' && node && node.type !== 'cache') {
      err(`alerts[${i}].node`, `"${node.id}" is ${withArticle(node.type)}; cacheHitRatio is measured at caches (leave node out for all of them)`);
    }
  });
}

/**
 * A client behind DNS sends every request to the endpoint its resolver group
 * was told, so a second way out (another dns node, or a direct link) would
 * leave it undefined which one a request takes: refused, on the extra link.
 */
function checkClientsBehindDns(
  links: NonNullable<Scenario['links']>, byId: Map<string, ScenarioNode>, dnsLinkOf: Map<string, number>, err: Report,
): void {
  links.forEach((link, i) => {
    const first = dnsLinkOf.get(link.from);
    const to = byId.get(link.to);
    if (first === undefined || first === i || !to || link.from === link.to) return;
    const dns = links[first].to;
    const why = to.type === 'dns'
      ? `"${link.from}" already looks up dns node "${dns}" (links[${first}]); a client uses one dns node`
      : `"${link.from}" looks up dns node "${dns}" (links[${first}]), so it sends every request where DNS answers; remove this link ("${linkId(link)}") or the one to "${dns}"`;
    err(`links[${i}].to`, why);
  });
}

function checkZipfKeys(s: Scenario, err: Report): void {
  let total = 0;
  s.nodes.forEach((n, i) => {
    if (n.type !== 'client' || n.keyDistribution === undefined || n.keyDistribution === 'uniform') return;
    total += n.keys ?? CLIENT_DEFAULTS.keys;
    if (total > MAX_ZIPF_KEYS_TOTAL) {
      err(`nodes[${i}].keys`, `Zipf clients have ${total} keys in all; the limit is ${MAX_ZIPF_KEYS_TOTAL} (each key takes a slot in a table)`);
      total = -Infinity;
    }
  });
}
