// The built-in examples: each validates, looks tidy on a ~1200×700 canvas,
// flows left to right, and holds the pieces its lesson depends on (so an
// edit that quietly removes the lesson's fault or setting fails here).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeScenarioLink } from '../../src/scenario/codec.ts';
import { DEFAULT_EXAMPLE, EXAMPLE_NAMES, getExample, type ExampleName } from '../../src/scenario/examples/index.ts';
import type { Fault, Report, Scenario, ScenarioNode } from '../../src/scenario/types.ts';
import { formatErrors, validateScenario } from '../../src/scenario/validate.ts';

const CANVAS = { width: 1200, height: 700 };
const MIN_GAP_PX = 90;
const engineExists = existsSync(new URL('../../src/engine/index.ts', import.meta.url));

const scenario = (name: ExampleName) => getExample(name).scenario;
const byType = (s: Scenario, type: ScenarioNode['type']) => s.nodes.filter((n) => n.type === type);
const faultsOf = <T extends Fault['type']>(s: Scenario, type: T) =>
  (s.faults ?? []).filter((f): f is Extract<Fault, { type: T }> => f.type === type);

describe.each(EXAMPLE_NAMES)('example %s', (name) => {
  const example = getExample(name);
  const s = example.scenario;

  it('validates', () => {
    const result = validateScenario(s);
    if (!result.ok) throw new Error(formatErrors(result.errors));
  });

  it('has a title, a one-line hint and a plain-text description', () => {
    expect(example.title.length).toBeGreaterThan(3);
    expect(example.hint).toMatch(/^[^\n]{10,120}$/);
    expect(s.description?.length ?? 0).toBeGreaterThan(80);
    expect(s.description).not.toMatch(/<[a-z]/i);
  });

  it('places every labelled node on the canvas, at least 90 px from any other', () => {
    for (const n of s.nodes) {
      expect(n.label, n.id).toBeTruthy();
      expect(n.x! >= 0 && n.x! <= CANVAS.width && n.y! >= 0 && n.y! <= CANVAS.height, `${n.id} at ${n.x},${n.y}`).toBe(true);
    }
    for (let i = 0; i < s.nodes.length; i++) {
      for (let j = i + 1; j < s.nodes.length; j++) {
        const [a, b] = [s.nodes[i], s.nodes[j]];
        const gap = Math.hypot(a.x! - b.x!, a.y! - b.y!);
        expect(gap, `${a.id} and ${b.id} are ${gap.toFixed(0)} px apart`).toBeGreaterThanOrEqual(MIN_GAP_PX);
      }
    }
  });

  it('flows left to right (replication links between cluster members aside)', () => {
    const at = new Map(s.nodes.map((n) => [n.id, n]));
    const members = new Set((s.clusters ?? []).flatMap((c) => c.members));
    for (const link of s.links ?? []) {
      if (members.has(link.from) && members.has(link.to)) continue;
      expect(at.get(link.from)!.x!, `${link.from} -> ${link.to}`).toBeLessThan(at.get(link.to)!.x!);
    }
  });

  it('fits in a share link', () => {
    expect(encodeScenarioLink(s).length).toBeLessThan(8000);
  });
});

