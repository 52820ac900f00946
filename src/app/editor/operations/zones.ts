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

/** Room a zone's box leaves around its nodes' centres (glyph, label lines, padding), canvas units. */
const ZONE_MARGIN = { x: 62, top: 59, bottom: 75 };

/** The box around a zone's nodes (their centres plus the room their glyphs and labels take). */
function zoneBox(nodes: readonly { x?: number; y?: number }[]): { x0: number; y0: number; x1: number; y1: number } | null {
  if (nodes.length === 0) return null;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  return { x0: Math.min(...xs) - ZONE_MARGIN.x, x1: Math.max(...xs) + ZONE_MARGIN.x, y0: Math.min(...ys) - ZONE_MARGIN.top, y1: Math.max(...ys) + ZONE_MARGIN.bottom };
}

/**
 * After nodes were dragged from `starts` (their positions before): a node
 * dropped inside another zone's box, as it was drawn, joins that zone; one
 * dragged out of its own zone's box leaves it. A zone whose members all moved
 * (a zone of one, a whole zone dragged) moves with them.
 */
export function zonesAfterMove(scenario: Scenario, moved: readonly string[], starts: ReadonlyMap<string, readonly [number, number]> = new Map()): Scenario {
  const movedSet = new Set(moved);
  const before = scenario.nodes.map((n) => {
    const at = starts.get(n.id);
    return at ? { ...n, x: at[0], y: at[1] } : n;
  });
  const boxes = new Map<string, ReturnType<typeof zoneBox>>();
  for (const zone of new Set(before.map((n) => n.zone).filter((z): z is string => z !== undefined))) {
    const members = before.filter((n) => n.zone === zone);
    boxes.set(zone, members.every((n) => movedSet.has(n.id)) ? null : zoneBox(members));
  }
  let next = scenario;
  for (const id of moved) {
    const node = next.nodes.find((n) => n.id === id);
    if (!node) continue;
    const inside = (b: ReturnType<typeof zoneBox>) => b !== null && (node.x ?? 0) >= b.x0 && (node.x ?? 0) <= b.x1 && (node.y ?? 0) >= b.y0 && (node.y ?? 0) <= b.y1;
    const into = [...boxes].find(([, b]) => inside(b))?.[0];
    if (into !== undefined && into !== node.zone) next = setZone(next, [id], into);
    else if (into === undefined && node.zone !== undefined && boxes.get(node.zone) !== null) next = setZone(next, [id], undefined);
  }
  return next;
}
