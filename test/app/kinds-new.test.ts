// The lab's twins of the cache, queue and DNS kinds (and breakers, Zipf keys):
// what the palette creates validates once wired, links the kinds refuse are
// refused with the validator's reason, Flush is a moment, readouts read the
// engine's frames.
import { describe, expect, it } from 'vitest';
import { LINK, NODE, Simulation } from '../../src/engine/index.ts';
import { canConnect, connect, removeNodes } from '../../src/app/editor/operations/index.ts';
import { newNode } from '../../src/app/editor/new-node.ts';
import { kindUi, nodeBreakTarget, paletteKinds } from '../../src/app/kinds/index.ts';
import { faultActions, faultBandEndMs } from '../../src/app/run/index.ts';
import { getExample } from '../../src/scenario/examples/index.ts';
import { validateScenario, type Scenario } from '../../src/scenario/index.ts';

const blank = (): Scenario => ({ format: 'nines/scenario@1', name: 'blank', nodes: [], links: [] });

function wired(): Scenario {
  let s = blank();
  const add = (type: Parameters<typeof newNode>[0], id: string, x: number) => (s = { ...s, nodes: [...s.nodes, newNode(type, id, x, 100)] });
  add('client', 'users-1', 0);
  add('dns', 'dns-1', 100);
  add('loadBalancer', 'lb-1', 200);
  add('server', 'web-1', 300);
  add('cache', 'cache-1', 400);
  add('database', 'db-1', 500);
  add('queue', 'queue-1', 400);
  add('server', 'web-2', 500);
  for (const [from, to] of [['users-1', 'dns-1'], ['dns-1', 'lb-1'], ['lb-1', 'web-1'], ['web-1', 'cache-1'], ['cache-1', 'db-1'], ['web-1', 'queue-1'], ['queue-1', 'web-2']]) {
    s = connect(s, from, to);
  }
  return s;
}

describe('palette and editing', () => {
  it('offers cache, queue and DNS on the palette, in the flow of a request', () => {
    const kinds = paletteKinds().map((k) => k.type);
    expect(kinds).toEqual(['client', 'dns', 'loadBalancer', 'queue', 'server', 'cache', 'database']);
  });

  it('a system built from palette nodes validates once wired', () => {
    const result = validateScenario(wired());
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors)).toBe(true);
  });

  it.each([
    ['lb-1', 'dns-1', '"lb-1" is a load balancer; only clients look up a dns node (it answers lookups, not requests)'],
    ['queue-1', 'db-1', '"db-1" is a database; a queue\'s consumers must be servers'],
    ['dns-1', 'db-1', '"db-1" is a database; a dns node\'s endpoints must be load balancers or servers'],
    ['cache-1', 'queue-1', '"queue-1" is a queue; a cache\'s backend must be a server, database, load balancer or cache'],
    ['users-1', 'web-1', '"users-1" looks up dns node "dns-1", so it sends every request where DNS answers; it links to nothing else'],
  ])('refuses %s → %s with the validator\'s reason', (from, to, reason) => {
    expect(canConnect(wired(), from, to)).toEqual({ ok: false, reason });
  });

  it('removing a cache takes its flush faults with it', () => {
    const s = { ...wired(), faults: [{ atMs: 1000, type: 'flush' as const, target: 'cache-1' }] };
    const without = removeNodes(s, ['cache-1']);
    expect(without.faults).toEqual([]);
  });
});

describe('Break actions', () => {
  it('a cache offers Flush beside the usual ones, and it stays on offer: a flush is a moment', () => {
    const s = { ...wired(), faults: [{ atMs: 1000, type: 'flush' as const, target: 'cache-1' }] };
    const target = nodeBreakTarget(s, null, null, 'cache-1')!;
    const labels = faultActions(target, s, 5000).map((a) => a.label);
    expect(labels).toEqual(['Crash', 'Slow', 'Errors', 'Drain', 'Flush']);
    expect(faultActions(target, s, 5000).find((a) => a.label === 'Flush')!.inject).toEqual({ type: 'flush', target: 'cache-1' });
    expect(faultBandEndMs(s.faults[0])).toBeUndefined();
  });
});

describe('readouts from the engine\'s frames', () => {
  it('a cache reads its hit ratio, a DNS node its answers, a queue its backlog', () => {
    const s = getExample('dns-failover').scenario;
    const sim = new Simulation(s, { recordSpans: true });
    sim.runUntil(30_000);
    const ofNode = (states: Float64Array, index: number) => (column: number) => states[index * NODE.size + column];
    const ctx = (id: string) => {
      const index = sim.topology.nodeIds.indexOf(id);
      return { utilization: 0, queue: 0, index, topology: sim.topology, linkStates: sim.linkStates(), state: ofNode(sim.nodeStates(), index) };
    };
    expect(kindUi('dns').readout(ctx('dns'))).toBe('lb-a 100\u00a0%');
    sim.runUntil(200_000);
    expect(kindUi('dns').readout(ctx('dns'))).toMatch(/^lb-a \d+\u00a0% · lb-b \d+\u00a0%$/);
    const states = new Float64Array(NODE.size);
    states[NODE.hitRatio] = 0.823;
    expect(kindUi('cache').readout({ ...ctx('dns'), index: 0, state: ofNode(states, 0) })).toBe('82\u00a0% hits');
    states[NODE.hitRatio] = Number.NaN;
    expect(kindUi('cache').readout({ ...ctx('dns'), index: 0, state: ofNode(states, 0) })).toBe('no reads');
    expect(kindUi('queue').readout({ ...ctx('dns'), queue: 3012 })).toBe('backlog 3.01\u00a0k');
    expect(kindUi('queue').readout({ ...ctx('dns'), queue: 12 })).toBe('backlog 12');
    expect(LINK.dnsShare).toBeGreaterThan(0);
  });

  it('a server with an open breaker says so under its name', () => {
    const states = new Float64Array(NODE.size);
    states[NODE.breakersOpen] = 1;
    const base = { utilization: 0.5, queue: 0, index: 0, topology: null, linkStates: null, state: (column: number) => states[column] };
    expect(kindUi('server').readout(base)).toBe('50\u00a0% busy · breaker open');
    expect(kindUi('client').readout(base)).toBe('breaker open');
  });
});
