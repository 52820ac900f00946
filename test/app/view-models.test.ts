// The view-model logic under the canvas, the Break panel, the timeline and
// the page's data, tested without a browser: geometry, a node's state in
// words, what can be broken at the shown time, timeline marks and seeking,
// and how worker deltas reach the store.
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { LINK, NODE, type Topology } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import {
  clusterRegions, contentBounds, exitPoint, GLYPH_H, GLYPH_W, linkGeometries, nodePositions, zoneRegions,
} from '../../src/app/canvas/geometry.ts';
import { nodeView } from '../../src/app/canvas/node-view.ts';
import { CLIENT_BREAKS, NODE_BREAKS, activeFaultIndex, describeFault, faultActions, faultBandEndMs } from '../../src/app/run/index.ts';
import { markShape, seekTarget } from '../../src/app/panels/timeline-axis.ts';
import { widened } from '../../src/app/panels/line-chart.ts';
import { sample } from '../editor/fixtures.ts';

describe('canvas geometry', () => {
  it('places nodes without positions in columns by their distance from the callers', () => {
    const positions = nodePositions(
      [{ id: 'c', type: 'client' }, { id: 'lb', type: 'loadBalancer' }, { id: 's', type: 'server' }],
      [{ from: 'c', to: 'lb' }, { from: 'lb', to: 's' }],
    );
    const xs = ['c', 'lb', 's'].map((id) => positions.get(id)?.x ?? Number.NaN);
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);
  });

  it('a link leaves a glyph at its edge (plus a gap), towards the other end', () => {
    const p = exitPoint({ x: 0, y: 0 }, { x: 300, y: 0 });
    expect(p.y).toBe(0);
    expect(p.x).toBeGreaterThan(GLYPH_W / 2);
    expect(p.x).toBeLessThan(GLYPH_W / 2 + 10);
    const down = exitPoint({ x: 0, y: 0 }, { x: 0, y: 300 });
    expect(down.y).toBeGreaterThan(GLYPH_H / 2);
  });

  it('zones box their nodes; a cluster is outlined only when no other node sits inside its box', () => {
    const s = sample();
    const positions = nodePositions(s.nodes, s.links);
    const geos = linkGeometries(s.links ?? [], positions);
    expect(geos.length).toBe((s.links ?? []).length);
    const zoned = s.nodes.map((n, i) => (i < 2 ? { ...n, zone: 'a' } : n));
    const zone = zoneRegions(zoned, positions)[0];
    for (const n of zoned.slice(0, 2)) {
      const p = positions.get(n.id)!;
      expect(p.x > zone.x && p.x < zone.x + zone.w && p.y > zone.y && p.y < zone.y + zone.h).toBe(true);
    }
    const near = new Map(positions);
    near.set('db', { x: 0, y: 0 });
    near.set('db2', { x: 0, y: 200 });
    near.set('other', { x: 0, y: 100 });
    const nodes = [{ id: 'db', type: 'database' as const }, { id: 'db2', type: 'database' as const }, { id: 'other', type: 'server' as const }];
    const [box] = clusterRegions(nodes, [{ id: 'c', members: ['db', 'db2'] }], near);
    expect(box.outlined).toBe(false);
    const [apart] = clusterRegions(nodes, [{ id: 'c', members: ['db', 'db2'] }], new Map([...near, ['other', { x: 500, y: 100 }]]));
    expect(apart.outlined).toBe(true);
    expect(contentBounds(zoned, positions)).not.toBeNull();
  });
});

/** One balancer with two backends; `b2` down and marked down. */
function lbWorld(): { scenario: Scenario; topology: Topology; nodes: Float64Array; links: Float64Array } {
  const scenario: Scenario = {
    format: 'nines/scenario@1', name: 't', seed: 1, durationMs: 10_000,
    nodes: [{ id: 'lb', type: 'loadBalancer' }, { id: 'b1', type: 'server', zone: 'z' }, { id: 'b2', type: 'server', zone: 'z' }],
    links: [{ from: 'lb', to: 'b1' }, { from: 'lb', to: 'b2' }],
    faults: [{ type: 'zoneOutage', target: 'z', atMs: 1000 }, { type: 'slow', target: 'b1', factor: 5, atMs: 500, durationMs: 3000 }],
  };
  const topology: Topology = {
    nodeIds: ['lb', 'b1', 'b2'], nodeTypes: ['loadBalancer', 'server', 'server'], linkIds: ['lb->b1', 'lb->b2'],
    linkFrom: [0, 0], linkTo: [1, 2], zones: ['z'], nodeZone: [-1, 0, 0],
  };
  const nodes = new Float64Array(3 * NODE.size);
  nodes[NODE.up] = 1;
  nodes[NODE.size + NODE.up] = 1;
  nodes[NODE.size + NODE.degraded] = 1;
  nodes[NODE.size + NODE.workers] = 4;
  nodes[NODE.size + NODE.busy] = 2;
  nodes[NODE.size + NODE.queue] = 3;
  nodes[NODE.size + NODE.queueLimit] = 10;
  const links = new Float64Array(2 * LINK.size);
  links[LINK.size + LINK.markedDown] = 1;
  return { scenario, topology, nodes, links };
}