describe('what each example teaches', () => {
  it('single-point-of-failure: one client, one server, one database; the server crashes at 20 s for 15 s', () => {
    const s = scenario('single-point-of-failure');
    expect([byType(s, 'client').length, byType(s, 'server').length, byType(s, 'database').length]).toEqual([1, 1, 1]);
    expect(faultsOf(s, 'crash')).toEqual([{ atMs: 20_000, type: 'crash', target: byType(s, 'server')[0].id, durationMs: 15_000 }]);
  });

  it('redundancy: a health-checked balancer in front of 3 servers, one of which crashes', () => {
    const s = scenario('redundancy');
    const [lb] = byType(s, 'loadBalancer');
    expect(lb.type === 'loadBalancer' && lb.healthCheck).toBeTruthy();
    expect(byType(s, 'server')).toHaveLength(3);
    expect(faultsOf(s, 'crash').map((f) => byType(s, 'server').some((n) => n.id === f.target))).toEqual([true]);
    expect(DEFAULT_EXAMPLE).toBe('redundancy');
  });

  it('health-checks: two balancers with different detection delays, each losing a server at the same moment', () => {
    const s = scenario('health-checks');
    const delays = byType(s, 'loadBalancer').map((lb) => {
      const hc = lb.type === 'loadBalancer' ? lb.healthCheck! : {};
      return (hc.intervalMs ?? 1000) * (hc.unhealthyThreshold ?? 2);
    });
    expect(delays).toHaveLength(2);
    expect(Math.max(...delays)).toBeGreaterThanOrEqual(5 * Math.min(...delays));
    const crashes = faultsOf(s, 'crash');
    expect(crashes).toHaveLength(2);
    expect(crashes[0].atMs).toBe(crashes[1].atMs);
  });

  it('retry-storm: a surge, short timeouts, retries with no jitter and no budget, no shedding', () => {
    const s = scenario('retry-storm');
    const [client] = byType(s, 'client');
    if (client.type !== 'client') throw new Error('expected a client');
    expect(client.timeoutMs).toBeLessThanOrEqual(500);
    expect(client.retries).toMatchObject({ jitter: false });
    expect(client.retries!.max).toBeGreaterThanOrEqual(2);
    expect(client.retries!.budget).toBeUndefined();
    expect(faultsOf(s, 'surge')).toHaveLength(1);
    expect(byType(s, 'server').every((n) => n.type === 'server' && !n.shedExpired)).toBe(true);
  });

  it('zone-outage: 3 zones, a balancer, 6 servers spread over the zones, one zone lost', () => {
    const s = scenario('zone-outage');
    const servers = byType(s, 'server');
    expect(servers).toHaveLength(6);
    expect(new Set(servers.map((n) => n.zone))).toEqual(new Set(['zone-a', 'zone-b', 'zone-c']));
    expect(byType(s, 'loadBalancer')).toHaveLength(1);
    expect(faultsOf(s, 'zoneOutage')).toHaveLength(1);
  });

  it('async-vs-sync: the primary of a 3-member async cluster crashes under write load', () => {
    const s = scenario('async-vs-sync');
    const [cluster] = s.clusters!;
    expect(cluster.members).toHaveLength(3);
    expect(cluster.replication).toBe('async');
    expect(faultsOf(s, 'crash').map((f) => f.target)).toEqual([cluster.members[0]]);
    expect(byType(s, 'client').every((c) => c.type === 'client' && (c.writeRatio ?? 0) > 0)).toBe(true);
  });

  it('split-brain: a partition cuts the primary off, and quorum is not required', () => {
    const s = scenario('split-brain');
    const [cluster] = s.clusters!;
    expect(cluster.failover?.requireQuorum).toBe(false);
    const [partition] = faultsOf(s, 'partition');
    const primarySide = partition.groups!.find((g) => g.includes(cluster.members[0]))!;
    expect(cluster.members.filter((m) => primarySide.includes(m))).toEqual([cluster.members[0]]);
  });

  it('stale-reads: reads from any replica', () => {
    expect(scenario('stale-reads').clusters![0].readFrom).toBe('any');
  });

  it('alert-slo: an error-rate alert that waits 5 s, and an SLO', () => {
    const s = scenario('alert-slo');
    expect(s.alerts).toContainEqual(expect.objectContaining({ metric: 'errorRate', forMs: 5000 }));
    expect(s.slo?.availability).toBeDefined();
  });

  it('fifty-nodes: 2 clients, 2 balancers, 40 servers in 3 zones, 50 nodes, 1000 req/s, a few faults', () => {
    const s = scenario('fifty-nodes');
    expect(s.nodes).toHaveLength(50);
    expect(byType(s, 'client')).toHaveLength(2);
    expect(byType(s, 'loadBalancer')).toHaveLength(2);
    expect(byType(s, 'server')).toHaveLength(40);
    expect(new Set(byType(s, 'server').map((n) => n.zone)).size).toBe(3);
    expect(byType(s, 'client').reduce((sum, c) => sum + (c.type === 'client' ? c.rate ?? 100 : 0), 0)).toBe(1000);
    expect((s.faults ?? []).length).toBeGreaterThanOrEqual(2);
  });
});

describe('getExample', () => {
  it('hands out copies, so editing one never changes the built-in example', () => {
    const first = getExample('redundancy');
    first.scenario.nodes.length = 0;
    expect(getExample('redundancy').scenario.nodes.length).toBeGreaterThan(0);
  });
});

describe('every example through the engine', () => {
  it.skipIf(!engineExists)('runs to a consistent report', async () => {
    const { runScenario } = (await import(/* @vite-ignore */ '../../src/engine/index.ts')) as {
      runScenario: (s: Scenario) => Report;
    };
    const availability = new Map<string, number>();
    for (const name of EXAMPLE_NAMES) {
      const report = runScenario(scenario(name));
      availability.set(name, report.availability);
      const r = report.requests;
      expect(report.format, name).toBe('nines/report@1');
      expect(r.total, name).toBeGreaterThan(0);
      expect(r.succeeded + r.failed + r.timedOut + r.rejected, name).toBe(r.total);
      expect(report.availability, name).toBeGreaterThanOrEqual(0);
      expect(report.availability, name).toBeLessThanOrEqual(1);
      expect(Object.keys(report.nodes).sort(), name).toEqual(scenario(name).nodes.map((n) => n.id).sort());
    }
    // The first lesson in one line: the same crash costs far less with redundancy.
    expect(availability.get('redundancy')).toBeGreaterThan(availability.get('single-point-of-failure')! + 0.1);
  });
});
