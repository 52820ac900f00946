// What the palette, the inspector, the keyboard and the canvas ask the store
// to do. Each command reads the store, runs a pure operation, and applies it
// as one undoable edit with a label a person would say ("Delete web-2").
import { linkId, type NodeType } from '../../scenario/index.ts';
import type { AppStore } from '../store/index.ts';
import {
  addNode, autoLayout, canConnect, canMakeCluster, connect, duplicateNodes, extractFragment, makeCluster,
  moveNodesBy, newNode, nextClusterId, nextNodeId, nextZoneName, pasteClear, removeLinks, removeNodes, setZone, snap,
  type ConnectCheck,
} from '../editor/index.ts';
import { kindModel } from '../kinds/model/index.ts';

/** The canvas grid: moves and new nodes snap to it. */
export const GRID_PX = 20;
/** Two nodes closer than this overlap on screen. */
const CROWDED_PX = 60;

function names(ids: readonly string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.length} nodes`;
}

/**
 * The nearest free grid point to (x, y), so a second drop on one spot does
 * not hide the first node: below, then above, then further out, so a column
 * grows around the spot instead of running off the bottom of the view.
 */
export function freeSpot(store: AppStore, x: number, y: number): [number, number] {
  const nodes = store.getState().scenario.nodes;
  const px = snap(x, GRID_PX);
  const y0 = snap(y, GRID_PX);
  // A node and its two lines of label take about 100 px of height.
  const step = 5 * GRID_PX;
  for (let tries = 0; tries < 50; tries += 1) {
    const py = y0 + (tries % 2 === 1 ? 1 : -1) * Math.ceil(tries / 2) * step;
    const crowded = nodes.some((n) => Math.abs((n.x ?? 0) - px) < CROWDED_PX && Math.abs((n.y ?? 0) - py) < step);
    if (!crowded) return [px, py];
  }
  return [px, y0];
}

/**
 * Where a pressed (not dragged) kind goes: its own column around the view's
 * centre, so requests flow left to right — clients, balancers, servers,
 * databases — as in the examples.
 */
export function paletteColumnPx(kind: NodeType): number {
  return -360 + kindModel(kind).column * 240;
}

export function addNodeAt(store: AppStore, kind: NodeType, x: number, y: number): string {
  const state = store.getState();
  const id = nextNodeId(state.scenario, kind);
  const [px, py] = freeSpot(store, x, y);
  state.edit(`Add ${id}`, (s) => addNode(s, newNode(kind, id, px, py)));
  store.getState().select({ nodeIds: [id] });
  return id;
}

/** Deletes the selected nodes (with what depends on them) and links. */
export function deleteSelection(store: AppStore): boolean {
  const { selection, edit } = store.getState();
  const gone = [...selection.nodeIds, ...selection.linkIds];
  if (gone.length === 0) return false;
  return edit(`Delete ${names(gone)}`, (s) => removeLinks(removeNodes(s, selection.nodeIds), selection.linkIds));
}

export function duplicateSelection(store: AppStore): string[] {
  const { selection, edit } = store.getState();
  if (selection.nodeIds.length === 0) return [];
  let fresh: string[] = [];
  edit(`Duplicate ${names(selection.nodeIds)}`, (s) => {
    const result = duplicateNodes(s, selection.nodeIds);
    fresh = result.ids;
    return result.scenario;
  });
  store.getState().select({ nodeIds: fresh });
  return fresh;
}

export function copySelection(store: AppStore): boolean {
  const { selection, scenario, setClipboard } = store.getState();
  if (selection.nodeIds.length === 0) return false;
  setClipboard(extractFragment(scenario, selection.nodeIds));
  return true;
}

/** Pastes the clipboard below its original place, clear of every node (again and again: a row further each time). */
export function pasteClipboard(store: AppStore): string[] {
  const { clipboard, edit } = store.getState();
  if (!clipboard || clipboard.nodes.length === 0) return [];
  let fresh: string[] = [];
  edit(`Paste ${names(clipboard.nodes.map((n) => n.id))}`, (s) => {
    const result = pasteClear(s, clipboard);
    fresh = result.ids;
    return result.scenario;
  });
  store.getState().select({ nodeIds: fresh });
  return fresh;
}

/** Connects two nodes, or says why not (the canvas shows the reason at the pointer). */
export function connectNodes(store: AppStore, from: string, to: string): ConnectCheck {
  const { scenario, edit } = store.getState();
  const check = canConnect(scenario, from, to);
  if (check.ok) {
    edit(`Connect ${from} → ${to}`, (s) => connect(s, from, to));
    store.getState().select({ linkIds: [linkId({ from, to })] });
  }
  return check;
}

export function nudgeSelection(store: AppStore, dx: number, dy: number): boolean {
  const { selection, edit } = store.getState();
  if (selection.nodeIds.length === 0) return false;
  // Arrow presses in a row are one undo step, like one drag.
  return edit(`Move ${names(selection.nodeIds)}`, (s) => moveNodesBy(s, selection.nodeIds, dx, dy), {
    coalesceKey: `nudge:${selection.nodeIds.join(',')}`,
    layoutOnly: true,
  });
}

export function makeClusterFromSelection(store: AppStore): ConnectCheck {
  const { selection, scenario, edit } = store.getState();
  const check = canMakeCluster(scenario, selection.nodeIds);
  if (!check.ok) return check;
  const id = nextClusterId(scenario);
  edit(`Make cluster ${id}`, (s) => makeCluster(s, selection.nodeIds, id));
  return check;
}

/** Puts the given nodes (default: the selection) in a new zone; returns its name. */
export function zoneNodes(store: AppStore, nodeIds?: readonly string[]): string | null {
  const { selection, scenario, edit } = store.getState();
  const ids = nodeIds ?? selection.nodeIds;
  if (ids.length === 0) return null;
  const zone = nextZoneName(scenario);
  edit(`Put ${names([...ids])} in ${zone}`, (s) => setZone(s, ids, zone));
  store.getState().select({ zone });
  return zone;
}

export function layoutAll(store: AppStore): boolean {
  return store.getState().edit('Auto-layout', autoLayout, { layoutOnly: true });
}
