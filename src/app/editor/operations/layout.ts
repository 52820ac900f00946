// Auto-layout, layered: requests flow left to right, clients first, each node
// one column right of its furthest caller, rows ordered by the callers' rows
// so links cross as little as a single cheap pass allows. Layered rather than
// force-directed because a request path reads best as a pipeline, and the
// result is deterministic (the same scenario always lays out the same way).
import type { Scenario } from '../../../scenario/index.ts';
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

/** Positions for `ids` (default: every node), as a map of canvas points. */
export function layeredPositions(scenario: Scenario, ids?: readonly string[]): Map<string, [number, number]> {
  const chosen = ids ?? scenario.nodes.map((n) => n.id);
  const column = columns(scenario, chosen);
  const byColumn: string[][] = [];
  for (const id of chosen) (byColumn[column.get(id) as number] ??= []).push(id);
  const row = new Map<string, number>();
  const callers = new Map<string, string[]>();
  for (const l of scenario.links ?? []) {
    const list = callers.get(l.to) ?? [];
    list.push(l.from);
    callers.set(l.to, list);
  }
  for (const members of byColumn) {
    if (!members) continue;
    const weight = (id: string): number => {
      const rows = (callers.get(id) ?? []).map((c) => row.get(c)).filter((r): r is number => r !== undefined);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    // Stable sort keeps the scenario's own order among equals.
    const ordered = members.map((id, i) => ({ id, i, w: weight(id) })).sort((a, b) => a.w - b.w || a.i - b.i);
    ordered.forEach((o, r) => row.set(o.id, r));
  }
  const tallest = Math.max(1, ...byColumn.map((c) => c?.length ?? 0));
  const positions = new Map<string, [number, number]>();
  byColumn.forEach((members, c) => {
    if (!members) return;
    // Centre each column on the tallest so a single balancer sits level with its servers.
    const offset = ((tallest - members.length) * LAYOUT_ROW_PX) / 2;
    for (const id of members) {
      positions.set(id, [ORIGIN_PX + c * LAYOUT_COLUMN_PX, ORIGIN_PX + offset + (row.get(id) as number) * LAYOUT_ROW_PX]);
    }
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
