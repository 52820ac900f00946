// Random sequences of edits, undos and redos from a seed (tldraw's way): the
// scenario must validate after every step (removal cascades leave nothing
// dangling, refused links are never made), and undoing everything must give
// back the start exactly, redoing everything the newest state.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addAlert, defaultAlert, dissolveCluster, leaveCluster, nextAlertId, removeFault, renameZone, setField, zoneNames } from '../../src/app/editor/index.ts';
import { addNodeAt, connectNodes, copySelection, deleteSelection, duplicateSelection, makeClusterFromSelection, nudgeSelection, pasteClipboard, zoneNodes } from '../../src/app/commands/index.ts';
import { createAppStore, type AppStore } from '../../src/app/store/index.ts';
import { validateScenario, type NodeType } from '../../src/scenario/index.ts';
import { sample } from './fixtures.ts';

const KINDS: NodeType[] = ['client', 'loadBalancer', 'server', 'database'];

type Step = (store: AppStore, pick: (n: number) => number) => void;

const ids = (store: AppStore) => store.getState().scenario.nodes.map((n) => n.id);

const STEPS: Step[] = [
  (store, pick) => void addNodeAt(store, KINDS[pick(KINDS.length)], pick(800), pick(600)),
  (store, pick) => {
    const all = ids(store);
    if (all.length > 0) store.getState().select({ nodeIds: [all[pick(all.length)]] });
    deleteSelection(store);
  },
  (store, pick) => {
    const all = ids(store);
    if (all.length >= 2) connectNodes(store, all[pick(all.length)], all[pick(all.length)]);
  },
  (store, pick) => {
    const all = ids(store);
    if (all.length > 0) store.getState().select({ nodeIds: [all[pick(all.length)], all[pick(all.length)]] });
    duplicateSelection(store);
  },
  (store, pick) => {
    const dbs = store.getState().scenario.nodes.filter((n) => n.type === 'database').map((n) => n.id);
    store.getState().select({ nodeIds: dbs.slice(pick(2)) });
    makeClusterFromSelection(store);
  },
  (store, pick) => {
    const all = ids(store);
    if (all.length > 0) zoneNodes(store, [all[pick(all.length)]]);
  },
  (store, pick) => {
    const all = ids(store);
    if (all.length > 0) store.getState().select({ nodeIds: [all[pick(all.length)]] });
    nudgeSelection(store, 20, -20);
  },
  (store, pick) => {
    const all = ids(store);
    if (all.length > 0) store.getState().select({ nodeIds: [all[pick(all.length)]] });
    copySelection(store);
    pasteClipboard(store);
  },
  (store, pick) => {
    const s = store.getState().scenario;
    const i = s.nodes.findIndex((n) => n.type === 'server');
    if (i >= 0) store.getState().edit('Set workers', (x) => setField(x, ['nodes', i, 'workers'], 1 + pick(8)));
  },
  (store, pick) => store.getState().edit('Remove fault', (s) => removeFault(s, pick(3))),
  (store, pick) => {
    // An alert and a live fault aimed at a node, for removals to cascade to.
    const all = ids(store);
    if (all.length === 0) return;
    const node = all[pick(all.length)];
    const id = nextAlertId(store.getState().scenario);
    store.getState().edit('Add alert', (s) => addAlert(s, { ...defaultAlert(id), node }));
    const type = store.getState().scenario.nodes.find((n) => n.id === node)?.type;
    store.getState().recordFault(type === 'client' ? { atMs: 500, type: 'surge', target: node, factor: 2 } : { atMs: 500, type: 'crash', target: node });
  },
  (store, pick) => {
    const s = store.getState().scenario;
    const cluster = (s.clusters ?? [])[0];
    if (!cluster) return;
    const member = cluster.members[pick(cluster.members.length)];
    if (pick(2) === 0) store.getState().edit('Leave', (x) => leaveCluster(x, member));
    else store.getState().edit('Dissolve', (x) => dissolveCluster(x, cluster.id));
  },
  (store, pick) => {
    const zones = zoneNames(store.getState().scenario);
    if (zones.length === 0) return;
    const zone = zones[pick(zones.length)];
    const name = `z${pick(1000)}x`;
    if (!zones.includes(name)) store.getState().edit('Rename zone', (s) => renameZone(s, zone, name));
  },
  (store) => void store.getState().undo(),
  (store) => void store.getState().redo(),
];

describe('random edit sequences', () => {
  it('keep the scenario valid, and undo/redo walk the whole history exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(STEPS.length - 1), fc.array(fc.nat(1000), { minLength: 4, maxLength: 4 })), { minLength: 10, maxLength: 60 }), (program) => {
        const store = createAppStore(sample());
        const start = store.getState().scenario;
        for (const [step, draws] of program) {
          let d = 0;
          const pick = (n: number) => draws[d++ % draws.length] % n;
          STEPS[step](store, pick);
          const result = validateScenario(store.getState().scenario);
          if (!result.ok) throw new Error(`invalid after step ${step}: ${JSON.stringify(result.errors.slice(0, 3))}`);
        }
        // The bottom of the undo stack is always the scenario the store began
        // with (a new edit drops only the redo branch), so undoing everything
        // reaches it exactly; redoing everything reaches the newest state.
        while (store.getState().redo()) {
          // forward to the newest state
        }
        const newest = store.getState().scenario;
        while (store.getState().undo()) {
          // back to the start
        }
        expect(store.getState().scenario).toBe(start);
        while (store.getState().redo()) {
          // and forward again
        }
        expect(store.getState().scenario).toBe(newest);
      }),
      { seed: 20261125, numRuns: 150 },
    );
  });
});
