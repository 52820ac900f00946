// What else goes when nodes or links go. A scenario must never refer to
// something that is not in it (the validator would refuse it, and a shared
// link would not open), so removal takes the references with it.
import { linkId, type Fault, type Scenario } from '../../../scenario/index.ts';

const NODE_FAULTS = new Set<Fault['type']>(['crash', 'slow', 'errors', 'surge', 'drain', 'promote', 'flush']);
const LINK_FAULTS = new Set<Fault['type']>(['latency', 'loss']);

/** Faults that still make sense once `nodeIds` and `linkIds` are gone. */
export function faultsWithout(
  faults: readonly Fault[],
  nodeIds: ReadonlySet<string>,
  linkIds: ReadonlySet<string>,
  zonesLeft: ReadonlySet<string>,
): Fault[] {
  const kept: Fault[] = [];
  for (const fault of faults) {
    if (NODE_FAULTS.has(fault.type) && nodeIds.has((fault as { target: string }).target)) continue;
    if (LINK_FAULTS.has(fault.type) && linkIds.has((fault as { target: string }).target)) continue;
    if (fault.type === 'zoneOutage' && !zonesLeft.has(fault.target)) continue;
    if (fault.type === 'partition') {
      if (fault.target !== undefined && linkIds.has(fault.target)) continue;
      if (fault.groups) {
        const groups = fault.groups.map((g) => g.filter((id) => !nodeIds.has(id))).filter((g) => g.length > 0);
        // A cut needs two sides; with one side left it cuts nothing.
        if (groups.length < 2) continue;
        kept.push({ ...fault, groups });
        continue;
      }
    }
    kept.push(fault);
  }
  return kept;
}

/** Removes links by id, and faults on them. */
export function removeLinks(scenario: Scenario, ids: Iterable<string>): Scenario {
  const gone = new Set(ids);
  const links = scenario.links ?? [];
  const kept = links.filter((l) => !gone.has(linkId(l)));
  if (kept.length === links.length) return scenario;
  const next: Scenario = { ...scenario, links: kept };
  if (scenario.faults) next.faults = faultsWithout(scenario.faults, new Set(), gone, allZones(scenario));
  return next;
}

/**
 * Removes nodes, their links, their cluster memberships (a cluster left with
 * no member goes), faults aimed at any of them, and alerts watching them.
 */
export function removeNodes(scenario: Scenario, ids: Iterable<string>): Scenario {
  const gone = new Set(ids);
  if (!scenario.nodes.some((n) => gone.has(n.id))) return scenario;
  const nodes = scenario.nodes.filter((n) => !gone.has(n.id));
  const goneLinks = new Set<string>();
  const links = (scenario.links ?? []).filter((l) => {
    const dead = gone.has(l.from) || gone.has(l.to);
    if (dead) goneLinks.add(linkId(l));
    return !dead;
  });
  const next: Scenario = { ...scenario, nodes };
  if (scenario.links) next.links = links;
  if (scenario.clusters) {
    next.clusters = scenario.clusters
      .map((c) => (c.members.some((m) => gone.has(m)) ? { ...c, members: c.members.filter((m) => !gone.has(m)) } : c))
      .filter((c) => c.members.length > 0);
  }
  if (scenario.faults) next.faults = faultsWithout(scenario.faults, gone, goneLinks, allZones(next));
  if (scenario.alerts) next.alerts = scenario.alerts.filter((a) => a.node === undefined || !gone.has(a.node));
  return next;
}

function allZones(scenario: Scenario): Set<string> {
  const zones = new Set<string>();
  for (const n of scenario.nodes) if (n.zone) zones.add(n.zone);
  return zones;
}
