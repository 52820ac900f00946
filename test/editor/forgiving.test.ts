// Building is forgiving: a node dragged into a zone's box joins it and out of
// it leaves it; a node never stays on top of another; a replicated cluster
// gets the replication links it needs.
import { describe, expect, it } from 'vitest';
import { clearOfOthers, makeCluster, zonesAfterMove } from '../../src/app/editor/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { sample } from './fixtures.ts';

const moved = (s: Scenario, id: string, x: number, y: number): Scenario => ({ ...s, nodes: s.nodes.map((n) => (n.id === id ? { ...n, x, y } : n)) });
/** Where a node of the sample started before the drag. */
const from = (id: string) => {
  const n = sample().nodes.find((x) => x.id === id) as { x: number; y: number };
  return new Map([[id, [n.x, n.y] as const]]);
};
const zoneOf = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id)?.zone;

describe('zones follow a drag', () => {
  it('dropped inside another zone’s box, a node joins it', () => {
    // zone-a holds lb-1 (300, 100) and web-1 (500, 40); db-2 lands between them.
    const s = zonesAfterMove(moved(sample(), 'db-2', 400, 80), ['db-2'], from('db-2'));
    expect(zoneOf(s, 'db-2')).toBe('zone-a');
  });
  it('dragged out of its own zone’s box, it leaves; a zone of one moves with its node', () => {
    const out = zonesAfterMove(moved(sample(), 'web-1', 1200, 600), ['web-1'], from('web-1'));
    expect(zoneOf(out, 'web-1')).toBeUndefined();
    const alone = zonesAfterMove(moved(sample(), 'web-2', 1200, 600), ['web-2'], from('web-2'));
    expect(zoneOf(alone, 'web-2')).toBe('zone-b');
  });
  it('a drop that changes nothing returns the very same scenario', () => {
    const s = moved(sample(), 'web-1', 480, 60);
    expect(zonesAfterMove(s, ['web-1'], from('web-1'))).toBe(s);
  });
});

describe('nodes never land on each other', () => {
  it('a node dropped onto another goes down until clear', () => {
    const s = clearOfOthers(moved(sample(), 'db-2', 500, 40), ['db-2']);
    const db2 = s.nodes.find((n) => n.id === 'db-2') as { x: number; y: number };
    for (const n of s.nodes.filter((x) => x.id !== 'db-2')) {
      expect(Math.abs((n.x ?? 0) - db2.x) >= 80 || Math.abs((n.y ?? 0) - db2.y) >= 90).toBe(true);
    }
  });
  it('a node dropped clear of everything stays where it was put', () => {
    const s = moved(sample(), 'db-2', 1000, 1000);
    expect(clearOfOthers(s, ['db-2'])).toBe(s);
  });
});

describe('a replicated cluster', () => {
  it('gets a replication link from its primary to each replica that has none', () => {
    const s: Scenario = { ...sample(), clusters: [], links: (sample().links ?? []).filter((l) => !(l.from === 'db-1' && l.to === 'db-2')) };
    const withDb3: Scenario = { ...s, nodes: [...s.nodes, { id: 'db-3', type: 'database', x: 700, y: 280 }] };
    const made = makeCluster(withDb3, ['db-1', 'db-2', 'db-3'], 'orders');
    const replication = (made.links ?? []).filter((l) => l.from === 'db-1' && l.to.startsWith('db-'));
    expect(replication.map((l) => l.to)).toEqual(['db-2', 'db-3']);
    // An existing link either way is enough.
    const again = makeCluster({ ...withDb3, links: [...(withDb3.links ?? []), { from: 'db-3', to: 'db-1' }] }, ['db-1', 'db-2', 'db-3'], 'orders');
    expect((again.links ?? []).filter((l) => l.to === 'db-3' && l.from === 'db-1')).toHaveLength(0);
  });
});