describe('a node in words', () => {
  const w = lbWorld();
  it('a balancer counts the backends its checks consider up', () => {
    expect(nodeView(w.scenario, w.topology, w.nodes, w.links, 'lb', 'loadBalancer', 2000)).toMatchObject({ health: 'up', detail: '1 of 2 backends' });
  });
  it('a slowed server says by how much, with how busy it is and its queue', () => {
    const v = nodeView(w.scenario, w.topology, w.nodes, w.links, 'b1', 'server', 2000);
    expect(v).toMatchObject({ health: 'degraded', stateWord: 'slow ×5', utilization: 0.5, queue: 3, queueFill: 0.3 });
    expect(v.detail).toBe('50\u00a0% busy · queue 3');
  });
  it('a node down in a zone outage says so', () => {
    expect(nodeView(w.scenario, w.topology, w.nodes, w.links, 'b2', 'server', 2000)).toMatchObject({ health: 'down', stateWord: 'down (zone outage)', detail: '' });
  });
  it('before the run has states, a node is "not running"', () => {
    expect(nodeView(w.scenario, w.topology, null, null, 'b2', 'server', 0).stateWord).toBe('not running');
  });
});

describe('what can be broken at the shown time', () => {
  const s = sample();
  const withFaults: Scenario = { ...s, faults: [{ type: 'crash', target: 'web-1', atMs: 5000, durationMs: 2000 }] };
  it('a node offers Crash before and after a crash, Recover during it', () => {
    const at = (t: number) => faultActions({ kind: 'node', id: 'web-1', breaks: NODE_BREAKS }, withFaults, t).map((a) => a.label);
    expect(at(1000)).toContain('Crash');
    expect(at(6000)).toContain('Recover');
    expect(at(8000)).toContain('Crash');
    expect(activeFaultIndex(withFaults, 'crash', 'web-1', 6000)).toBe(0);
    expect(activeFaultIndex(withFaults, 'crash', 'web-1', 7000)).toBe(-1);
  });
  it('a client offers a surge; a link a partition; a zone an outage', () => {
    expect(faultActions({ kind: 'node', id: 'users', breaks: CLIENT_BREAKS }, s, 0).map((a) => a.label)).toEqual(['Surge']);
    expect(faultActions({ kind: 'link', id: 'x' }, s, 0).map((a) => a.label)).toEqual(['Partition', 'Add latency', 'Loss']);
    expect(faultActions({ kind: 'zone', id: 'z' }, s, 0).map((a) => a.label)).toEqual(['Zone outage']);
  });
  it('Promote is offered to a cluster member that is not the primary now, never to the primary', () => {
    const promote = (primaryNow: boolean) => faultActions({ kind: 'node', id: 'db', breaks: NODE_BREAKS, member: true, primaryNow }, s, 0).some((a) => a.label === 'Promote');
    expect(promote(false)).toBe(true);
    expect(promote(true)).toBe(false);
  });
  it('faults in a few words, and where their band ends', () => {
    expect(describeFault({ type: 'slow', target: 'db', factor: 5, atMs: 0 })).toBe('slow db ×5');
    expect(describeFault({ type: 'partition', groups: [['a', 'b'], ['c']], atMs: 0 })).toBe('partition a+b | c');
    expect(faultBandEndMs({ type: 'crash', target: 'x', atMs: 10, durationMs: 5 })).toBe(15);
    expect(faultBandEndMs({ type: 'crash', target: 'x', atMs: 10 })).toBeNaN();
    expect(faultBandEndMs({ type: 'promote', target: 'x', atMs: 10 })).toBeUndefined();
  });
});

describe('timeline marks and seeking', () => {
  const x = scaleLinear().domain([0, 60_000]).range([0, 600]);
  it('a fault to the end runs to the end of the axis; a moment has no band', () => {
    expect(markShape({ kind: 'fault', startMs: 30_000, endMs: Number.NaN, label: '' }, x, 60_000)).toMatchObject({ x: 300, width: 300 });
    expect(markShape({ kind: 'fault', startMs: 30_000, endMs: 90_000, label: '' }, x, 60_000).width).toBe(300);
    expect(markShape({ kind: 'alert', startMs: 30_000, label: '' }, x, 60_000).width).toBe(0);
  });
  it('seeking stays within what was simulated', () => {
    expect(seekTarget(-5, 20_000)).toBe(0);
    expect(seekTarget(45_000, 20_000)).toBe(20_000);
    expect(seekTarget(12_000, 20_000)).toBe(12_000);
  });
  it('a chart’s y domain only widens', () => {
    expect(widened([99, 100], [{ className: 'a', label: 'a', points: [[0, 97], [1, Number.NaN]] }])).toEqual([97, 100]);
    expect(widened([0, 100], [{ className: 'a', label: 'a', points: [[0, 50]] }])).toEqual([0, 100]);
  });
});
