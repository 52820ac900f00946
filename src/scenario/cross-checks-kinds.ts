// Cross-field rules of the cache, queue and DNS kinds and of Zipf keys: what
// each new kind must be linked to, and what may link to it. Called from
// cross-checks.ts once the links are known to point at real nodes.
import { MAX_ZIPF_KEYS_TOTAL } from './kind-limits.ts';
import { CLIENT_DEFAULTS, linkId } from './defaults.ts';
import type { NodeType, Scenario, ScenarioNode } from './types.ts';

type Report = (path: string, message: string) => void;

const NAMES: Record<NodeType, string> = {
  client: 'a client',
  loadBalancer: 'a load balancer',
  server: 'a server',
  database: 'a database',
  cache: 'a cache',
  queue: 'a queue',
  dns: 'a dns node',
};

/** What a cache may front: anything that answers a read with data. */
const CACHE_BACKENDS: NodeType[] = ['server', 'database', 'loadBalancer', 'cache'];
const DNS_ENDPOINTS: NodeType[] = ['loadBalancer', 'server'];

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
    if (to.type === 'dns' && from.type !== 'client') {
      err(`links[${i}].from`, `"${from.id}" is ${NAMES[from.type]}; only clients look up a dns node (it answers lookups, not requests)`);
    }
    if (from.type === 'queue' && to.type !== 'server') {
      err(`links[${i}].to`, `"${to.id}" is ${NAMES[to.type]}; a queue's consumers must be servers`);
    }
    if (from.type === 'dns' && !DNS_ENDPOINTS.includes(to.type)) {
      err(`links[${i}].to`, `"${to.id}" is ${NAMES[to.type]}; a dns node's endpoints must be load balancers or servers`);
    }
    if (from.type === 'cache' && !CACHE_BACKENDS.includes(to.type) && to.type !== 'dns') {
      err(`links[${i}].to`, `"${to.id}" is ${NAMES[to.type]}; a cache's backend must be a server, database, load balancer or cache`);
    }
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
      err(`alerts[${i}].node`, `"${node.id}" is ${NAMES[node.type]}; cacheHitRatio is measured at caches (leave node out for all of them)`);
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
