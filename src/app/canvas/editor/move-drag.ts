// Move nodes. Dragging a node moves it, or the whole selection when it is
// part of one, snapped to the grid (hold Alt for free placement). One drag is one undo step, and a move never resets
// a run: the simulation does not see positions. A node never stays on top of another; dropped into a zone's box it
// joins the zone, dragged out of its own it leaves (that is a change of the system, and its own undo step).
import { drag, select, type D3DragEvent } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { clearOfOthers, setPositions, snap, zonesAfterMove } from '../../editor/index.ts';
import { GRID_PX } from '../../commands/index.ts';
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

  const behaviour = drag<SVGGElement, unknown, Subject>()
    .container(viewport)
    .clickDistance(3)
    .filter((event: MouseEvent) => !event.ctrlKey && !event.button && nodeIdOf(event.target) !== null)
    // d3 hands `subject` a drag event; the press itself is its sourceEvent.
    .subject((event: { sourceEvent: MouseEvent }) => {
      const id = nodeIdOf(event.sourceEvent.target) as string;
      const node = store.getState().scenario.nodes.find((n) => n.id === id);
      return { id, x: node?.x ?? 0, y: node?.y ?? 0 };
    })
    .on('start', (event: MoveEvent) => {
      const { id } = event.subject;
      const state = store.getState();
      const wasSelected = state.selection.nodeIds.includes(id);
      moved = false;
      // The canvas's own click handler selects and shift-toggles; a drag only
      // needs the pressed node selected before it moves. A shift-press is a
      // selection gesture, never a move.
      skip = isAdditive(event.sourceEvent);
      if (!skip && !wasSelected) state.select({ nodeIds: [id] });
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
    .on('end', () => {
      if (!moved) return;
      const ids = [...starts.keys()];
      // Never left on top of another node: the same gesture, one undo step.
      store.getState().edit(starts.size === 1 ? `Move ${ids[0]}` : `Move ${ids.length} nodes`, (s) => clearOfOthers(s, ids), { coalesceKey: `move:${serial}`, layoutOnly: true });
      store.getState().sealHistory();
      // Dropped into a zone's box it joins the zone; dragged out of its own, it leaves (a change of the system: its own step).
      store.getState().edit(`Zones of ${ids.length === 1 ? ids[0] : `${ids.length} nodes`}`, (s) => zonesAfterMove(s, ids, starts));
    });

  select(viewport).call(behaviour);
  return {
    update() {},
    destroy() {
      select(viewport).on('.drag', null);
    },
  };
}
