// Rules that span fields: ids that must be unique, references that must
// point at something of the right kind, totals that bound the engine's work.
// Runs only on a scenario whose fields are each well-formed (schema.ts).
import { CLIENT_DEFAULTS, DEFAULT_DURATION_MS, linkId } from './defaults.ts';
import { MAX_CLIENT_RATE_PER_SEC, MAX_SCRAPE_SAMPLES, MAX_TOTAL_RATE_PER_SEC } from './limits.ts';
import { describeMs, minScrapeIntervalMs, workRefusal } from './work.ts';
import type { Fault, NodeType, Scenario, ScenarioNode } from './types.ts';
import type { ValidationError } from './validate.ts';
import { crossCheckKinds } from './cross-checks-kinds.ts';
import { withArticle } from './node-type-names.ts';

/** What the checks of each part need to know about the scenario. */
interface Index {
  nodes: Map<string, ScenarioNode>;
  links: Set<string>;
  zones: Set<string>;
  /** Database id → index of the cluster it belongs to. */
  clusterOf: Map<string, number>;
}

export function crossCheck(s: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  const index: Index = { nodes: new Map(), links: new Set(), zones: new Set(), clusterOf: new Map() };

  const firstNode = new Map<string, number>();
  s.nodes.forEach((node, i) => {
    const first = firstNode.get(node.id);
    if (first !== undefined) err(`nodes[${i}].id`, `duplicate id "${node.id}" (also nodes[${first}])`);
    else firstNode.set(node.id, i);
    index.nodes.set(node.id, index.nodes.get(node.id) ?? node);
    if (node.zone !== undefined) index.zones.add(node.zone);
  });

  const firstLink = new Map<string, number>();
  (s.links ?? []).forEach((link, i) => {
    const id = linkId(link);
    const first = firstLink.get(id);
    if (first !== undefined) {
      const hint = link.id === undefined ? '; give one of them an explicit "id"' : '';
      err(`links[${i}].id`, `duplicate link id "${id}" (also links[${first}])${hint}`);
    } else firstLink.set(id, i);
    index.links.add(id);
    const from = index.nodes.get(link.from);
    const to = index.nodes.get(link.to);
    if (!from) err(`links[${i}].from`, `no node with id "${link.from}"`);
    if (!to) err(`links[${i}].to`, `no node with id "${link.to}"`);
    if (link.from === link.to) err(`links[${i}].to`, `a link cannot connect "${link.from}" to itself`);
    else if (to?.type === 'client') err(`links[${i}].to`, `"${link.to}" is a client; clients send requests and cannot receive them`);
  });

  crossCheckKinds(s, err);
  checkClusters(s, index, err);
  (s.faults ?? []).forEach((fault, i) => checkFault(fault, `faults[${i}]`, index, err));

  const firstAlert = new Map<string, number>();
  (s.alerts ?? []).forEach((alert, i) => {
    const first = firstAlert.get(alert.id);
    if (first !== undefined) err(`alerts[${i}].id`, `duplicate alert id "${alert.id}" (also alerts[${first}])`);
    else firstAlert.set(alert.id, i);
    if (alert.node !== undefined && !index.nodes.has(alert.node)) err(`alerts[${i}].node`, `no node with id "${alert.node}"`);
  });

  checkTotals(s, err);
  return errors;
}

type Report = (path: string, message: string) => void;

function checkClusters(s: Scenario, index: Index, err: Report): void {
  const firstCluster = new Map<string, number>();
  (s.clusters ?? []).forEach((cluster, c) => {
    const first = firstCluster.get(cluster.id);
    if (first !== undefined) err(`clusters[${c}].id`, `duplicate cluster id "${cluster.id}" (also clusters[${first}])`);
    else firstCluster.set(cluster.id, c);
    cluster.members.forEach((member, m) => {
      const path = `clusters[${c}].members[${m}]`;
      const node = index.nodes.get(member);
      if (!node) return err(path, `no node with id "${member}"`);
      if (node.type !== 'database') return err(path, `"${member}" is ${withArticle(node.type)}; cluster members must be database nodes`);
      const other = index.clusterOf.get(member);
      if (other === c) return err(path, `"${member}" is listed twice`);
      if (other !== undefined) return err(path, `"${member}" is already a member of clusters[${other}] ("${s.clusters![other].id}")`);
      index.clusterOf.set(member, c);
    });
  });
}

