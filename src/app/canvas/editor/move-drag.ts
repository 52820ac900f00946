// Select and move nodes. Pressing on a node selects it (shift or ⌘ adds or
// removes it); dragging moves the whole selection, snapped to the grid (hold
// Alt for free placement). One drag is one undo step, and a move never resets
// a run: the simulation does not see positions.
import { drag, select, type D3DragEvent } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { setPositions, snap } from '../../editor/operations/index.ts';
import { GRID_PX } from '../../editor/commands.ts';
import { isAdditive, nodeIdOf, type Behaviour } from './behaviour.ts';

interface Subject {
  id: string;
  x: number;
  y: number;
}

type MoveEvent = D3DragEvent<SVGGElement, unknown, Subject>;

export function createMoveDrag(viewport: SVGGElement, store: AppStore): Behaviour {
  let serial = 0;
  let starts = new Map<string, [number, number]>();
  let moved = false;
  let skip = false;
  let wasSelected = false;

  const behaviour = drag<SVGGElement, unknown, Subject>()
    .container(viewport)
    .clickDistance(3)
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && nodeIdOf(event.target) !== null)
    .subject((event: MouseEvent) => {
      const id = nodeIdOf(event.target) as string;
      const node = store.getState().scenario.nodes.find((n) => n.id === id);
      return { id, x: node?.x ?? 0, y: node?.y ?? 0 };
    })
    .on('start', (event: MoveEvent) => {
      const { id } = event.subject;
      const state = store.getState();
      wasSelected = state.selection.nodeIds.includes(id);
      moved = false;
      if (isAdditive(event.sourceEvent)) {
        state.toggleNode(id);
        // Shift-pressing a selected node deselects it; it should not then move.
        skip = wasSelected;
      } else {
        skip = false;
        if (!wasSelected) state.select({ nodeIds: [id] });
      }
      const ids = new Set(store.getState().selection.nodeIds);
      starts = new Map(
        store.getState().scenario.nodes.filter((n) => ids.has(n.id)).map((n) => [n.id, [n.x ?? 0, n.y ?? 0]]),
      );
      serial += 1;
    })
    .on('drag', (event: MoveEvent) => {
      if (skip) return;
      moved = true;
      const free = (event.sourceEvent as MouseEvent).altKey === true;
      const x = free ? event.x : snap(event.x, GRID_PX);
      const y = free ? event.y : snap(event.y, GRID_PX);
      const dx = x - event.subject.x;
      const dy = y - event.subject.y;
      const positions = new Map<string, [number, number]>();
      for (const [id, [sx, sy]] of starts) positions.set(id, [sx + dx, sy + dy]);
      const label = starts.size === 1 ? `Move ${event.subject.id}` : `Move ${starts.size} nodes`;
      store.getState().edit(label, (s) => setPositions(s, positions), { coalesceKey: `move:${serial}`, layoutOnly: true });
    })
    .on('end', (event: MoveEvent) => {
      if (moved) store.getState().sealHistory();
      // A plain click on one node of a multiple selection narrows it to that node.
      else if (!skip && wasSelected && !isAdditive(event.sourceEvent)) store.getState().select({ nodeIds: [event.subject.id] });
    });

  select(viewport).call(behaviour);
  return {
    update() {},
    destroy() {
      select(viewport).on('.drag', null);
    },
  };
}
