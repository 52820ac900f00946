// Auto-layout, layered: requests flow left to right, clients first, each node
// one column right of its furthest caller, rows ordered by the callers' rows
// so links cross as little as a single cheap pass allows. Layered rather than
// force-directed because a request path reads best as a pipeline, and the
// result is deterministic (the same scenario always lays out the same way).
import type { Scenario } from '../../../scenario/index.ts';
import { kindModel } from '../../kinds/model/index.ts';
import { setPositions } from './nodes.ts';

export const LAYOUT_COLUMN_PX = 220;
export const LAYOUT_ROW_PX = 120;
const ORIGIN_PX = 120;

function columns(scenario: Scenario, ids: readonly string[]): Map<string, number> {
  const inSet = new Set(ids);
  const column = new Map<string, number>(ids.map((id) => [id, 0]));
  const links = (scenario.links ?? []).filter((l) => inSet.has(l.from) && inSet.has(l.to) && l.from !== l.to);
  // Longest path by relaxation; at most |ids| rounds, so a loop in an imported
  // scenario cannot spin forever.
  for (let round = 0; round < ids.length; round += 1) {
    let changed = false;
    for (const l of links) {
      const want = (column.get(l.from) as number) + 1;
      if (want > (column.get(l.to) as number) && want < ids.length) {
        column.set(l.to, want);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return column;
}

/**
 * Members of a replicated cluster share one column (the furthest any of them
 * reaches), so replicas sit beside their primary; a node nothing calls (a
 * replica, a database not wired yet) goes no further left than its kind's own
 * column, so it never lands among the clients.
 */
function adjustedColumns(scenario: Scenario, ids: readonly string[]): Map<string, number> {
  const column = columns(scenario, ids);
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const called = new Set((scenario.links ?? []).map((l) => l.to));
  for (const id of ids) {
    const node = byId.get(id);
    if (node && !called.has(id)) column.set(id, Math.max(column.get(id) as number, Math.round(kindModel(node.type).column)));
  }
  for (const c of scenario.clusters ?? []) {
    const members = c.members.filter((m) => column.has(m));
    const at = Math.max(...members.map((m) => column.get(m) as number));
    for (const m of members) column.set(m, at);
  }
  return column;
}

/** Positions for `ids` (default: every node), as a map of canvas points. */
export function layeredPositions(scenario: Scenario, ids?: readonly string[]): Map<string, [number, number]> {
  const chosen = ids ?? scenario.nodes.map((n) => n.id);
  const column = adjustedColumns(scenario, chosen);
  const byColumn: string[][] = [];
  for (const id of chosen) (byColumn[column.get(id) as number] ??= []).push(id);
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const zones = [...new Set(scenario.nodes.map((n) => n.zone).filter((z): z is string => z !== undefined))];
  const clusterOf = new Map<string, number>();
  (scenario.clusters ?? []).forEach((c, i) => c.members.forEach((m) => clusterOf.set(m, i)));
  const row = new Map<string, number>();
  const callers = new Map<string, string[]>();
  for (const l of scenario.links ?? []) {
    const list = callers.get(l.to) ?? [];
    list.push(l.from);
    callers.set(l.to, list);
  }
  // Rows within a column: by zone (so a zone's nodes stay together), then by
  // cluster (members together), then level with their callers.
  const placedY = new Map<string, number>();
  const heights: number[] = [];
  byColumn.forEach((members, c) => {
    if (!members) return;
    const weight = (id: string): number => {
      const rows = (callers.get(id) ?? []).map((x) => row.get(x)).filter((r): r is number => r !== undefined);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const zoneOf = (id: string) => { const z = byId.get(id)?.zone; return z === undefined ? zones.length : zones.indexOf(z); };
    const ordered = members
      .map((id, i) => ({ id, i, z: zoneOf(id), k: clusterOf.get(id) ?? -1, w: weight(id) }))
      .sort((a, b) => a.z - b.z || a.k - b.k || a.w - b.w || a.i - b.i);
    let y = 0;
    ordered.forEach((o, r) => {
      // Half a row more between zones, so their boxes stay apart.
      if (r > 0 && o.z !== ordered[r - 1].z) y += LAYOUT_ROW_PX / 2;
      row.set(o.id, r);
      placedY.set(o.id, y);
      y += LAYOUT_ROW_PX;
    });
    heights[c] = y - LAYOUT_ROW_PX;
  });
  const tallest = Math.max(0, ...heights.filter((h) => h !== undefined));
  const positions = new Map<string, [number, number]>();
  byColumn.forEach((members, c) => {
    if (!members) return;
    // Centre each column on the tallest so a single balancer sits level with its servers.
    const offset = (tallest - heights[c]) / 2;
    for (const id of members) positions.set(id, [ORIGIN_PX + c * LAYOUT_COLUMN_PX, ORIGIN_PX + offset + (placedY.get(id) as number)]);
  });
  return positions;
}

/** Lays out every node. */
export function autoLayout(scenario: Scenario): Scenario {
  return setPositions(scenario, layeredPositions(scenario));
}

/**
 * Gives a position to nodes without one (a hand-written or CLI scenario),
 * below whatever is already placed, leaving placed nodes where they are.
 */
export function layoutMissing(scenario: Scenario): Scenario {
  const missing = scenario.nodes.filter((n) => typeof n.x !== 'number' || typeof n.y !== 'number').map((n) => n.id);
  if (missing.length === 0) return scenario;
  const placed = scenario.nodes.filter((n) => typeof n.x === 'number' && typeof n.y === 'number');
  const below = placed.length === 0 ? 0 : Math.max(...placed.map((n) => n.y as number)) + LAYOUT_ROW_PX;
  const positions = layeredPositions(scenario, missing);
  for (const p of positions.values()) p[1] += below;
  return setPositions(scenario, positions);
}
