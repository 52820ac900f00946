import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store/index.ts';
import { HISTORY_LIMIT } from '../../src/app/editor/history.ts';
import {
  addNodeAt, connectNodes, copySelection, deleteSelection, duplicateSelection, layoutAll, makeClusterFromSelection,
  nudgeSelection, pasteClipboard, zoneNodes,
} from '../../src/app/commands/index.ts';
import { setField } from '../../src/app/editor/operations/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { sample } from './fixtures.ts';

const empty = (): Scenario => ({ format: 'nines/scenario@1', name: 'Empty', nodes: [] });

describe('store history', () => {
  it('undoes and redoes every edit, bumping the revision each time', () => {
    const store = createAppStore(empty());
    const s0 = store.getState().scenario;
    addNodeAt(store, 'client', 100, 100);
    addNodeAt(store, 'server', 300, 100);
    connectNodes(store, 'users-1', 'web-1');
    const s3 = store.getState().scenario;
    expect(store.getState().scenarioRevision).toBe(3);
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Add users-1', 'Add web-1', 'Connect users-1 → web-1']);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().scenario.links ?? []).toEqual([]);
    expect(store.getState().scenarioRevision).toBe(4);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario).toBe(s0);
    expect(store.getState().undo()).toBe(false);

    store.getState().redo();
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().scenario).toBe(s3);
    expect(store.getState().redo()).toBe(false);
  });

  it('drops the redo branch on a new edit', () => {
    const store = createAppStore(empty());
    addNodeAt(store, 'server', 0, 0);
    store.getState().undo();
    addNodeAt(store, 'database', 0, 0);
    expect(store.getState().history.future).toEqual([]);
    expect(store.getState().redo()).toBe(false);
  });

  it('merges edits with one coalesce key into one step until sealed', () => {
    const store = createAppStore(sample());
    const { edit } = store.getState();
    for (const name of ['S', 'Sa', 'Sam']) edit('Rename', (s) => setField(s, ['name'], name), { coalesceKey: 'field:name' });
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().sealHistory();
    edit('Rename', (s) => setField(s, ['name'], 'Samp'), { coalesceKey: 'field:name' });
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario.name).toBe('Sample');
  });

  it('records nothing for an edit that changes nothing', () => {
    const store = createAppStore(sample());
    expect(store.getState().edit('Nothing', (s) => s)).toBe(false);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().scenarioRevision).toBe(0);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = createAppStore(sample());
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) store.getState().edit('Seed', (s) => setField(s, ['seed'], i + 100));
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('does not bump the revision for moves, in either direction', () => {
    const store = createAppStore(sample());
    store.getState().select({ nodeIds: ['web-1'] });
    nudgeSelection(store, 20, 0);
    nudgeSelection(store, 20, 0);
    expect(store.getState().scenario.nodes[2]).toMatchObject({ x: 540 });
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().scenarioRevision).toBe(0);
    store.getState().undo();
    expect(store.getState().scenario.nodes[2]).toMatchObject({ x: 500 });
    expect(store.getState().scenarioRevision).toBe(0);
    expect(layoutAll(store)).toBe(true);
    expect(store.getState().scenarioRevision).toBe(0);
  });

  it('keeps the existing API: replaceScenario starts afresh, live faults are recorded without a bump', () => {
    const store = createAppStore(sample());
    addNodeAt(store, 'server', 0, 0);
    expect(store.getState().documentRevision).toBe(0);
    store.getState().replaceScenario(empty());
    expect(store.getState().history.past).toEqual([]);
    expect(store.getState().scenarioRevision).toBe(2);
    // A new document, unlike an edit, may be fitted to the screen.
    expect(store.getState().documentRevision).toBe(1);
    const i = store.getState().recordFault({ atMs: 1500, type: 'crash', target: 'web-1' });
    store.getState().recordFaultEnd(i, 4000);
    expect(store.getState().scenario.faults).toEqual([{ atMs: 1500, type: 'crash', target: 'web-1', durationMs: 2500 }]);
    expect(store.getState().scenarioRevision).toBe(2);
    // A recorded fault is an undoable step, so undoing earlier edits never loses it silently.
    store.getState().undo();
    expect(store.getState().scenario.faults).toBeUndefined();
    store.getState().redo();
    expect(store.getState().scenario.faults).toHaveLength(1);
  });

  it('lays out a scenario that arrives without positions', () => {
    const bare = sample();
    for (const n of bare.nodes) {
      delete n.x;
      delete n.y;
    }
    const store = createAppStore(bare);
    expect(store.getState().scenario.nodes.every((n) => typeof n.x === 'number' && typeof n.y === 'number')).toBe(true);
  });
});

describe('commands', () => {
  it('prunes the selection of what an edit removed', () => {
    const store = createAppStore(sample());
    store.getState().select({ nodeIds: ['web-1', 'web-2'] });
    deleteSelection(store);
    expect(store.getState().selection.nodeIds).toEqual([]);
    store.getState().undo();
    expect(store.getState().scenario.nodes).toHaveLength(6);
  });

  it('places a node on a free spot when dropped on another', () => {
    const store = createAppStore(sample());
    addNodeAt(store, 'server', 500, 40);
    const added = store.getState().scenario.nodes.at(-1);
    expect(added).toMatchObject({ id: 'web-3', x: 500 });
    expect(added?.y).not.toBe(40);
    expect(store.getState().selection.nodeIds).toEqual(['web-3']);
  });

  it('duplicates, copies and pastes, each paste a row further, clear of every node', () => {
    const store = createAppStore(sample());
    store.getState().select({ nodeIds: ['web-1'] });
    expect(duplicateSelection(store)).toEqual(['web-3']);
    store.getState().select({ nodeIds: ['web-1'] });
    copySelection(store);
    expect(pasteClipboard(store)).toEqual(['web-4']);
    expect(pasteClipboard(store)).toEqual(['web-5']);
    const at = (id: string) => store.getState().scenario.nodes.find((n) => n.id === id);
    expect(at('web-3')).toMatchObject({ x: 500, y: 280 });
    expect(at('web-4')).toMatchObject({ x: 500, y: 400 });
    expect(at('web-5')).toMatchObject({ x: 500, y: 520 });
    expect(store.getState().selection.nodeIds).toEqual(['web-5']);
  });

  it('refuses a connection and records nothing', () => {
    const store = createAppStore(sample());
    expect(connectNodes(store, 'web-1', 'users-1')).toMatchObject({ ok: false });
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('makes a cluster from the selected databases, and zones from the selection', () => {
    const store = createAppStore(empty());
    addNodeAt(store, 'database', 0, 0);
    addNodeAt(store, 'database', 200, 0);
    store.getState().select({ nodeIds: ['db-1', 'db-2'] });
    expect(makeClusterFromSelection(store)).toEqual({ ok: true });
    expect(store.getState().scenario.clusters?.[0]).toMatchObject({ id: 'cluster-1', members: ['db-1', 'db-2'] });
    store.getState().select({ nodeIds: ['db-2'] });
    expect(zoneNodes(store)).toBe('zone-a');
    expect(store.getState().scenario.nodes[1].zone).toBe('zone-a');
    expect(store.getState().selection.zone).toBe('zone-a');
  });
});
