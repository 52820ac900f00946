// Adding, moving and arranging nodes. Every function is pure: it takes a
// scenario and returns a new one (or the same object when nothing changed, so
// the store can tell a no-op from an edit).
import type { Scenario, ScenarioNode } from '../../../scenario/index.ts';

export function addNode(scenario: Scenario, node: ScenarioNode): Scenario {
  if (scenario.nodes.some((n) => n.id === node.id)) throw new Error(`node id ${node.id} is taken`);
  return { ...scenario, nodes: [...scenario.nodes, node] };
}

/** Sets absolute positions, rounded to whole canvas units (the format keeps numbers finite and short). */
export function setPositions(scenario: Scenario, positions: ReadonlyMap<string, readonly [number, number]>): Scenario {
  let changed = false;
  const nodes = scenario.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p) return n;
    const x = Math.round(p[0]);
    const y = Math.round(p[1]);
    if (n.x === x && n.y === y) return n;
    changed = true;
    return { ...n, x, y };
  });
  return changed ? { ...scenario, nodes } : scenario;
}

/** Moves nodes by a delta (keyboard nudges). */
export function moveNodesBy(scenario: Scenario, ids: readonly string[], dx: number, dy: number): Scenario {
  const positions = new Map<string, [number, number]>();
  for (const n of scenario.nodes) if (ids.includes(n.id)) positions.set(n.id, [(n.x ?? 0) + dx, (n.y ?? 0) + dy]);
  return setPositions(scenario, positions);
}

/** The nearest grid point: moves snap so rows and columns line up without effort. */
export function snap(value: number, gridPx: number): number {
  return Math.round(value / gridPx) * gridPx;
}

export function findNode(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((n) => n.id === id);
}

/** Closer than this (centre to centre) two nodes' glyphs and labels overlap, canvas units. */
const CLEAR_X = 80;
const CLEAR_Y = 90;

/** Moved nodes that landed on another node go down, a row at a time, until they are clear of every node. */
export function clearOfOthers(scenario: Scenario, moved: readonly string[], rowPx = 100): Scenario {
  const movedSet = new Set(moved);
  const positions = new Map<string, [number, number]>();
  const taken = scenario.nodes.filter((n) => !movedSet.has(n.id)).map((n) => [n.x ?? 0, n.y ?? 0] as [number, number]);
  for (const n of scenario.nodes) {
    if (!movedSet.has(n.id)) continue;
    let [x, y] = [n.x ?? 0, n.y ?? 0];
    for (let tries = 0; tries < 30 && taken.some(([tx, ty]) => Math.abs(tx - x) < CLEAR_X && Math.abs(ty - y) < CLEAR_Y); tries++) y += rowPx;
    taken.push([x, y]);
    if (y !== n.y) positions.set(n.id, [x, y]);
  }
  return positions.size ? setPositions(scenario, positions) : scenario;
}
