// Duplicate, copy and paste. A fragment is a few nodes and the links among
// them; pasting gives every node a fresh readable id and rewires the links to
// the copies, so a pasted pair of servers behind a balancer is a second pair.
import { MAX_LABEL_LENGTH, type Link, type Scenario, type ScenarioNode } from '../../../scenario/index.ts';
import { nextNodeId } from '../labels.ts';
import { kindModel } from '../../kinds/model/index.ts';

export interface Fragment {
  nodes: ScenarioNode[];
  links: Link[];
}

export function extractFragment(scenario: Scenario, nodeIds: readonly string[]): Fragment {
  const ids = new Set(nodeIds);
  return structuredClone({
    nodes: scenario.nodes.filter((n) => ids.has(n.id)),
    links: (scenario.links ?? []).filter((l) => ids.has(l.from) && ids.has(l.to)),
  });
}

export interface PasteResult {
  scenario: Scenario;
  /** Ids of the new nodes, in fragment order (the new selection). */
  ids: string[];
}

/** Adds a copy of the fragment, moved by (dx, dy). */
export function pasteFragment(scenario: Scenario, fragment: Fragment, dx: number, dy: number): PasteResult {
  if (fragment.nodes.length === 0) return { scenario, ids: [] };
  const rename = new Map<string, string>();
  const taken: string[] = [];
  const nodes: ScenarioNode[] = fragment.nodes.map((original) => {
    const id = nextNodeId(scenario, original.type, taken);
    taken.push(id);
    rename.set(original.id, id);
    const copy: ScenarioNode = structuredClone(original);
    copy.id = id;
    // A label that was just the id follows the new id; a hand-written one is kept, marked as a copy.
    copy.label = !original.label || original.label === original.id ? id : `${original.label} copy`.slice(0, MAX_LABEL_LENGTH);
    copy.x = Math.round((original.x ?? 0) + dx);
    copy.y = Math.round((original.y ?? 0) + dy);
    return copy;
  });
  // Links between two data holders are replication inside a cluster; the
  // copies belong to no cluster, where such a link is refused, so they are left out.
  const isDb = new Set(fragment.nodes.filter((n) => kindModel(n.type).holdsData).map((n) => n.id));
  const requestLinks = fragment.links.filter((l) => !(isDb.has(l.from) && isDb.has(l.to)));
  const links: Link[] = requestLinks.map((l) => {
    const copy: Link = { ...structuredClone(l), from: rename.get(l.from) as string, to: rename.get(l.to) as string };
    delete copy.id;
    return copy;
  });
  return {
    scenario: { ...scenario, nodes: [...scenario.nodes, ...nodes], links: [...(scenario.links ?? []), ...links] },
    ids: nodes.map((n) => n.id),
  };
}

/** Rows a copy moves down by until it lands clear of every node. */
export const COPY_ROW_PX = 120;
/** Closer than this (centre to centre) a copy would overlap a node or its label. */
const CLEAR_X_PX = 90;
const CLEAR_Y_PX = 100;

/**
 * How far down a fragment must go to sit clear of every node already there:
 * whole rows, so copies line up under their originals.
 */
export function clearOffset(scenario: Scenario, fragment: Fragment): [number, number] {
  for (let rows = 1; rows <= 50; rows += 1) {
    const dy = rows * COPY_ROW_PX;
    const collides = fragment.nodes.some((f) =>
      scenario.nodes.some(
        (n) => Math.abs((n.x ?? 0) - (f.x ?? 0)) < CLEAR_X_PX && Math.abs((n.y ?? 0) - ((f.y ?? 0) + dy)) < CLEAR_Y_PX,
      ),
    );
    if (!collides) return [0, dy];
  }
  return [0, COPY_ROW_PX];
}

/** Pastes the fragment where it sits clear of everything, under its original place. */
export function pasteClear(scenario: Scenario, fragment: Fragment): PasteResult {
  const [dx, dy] = clearOffset(scenario, fragment);
  return pasteFragment(scenario, fragment, dx, dy);
}

/** Duplicate = copy and paste in one step. */
export function duplicateNodes(scenario: Scenario, nodeIds: readonly string[]): PasteResult {
  return pasteClear(scenario, extractFragment(scenario, nodeIds));
}
