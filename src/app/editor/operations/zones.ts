// Availability zones. A zone is a name shared by nodes (`zone` on each); it
// exists while some node is in it. A zone-outage fault names a zone, so a
// zone that empties or is renamed takes its faults along.
import type { Scenario } from '../../../scenario/index.ts';

function withZoneFaults(scenario: Scenario, rename?: { from: string; to: string }): Scenario {
  if (!scenario.faults) return scenario;
  const zones = new Set(scenario.nodes.map((n) => n.zone).filter((z): z is string => z !== undefined));
  const faults = scenario.faults
    .map((f) => (rename && f.type === 'zoneOutage' && f.target === rename.from ? { ...f, target: rename.to } : f))
    .filter((f) => f.type !== 'zoneOutage' || zones.has(f.target));
  return { ...scenario, faults };
}

/** Puts nodes into `zone` (or into none with undefined). */
export function setZone(scenario: Scenario, nodeIds: readonly string[], zone: string | undefined): Scenario {
  const ids = new Set(nodeIds);
  let changed = false;
  const nodes = scenario.nodes.map((n) => {
    if (!ids.has(n.id) || n.zone === zone) return n;
    changed = true;
    const copy = { ...n };
    if (zone === undefined) delete copy.zone;
    else copy.zone = zone;
    return copy;
  });
  return changed ? withZoneFaults({ ...scenario, nodes }) : scenario;
}

/** Renames a zone on every node and fault. */
export function renameZone(scenario: Scenario, from: string, to: string): Scenario {
  if (from === to) return scenario;
  if (scenario.nodes.some((n) => n.zone === to)) throw new Error(`zone ${to} exists already`);
  const nodes = scenario.nodes.map((n) => (n.zone === from ? { ...n, zone: to } : n));
  return withZoneFaults({ ...scenario, nodes }, { from, to });
}

/** Empties a zone: its nodes stay, in no zone. */
export function removeZone(scenario: Scenario, zone: string): Scenario {
  return setZone(scenario, scenario.nodes.filter((n) => n.zone === zone).map((n) => n.id), undefined);
}

export function zoneMembers(scenario: Scenario, zone: string): string[] {
  return scenario.nodes.filter((n) => n.zone === zone).map((n) => n.id);
}
