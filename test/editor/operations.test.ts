import { describe, expect, it } from 'vitest';
import {
  addNode, autoLayout, canConnect, canMakeCluster, connect, dissolveCluster, duplicateNodes, extractFragment,
  layoutMissing, leaveCluster, makeCluster, moveNodesBy, pasteFragment, removeLinks, removeNodes, renameZone,
  setField, setPositions, setPrimary, setZone, snap, addAlert, removeAlert, defaultAlert, formatPath, removeFault,
} from '../../src/app/editor/operations/index.ts';
import { newNode } from '../../src/app/editor/new-node.ts';
import { nextNodeId, nextZoneName } from '../../src/app/editor/labels.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { sample } from './fixtures.ts';

const ids = (s: Scenario) => s.nodes.map((n) => n.id);
const linkIds = (s: Scenario) => (s.links ?? []).map((l) => l.id ?? `${l.from}->${l.to}`);

describe('add', () => {
  it('names new nodes readably and uniquely, one past the largest number in use', () => {
    const s = sample();
    expect(nextNodeId(s, 'server')).toBe('web-3');
    const without2 = removeNodes(s, ['web-1']);
    expect(nextNodeId(without2, 'server')).toBe('web-3');
    expect(nextNodeId(s, 'client')).toBe('users-2');
    expect(nextNodeId(s, 'loadBalancer')).toBe('lb-2');
    expect(nextNodeId(s, 'database')).toBe('db-3');
  });

  it('adds a node with sensible defaults and leaves the input untouched', () => {
    const s = sample();
    const before = structuredClone(s);
    const next = addNode(s, newNode('server', 'web-3', 40, 60));
    expect(next.nodes.at(-1)).toMatchObject({ id: 'web-3', label: 'web-3', type: 'server', workers: 4, x: 40, y: 60 });
    expect(s).toEqual(before);
  });

  it('refuses a taken id', () => {
    expect(() => addNode(sample(), newNode('server', 'web-1', 0, 0))).toThrow(/taken/);
  });
});

describe('remove', () => {
  it('takes a node with its links, cluster membership, faults and alerts', () => {
    const next = removeNodes(sample(), ['web-1']);
    expect(ids(next)).not.toContain('web-1');
    expect(linkIds(next)).toEqual(['users-1->lb-1', 'lb-1->web-2', 'web-2->db-1', 'db-1->db-2']);
    expect(next.faults?.map((f) => f.type)).toEqual(['latency', 'zoneOutage', 'surge']);
    expect(next.alerts?.map((a) => a.id)).toEqual(['errors']);
  });

  it('removes faults on removed links and shrinks partitions', () => {
    const next = removeNodes(sample(), ['web-2', 'db-2']);
    // latency on lb-1->web-2 is gone; zone-b is empty so its outage is gone;
    // the partition keeps both sides (web-1 | db-1).
    expect(next.faults).toEqual([
      { atMs: 1000, type: 'crash', target: 'web-1' },
      { atMs: 4000, type: 'partition', groups: [['web-1'], ['db-1']] },
      { atMs: 5000, type: 'surge', target: 'users-1', factor: 2 },
    ]);
    expect(next.clusters).toEqual([{ id: 'orders', members: ['db-1'], replication: 'async' }]);
  });

  it('drops a partition left with one side, and a cluster left empty', () => {
    const next = removeNodes(sample(), ['db-1', 'db-2']);
    expect(next.faults?.some((f) => f.type === 'partition')).toBe(false);
    expect(next.clusters).toEqual([]);
  });

  it('is a no-op (same object) for ids that are not there', () => {
    const s = sample();
    expect(removeNodes(s, ['nope'])).toBe(s);
  });

  it('removes links and the faults aimed at them', () => {
    const next = removeLinks(sample(), ['lb-1->web-2']);
    expect(linkIds(next)).not.toContain('lb-1->web-2');
    expect(next.faults?.some((f) => f.type === 'latency')).toBe(false);
    expect(ids(next)).toHaveLength(6);
  });
});

