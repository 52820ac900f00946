// The canvas's shared view cache: what a glyph reads keeps its identity
// while unchanged, so a store change that does not touch it (a click, a
// commit of the run) re-renders nothing; and a repeated selection is no change.
import { describe, expect, it } from 'vitest';
import { LINK, NODE, type Topology } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { CanvasViews } from '../../src/app/canvas/canvas-views.ts';
import { createAppStore, type AppState } from '../../src/app/store/index.ts';

const scenario: Scenario = {
  format: 'nines/scenario@1', name: 't', seed: 1, durationMs: 10_000,
  nodes: [{ id: 'lb', type: 'loadBalancer' }, { id: 'b1', type: 'server' }, { id: 'b2', type: 'server' }],
  links: [{ from: 'lb', to: 'b1' }, { from: 'lb', to: 'b2' }],
};
const topology: Topology = {
  nodeIds: ['lb', 'b1', 'b2'], nodeTypes: ['loadBalancer', 'server', 'server'], linkIds: ['lb->b1', 'lb->b2'],
  linkFrom: [0, 0], linkTo: [1, 2], zones: [], nodeZone: [-1, -1, -1],
};

function states(b2Up: boolean, cut: boolean): { nodeStates: Float64Array; linkStates: Float64Array } {
  const nodeStates = new Float64Array(3 * NODE.size);
  for (let i = 0; i < 3; i++) nodeStates[i * NODE.size + NODE.up] = 1;
  if (!b2Up) nodeStates[2 * NODE.size + NODE.up] = 0;
  const linkStates = new Float64Array(2 * LINK.size);
  if (cut) linkStates[LINK.size + LINK.cut] = 1;
  return { nodeStates, linkStates };
}

function state(patch: Partial<AppState>): AppState {
  return { ...createAppStore(scenario).getState(), scenario, topology, ...patch };
}

describe('CanvasViews', () => {
  it('answers each glyph from one pass, and keeps a view that did not change the same object', () => {
    const views = new CanvasViews();
    const first = state({ ...states(true, false), simTimeMs: 1000 });
    const lb = views.node(first, 0, 'lb');
    const b2 = views.node(first, 2, 'b2');
    expect(b2.health).toBe('up');
    // A store change elsewhere (a selection): the very same objects.
    expect(views.node({ ...first, selection: { nodeIds: ['lb'], linkIds: [], zone: null } }, 2, 'b2')).toBe(b2);
    // b2 goes down: b2's view is new, lb's is the one it had.
    const second = state({ ...states(false, false), simTimeMs: 1250 });
    expect(views.node(second, 2, 'b2').health).toBe('down');
    expect(views.node(second, 2, 'b2')).not.toBe(b2);
    expect(views.node(second, 0, 'lb')).toBe(lb);
  });

  it('a link shows partitioned when cut, and keeps its object while it stays so', () => {
    const views = new CanvasViews();
    const ok = state(states(true, false));
    const okView = views.link(ok, 1, 'lb->b2');
    const other = views.link(ok, 0, 'lb->b1');
    expect(okView.cut).toBe(false);
    const cut = state(states(true, true));
    const cutView = views.link(cut, 1, 'lb->b2');
    expect(cutView.cut).toBe(true);
    expect(views.link(cut, 0, 'lb->b1')).toBe(other);
    expect(views.link(state(states(true, true)), 1, 'lb->b2')).toBe(cutView);
  });

  it('a stale index (the scenario changed under a glyph) is looked up by id', () => {
    const views = new CanvasViews();
    const s = state(states(false, false));
    expect(views.node(s, 0, 'b2').health).toBe('down');
    expect(views.link(s, 0, 'lb->b2').cut).toBe(false);
    expect(views.link(state(states(true, true)), 0, 'lb->b2').cut).toBe(true);
  });
});

describe('selection', () => {
  it('selecting what is already selected is no change (no store update)', () => {
    const store = createAppStore(scenario);
    store.getState().select({ nodeIds: ['lb'] });
    let updates = 0;
    const stop = store.subscribe(() => updates++);
    store.getState().select({ nodeIds: ['lb'] });
    expect(updates).toBe(0);
    store.getState().select({ nodeIds: ['b1'] });
    store.getState().clearSelection();
    store.getState().clearSelection();
    expect(updates).toBe(2);
    stop();
  });
});
