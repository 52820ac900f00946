// What every node and link on the canvas shows, computed once per change of
// the run's state rather than once per element per store change. Each glyph
// reads its own entry through a store selector; an entry keeps its identity
// while what it shows is unchanged, so a selector compares one reference and
// a glyph re-renders only when its own view changed. With 500 nodes and
// 2,000 links that is the difference between 4,500 view computations on
// every store change (a click, a commit of the run) and one pass when the
// node states actually change.
import { LINK } from '../../engine/index.ts';
import type { Topology } from '../../engine/index.ts';
import type { Scenario } from '../../scenario/index.ts';
import type { AppState } from '../store/index.ts';
import { nodeView, type NodeView } from './node-view.ts';

/** Past this many nodes the canvas draws a lighter level of detail (see liteView). */
export const LARGE_SYSTEM_NODES = 150;

export interface LinkView {
  cut: boolean;
  addMs: number;
  addLoss: number;
  markedDown: boolean;
}

const LINK_OK: LinkView = { cut: false, addMs: 0, addLoss: 0, markedDown: false };

/**
 * A large system's level of detail: only what changes rarely (up, down,
 * degraded, role) is drawn, not how busy each node is from moment to
 * moment, so hundreds of nodes do not re-render ten times a second.
 */
export function liteView(view: NodeView, lite: boolean): NodeView {
  return lite ? { ...view, utilization: 0, queue: 0, queueFill: 0, detail: view.detail.includes('busy') ? '' : view.detail } : view;
}

/** The same fields with the same values (views are flat records of primitives). */
function sameRecord<T extends object>(a: T, b: T): boolean {
  for (const key of Object.keys(a) as (keyof T)[]) if (a[key] !== b[key]) return false;
  return true;
}

export function linkViewAt(linkStates: Float64Array | null, index: number): LinkView {
  if (!linkStates || index < 0 || (index + 1) * LINK.size > linkStates.length) return LINK_OK;
  const o = index * LINK.size;
  return { cut: linkStates[o + LINK.cut] === 1, addMs: linkStates[o + LINK.addMs], addLoss: linkStates[o + LINK.addLoss], markedDown: linkStates[o + LINK.markedDown] === 1 };
}

export class CanvasViews {
  private nodeInputs: unknown[] = [];
  private linkInputs: unknown[] = [];
  private nodes: NodeView[] = [];
  private links: LinkView[] = [];
  private indexTopology: Topology | null = null;
  private index = new Map<string, number>();

  /** The view of the scenario's node number `ordinal` (with id `id`) in state `s`. */
  node(s: AppState, ordinal: number, id: string): NodeView {
    const { scenario, topology, nodeStates, linkStates, simTimeMs } = s;
    if (scenario.nodes[ordinal]?.id !== id) return this.computeNode(scenario, topology, nodeStates, linkStates, simTimeMs, ordinal, id);
    const inputs = [scenario, topology, nodeStates, linkStates, simTimeMs];
    if (!sameList(inputs, this.nodeInputs)) {
      this.nodeInputs = inputs;
      this.nodes = scenario.nodes.map((n, i) => {
        const next = this.computeNode(scenario, topology, nodeStates, linkStates, simTimeMs, i, n.id);
        const before = this.nodes[i];
        return before && sameRecord(before, next) ? before : next;
      });
    }
    return this.nodes[ordinal];
  }

  /** The view of the topology's link number `index` in state `s` (the default when there is none). */
  link(s: AppState, index: number | undefined, id: string): LinkView {
    const { topology, linkStates } = s;
    if (index === undefined || topology?.linkIds[index] !== id) return linkViewAt(linkStates, topology ? topology.linkIds.indexOf(id) : -1);
    const inputs = [topology, linkStates];
    if (!sameList(inputs, this.linkInputs)) {
      this.linkInputs = inputs;
      this.links = topology.linkIds.map((_, i) => {
        const next = linkViewAt(linkStates, i);
        const before = this.links[i];
        return before && sameRecord(before, next) ? before : next;
      });
    }
    return this.links[index];
  }

  private computeNode(
    scenario: Scenario, topology: Topology | null, nodeStates: Float64Array | null, linkStates: Float64Array | null,
    simTimeMs: number, ordinal: number, id: string,
  ): NodeView {
    const node = scenario.nodes[ordinal];
    const type = node?.id === id ? node.type : scenario.nodes.find((n) => n.id === id)?.type;
    if (!type) return nodeView(scenario, null, null, null, id, 'server', simTimeMs);
    const view = nodeView(scenario, topology, nodeStates, linkStates, id, type, simTimeMs, this.topologyIndex(topology, id));
    return liteView(view, scenario.nodes.length > LARGE_SYSTEM_NODES);
  }

  private topologyIndex(topology: Topology | null, id: string): number | undefined {
    if (!topology) return undefined;
    if (topology !== this.indexTopology) {
      this.indexTopology = topology;
      this.index = new Map(topology.nodeIds.map((nodeId, i) => [nodeId, i]));
    }
    return this.index.get(id);
  }
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