describe('connect', () => {
  const s = sample();
  it.each([
    ['web-1', 'web-1', /itself/],
    ['lb-1', 'users-1', /client/],
    ['lb-1', 'web-1', /already connected/],
    ['db-1', 'web-1', /calls nothing/],
    ['web-1', 'lb-1', /loop/],
    ['db-2', 'db-1', /already linked/],
  ])('refuses %s → %s with a reason', (from, to, reason) => {
    const check = canConnect(s, from, to);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
    expect(() => connect(s, from, to)).toThrow(reason);
  });

  it('refuses linking two databases outside a cluster', () => {
    const t = addNode(s, newNode('database', 'db-3', 0, 0));
    expect(canConnect(t, 'db-1', 'db-3')).toMatchObject({ ok: false, reason: expect.stringMatching(/cluster/) });
  });

  it('adds a link with the default id', () => {
    const next = connect(s, 'web-2', 'db-2');
    expect(next.links?.at(-1)).toEqual({ from: 'web-2', to: 'db-2' });
  });

  it('picks a free id when an old link holds the default one', () => {
    const t: Scenario = { ...s, links: [...(s.links ?? []), { id: 'web-2->db-2', from: 'web-1', to: 'db-2' }] };
    expect(connect(t, 'web-2', 'db-2').links?.at(-1)).toEqual({ id: 'web-2->db-2-2', from: 'web-2', to: 'db-2' });
  });
});

describe('move', () => {
  it('moves, rounds, and returns the same object when nothing moves', () => {
    const s = sample();
    const moved = moveNodesBy(s, ['web-1', 'web-2'], 10.4, -5);
    expect(moved.nodes.find((n) => n.id === 'web-1')).toMatchObject({ x: 510, y: 35 });
    expect(moved.nodes.find((n) => n.id === 'users-1')).toBe(s.nodes[0]);
    expect(setPositions(s, new Map([['web-1', [500, 40]]]))).toBe(s);
    expect(snap(33, 20)).toBe(40);
    expect(snap(-29, 20)).toBe(-20);
  });
});

describe('copy, paste, duplicate', () => {
  it('duplicates nodes with fresh names, rewires the links among them, and lands clear of every node', () => {
    const { scenario, ids: fresh } = duplicateNodes(sample(), ['lb-1', 'web-1', 'web-2']);
    expect(fresh).toEqual(['lb-2', 'web-3', 'web-4']);
    // One row down (120) would put web-1's copy on web-2; two rows is clear.
    expect(scenario.nodes.find((n) => n.id === 'web-3')).toMatchObject({ label: 'web-3', x: 500, y: 280, zone: 'zone-a' });
    expect(linkIds(scenario).slice(-2)).toEqual(['lb-2->web-3', 'lb-2->web-4']);
  });

  it('pastes a copied fragment into another scenario, leaving replication links out', () => {
    const fragment = extractFragment(sample(), ['db-1', 'db-2', 'web-1']);
    expect(fragment.links).toHaveLength(2);
    const { scenario, ids: fresh } = pasteFragment(sample(), fragment, 0, 100);
    expect(fresh).toEqual(['web-3', 'db-3', 'db-4']);
    expect(linkIds(scenario).slice(-1)).toEqual(['web-3->db-3']);
    expect(scenario.clusters).toHaveLength(1);
  });

  it('marks hand-written labels as copies', () => {
    const s = setField(sample(), ['nodes', 2, 'label'], 'Checkout');
    const { scenario } = duplicateNodes(s, ['web-1']);
    expect(scenario.nodes.at(-1)?.label).toBe('Checkout copy');
  });
});

describe('fields', () => {
  it('sets a nested field, copying only the path, and removes it with undefined', () => {
    const s = sample();
    const next = setField(s, ['nodes', 1, 'healthCheck', 'intervalMs'], 500);
    expect(next.nodes[1]).toMatchObject({ healthCheck: { intervalMs: 500 } });
    expect(next.nodes[0]).toBe(s.nodes[0]);
    expect(next.links).toBe(s.links);
    const back = setField(next, ['nodes', 1, 'healthCheck'], undefined);
    expect('healthCheck' in back.nodes[1]).toBe(false);
    expect(setField(s, ['name'], 'Sample')).toBe(s);
    expect(formatPath(['nodes', 3, 'serviceTimeMs', 'mean'])).toBe('nodes[3].serviceTimeMs.mean');
  });
});