const ANY_NODE: NodeType[] = ['client', 'loadBalancer', 'server', 'database', 'cache', 'queue', 'dns'];
/** Which kinds of node each node-aimed fault type may target (the spec allows any node unless it says more). */
const NODE_FAULT_KINDS: Partial<Record<Fault['type'], NodeType[]>> = {
  surge: ['client'],
  promote: ['database'],
  flush: ['cache'],
};

function checkFault(fault: Fault, path: string, index: Index, err: Report): void {
  switch (fault.type) {
    case 'zoneOutage':
      if (!index.zones.has(fault.target)) err(`${path}.target`, `no node is in zone "${fault.target}"`);
      return;
    case 'latency':
    case 'loss':
      if (!index.links.has(fault.target)) err(`${path}.target`, noLink(fault.target));
      return;
    case 'partition':
      if (fault.target !== undefined && !index.links.has(fault.target)) err(`${path}.target`, noLink(fault.target));
      checkGroups(fault.groups ?? [], `${path}.groups`, index, err);
      return;
    default: {
      const node = index.nodes.get(fault.target);
      const kinds = NODE_FAULT_KINDS[fault.type] ?? ANY_NODE;
      if (!node) return err(`${path}.target`, `no node with id "${fault.target}"`);
      if (!kinds.includes(node.type)) {
        const wanted = kinds.map(withArticle).join(' or ');
        return err(`${path}.target`, `"${fault.target}" is ${withArticle(node.type)}; a ${fault.type} fault targets ${wanted}`);
      }
      if (fault.type === 'promote' && !index.clusterOf.has(fault.target)) {
        err(`${path}.target`, `"${fault.target}" is in no cluster; promote targets a cluster member`);
      }
      if (fault.type === 'surge' && node.type === 'client') {
        const surged = (node.rate ?? CLIENT_DEFAULTS.rate) * fault.factor;
        if (surged > MAX_CLIENT_RATE_PER_SEC) {
          err(`${path}.factor`, `would make "${node.id}" send ${surged} requests/s; the limit is ${MAX_CLIENT_RATE_PER_SEC}`);
        }
      }
    }
  }
}

function checkGroups(groups: string[][], path: string, index: Index, err: Report): void {
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) =>
    group.forEach((id, n) => {
      const at = `${path}[${g}][${n}]`;
      if (!index.nodes.has(id)) return err(at, `no node with id "${id}"`);
      const other = groupOf.get(id);
      if (other !== undefined) return err(at, `"${id}" is already in groups[${other}]`);
      groupOf.set(id, g);
    }),
  );
}

/** Bounds on the work one run may ask of the engine (limits.ts, work.ts). */
function checkTotals(s: Scenario, err: Report): void {
  let total = 0;
  for (const node of s.nodes) if (node.type === 'client') total += node.rate ?? CLIENT_DEFAULTS.rate;
  if (total > MAX_TOTAL_RATE_PER_SEC) {
    err('nodes', `clients send ${total} requests/s in total; the limit is ${MAX_TOTAL_RATE_PER_SEC}`);
  }
  const durationMs = s.durationMs ?? DEFAULT_DURATION_MS;
  const intervalMs = s.monitoring?.scrapeIntervalMs;
  const floorMs = minScrapeIntervalMs(durationMs);
  if (intervalMs !== undefined && intervalMs < floorMs) {
    err(
      'monitoring.scrapeIntervalMs',
      `${durationMs} ms sampled every ${intervalMs} ms is ${Math.ceil(durationMs / intervalMs)} samples; the limit is ` +
        `${MAX_SCRAPE_SAMPLES}: use at least ${floorMs} ms for a run of ${describeMs(durationMs)}, or leave it out to get that by default`,
    );
  }
  const tooMuch = workRefusal(s, durationMs);
  if (tooMuch) err('durationMs', tooMuch);
}

function noLink(id: string): string {
  return `no link with id "${id}" (a link without an id is called "from->to")`;
}