describe('clusters', () => {
  it('makes a replicated cluster of databases with the defaults written out', () => {
    let s = addNode(sample(), newNode('database', 'db-3', 0, 0));
    s = addNode(s, newNode('database', 'db-4', 0, 0));
    expect(canMakeCluster(s, ['db-3'])).toMatchObject({ ok: false });
    expect(canMakeCluster(s, ['db-3', 'web-1'])).toMatchObject({ ok: false, reason: 'web-1 is not a database' });
    expect(canMakeCluster(s, ['db-3', 'db-1'])).toMatchObject({ ok: false, reason: 'db-1 is already in orders' });
    const next = makeCluster(s, ['db-3', 'db-4'], 'cluster-1');
    expect(next.clusters?.at(-1)).toEqual({
      id: 'cluster-1', members: ['db-3', 'db-4'], replication: 'async', readFrom: 'primary',
      failover: { mode: 'automatic', detectionMs: 3000, promotionMs: 1000, requireQuorum: false },
    });
  });

  it('sets the primary, lets a member leave with its replication links, dissolves', () => {
    const s = sample();
    expect(setPrimary(s, 'orders', 'db-2').clusters?.[0].members).toEqual(['db-2', 'db-1']);
    const left = leaveCluster(s, 'db-2');
    expect(left.clusters?.[0].members).toEqual(['db-1']);
    expect(linkIds(left)).not.toContain('db-1->db-2');
    const gone = dissolveCluster(s, 'orders');
    expect(gone.clusters).toEqual([]);
    expect(linkIds(gone)).not.toContain('db-1->db-2');
    expect(linkIds(gone)).toContain('web-1->db-1');
  });
});

describe('zones', () => {
  it('assigns, renames (faults follow) and empties zones', () => {
    const s = sample();
    expect(nextZoneName(s)).toBe('zone-c');
    const moved = setZone(s, ['web-2'], 'zone-a');
    // zone-b is now empty, so its outage fault has nothing to take down.
    expect(moved.faults?.some((f) => f.type === 'zoneOutage')).toBe(false);
    const renamed = renameZone(s, 'zone-b', 'east');
    expect(renamed.nodes.find((n) => n.id === 'web-2')?.zone).toBe('east');
    expect(renamed.faults?.find((f) => f.type === 'zoneOutage')).toMatchObject({ target: 'east' });
    expect(() => renameZone(s, 'zone-b', 'zone-a')).toThrow(/exists/);
    const none = setZone(s, ['lb-1', 'web-1'], undefined);
    expect(none.nodes.some((n) => n.zone === 'zone-a')).toBe(false);
  });
});

describe('alerts and settings', () => {
  it('adds and removes alert rules', () => {
    const s = addAlert(sample(), defaultAlert('alert-1'));
    expect(s.alerts?.map((a) => a.id)).toEqual(['errors', 'web1-up', 'alert-1']);
    expect(() => addAlert(s, defaultAlert('errors'))).toThrow();
    expect(removeAlert(s, 'errors').alerts?.map((a) => a.id)).toEqual(['web1-up', 'alert-1']);
  });

  it('removes a scheduled fault by index, and re-times one through setField', () => {
    const s = sample();
    expect(removeFault(s, 1).faults?.map((f) => f.type)).toEqual(['crash', 'zoneOutage', 'partition', 'surge']);
    expect(removeFault(s, 9)).toBe(s);
    expect(setField(s, ['faults', 0, 'durationMs'], 5000).faults?.[0]).toEqual({ atMs: 1000, type: 'crash', target: 'web-1', durationMs: 5000 });
  });

  it('edits top-level settings through setField', () => {
    const s = setField(setField(sample(), ['slo', 'availability'], 0.99), ['seed'], 9);
    expect(s.slo).toEqual({ availability: 0.99 });
    expect(s.seed).toBe(9);
  });
});

describe('layout', () => {
  it('keeps zones apart, never puts a replica among the clients', () => {
    const s = sample();
    const laid = autoLayout(s);
    const at = (id: string) => laid.nodes.find((n) => n.id === id) as { x: number; y: number };
    const users = at('users-1');
    for (const id of ['db-1', 'db-2']) expect(at(id).x).toBeGreaterThan(users.x);
    // web-1 (zone-a) and web-2 (zone-b) share a column with half a row more between them.
    expect(Math.abs(at('web-1').y - at('web-2').y)).toBe(180);
  });

  it('lays requests out left to right, one column per hop', () => {
    const s = sample();
    const bare: Scenario = { ...s, nodes: s.nodes.map(({ x: _x, y: _y, ...n }) => n) };
    const laid = layoutMissing(bare);
    const at = (id: string) => laid.nodes.find((n) => n.id === id) as { x: number; y: number };
    expect(at('users-1').x).toBeLessThan(at('lb-1').x);
    expect(at('lb-1').x).toBeLessThan(at('web-1').x);
    expect(at('web-1').x).toBe(at('web-2').x);
    expect(at('web-1').y).not.toBe(at('web-2').y);
    // A replicated cluster's members stay together, in one column, one row apart.
    expect(at('db-1').x).toBe(at('db-2').x);
    expect(Math.abs(at('db-1').y - at('db-2').y)).toBe(120);
    expect(layoutMissing(laid)).toBe(laid);
    expect(autoLayout(laid)).toBe(laid);
  });
});
