// The data lessons: what replication modes, failover and quorum buy and cost.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import type { Cluster, Scenario } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

const WRITES_PER_SEC = 1000;
const LAG_MS = 50;

/** Users → app → a three-member cluster whose members are LAG_MS apart; the primary crashes at 10 s. */
function primaryCrash(replication: Cluster['replication']): Scenario {
  const db = (id: string) => ({ id, type: 'database' as const, workers: 256, serviceTimeMs: 1 });
  return scenario(
    [
      { id: 'users', type: 'client', rate: WRITES_PER_SEC, writeRatio: 1, timeoutMs: 2000 },
      { id: 'app', type: 'server', workers: 512, serviceTimeMs: 1, callTimeoutMs: 1500 },
      db('db1'), db('db2'), db('db3'),
    ],
    [
      { from: 'users', to: 'app' }, { from: 'app', to: 'db1' },
      { from: 'db1', to: 'db2', latencyMs: LAG_MS }, { from: 'db1', to: 'db3', latencyMs: LAG_MS }, { from: 'db2', to: 'db3', latencyMs: LAG_MS },
    ],
    {
      durationMs: 20_000,
      clusters: [{ id: 'orders', members: ['db1', 'db2', 'db3'], replication, failover: { mode: 'automatic', detectionMs: 3000, promotionMs: 1000 } }],
      faults: [{ type: 'crash', target: 'db1', atMs: 10_000 }],
    },
  );
}

describe('a primary crash under write load', () => {
  const reports = Object.fromEntries((['async', 'semiSync', 'sync', 'quorum'] as const).map((m) => [m, runScenario(primaryCrash(m))]));

  it('async loses about write rate × replication lag of acknowledged writes', () => {
    const expected = WRITES_PER_SEC * (LAG_MS / 1000);
    expect(reports.async.data.writesLost).toBeGreaterThan(0.5 * expected);
    expect(reports.async.data.writesLost).toBeLessThan(1.5 * expected);
  });
  it('sync and quorum lose none; semiSync no more than async', () => {
    expect(reports.sync.data.writesLost).toBe(0);
    expect(reports.quorum.data.writesLost).toBe(0);
    expect(reports.semiSync.data.writesLost).toBeLessThanOrEqual(reports.async.data.writesLost);
  });
  it('the cluster is writable again after about detection + promotion (4 s, ticks 0.3 s apart)', () => {
    for (const r of Object.values(reports)) {
      expect(r.data.failovers).toBe(1);
      expect(r.data.noPrimaryMs).toBeGreaterThanOrEqual(4000);
      expect(r.data.noPrimaryMs).toBeLessThanOrEqual(4400);
    }
  });
  it('sync then refuses writes: the dead member never answers, and availability pays', () => {
    expect(reports.sync.availability).toBeLessThan(reports.quorum.availability - 0.2);
  });
});

/** Two sites; the primary's site is cut off from the other at 20 s for 20 s. */
function siteSplit(requireQuorum: boolean, replication: Cluster['replication']): Scenario {
  const db = (id: string, zone: string) => ({ id, type: 'database' as const, zone, workers: 32, serviceTimeMs: 2 });
  return scenario(
    [
      { id: 'users-a', type: 'client', zone: 'a', rate: 100, writeRatio: 0.5 },
      { id: 'app-a', type: 'server', zone: 'a', workers: 32, serviceTimeMs: 2 },
      { id: 'users-b', type: 'client', zone: 'b', rate: 100, writeRatio: 0.5 },
      { id: 'app-b', type: 'server', zone: 'b', workers: 32, serviceTimeMs: 2 },
      db('db1', 'a'), db('db2', 'b'), db('db3', 'b'),
    ],
    [
      { from: 'users-a', to: 'app-a' }, { from: 'app-a', to: 'db1' }, { from: 'users-b', to: 'app-b' }, { from: 'app-b', to: 'db2' },
      { from: 'db1', to: 'db2', latencyMs: 10 }, { from: 'db1', to: 'db3', latencyMs: 10 }, { from: 'db2', to: 'db3' },
    ],
    {
      durationMs: 60_000,
      clusters: [{ id: 'accounts', members: ['db1', 'db2', 'db3'], replication, failover: { mode: 'automatic', detectionMs: 3000, promotionMs: 1000, requireQuorum } }],
      faults: [{ type: 'partition', groups: [['users-a', 'app-a', 'db1'], ['users-b', 'app-b', 'db2', 'db3']], atMs: 20_000, durationMs: 20_000 }],
    },
  );
}

describe('a partition that isolates the primary', () => {
  it('without quorum: two primaries take writes (split brain) and one side’s writes are lost on healing', () => {
    const r = runScenario(siteSplit(false, 'async'));
    expect(r.data.splitBrainMs).toBeGreaterThan(10_000);
    // About site A's 50 writes/s for the ~16 s both were primary.
    expect(r.data.writesLost).toBeGreaterThan(500);
  });
  it('with quorum and quorum replication: no split brain, nothing lost, and the minority refuses writes', () => {
    const safe = runScenario(siteSplit(true, 'quorum'));
    const unsafe = runScenario(siteSplit(false, 'async'));
    expect(safe.data.splitBrainMs).toBe(0);
    expect(safe.data.writesLost).toBe(0);
    expect(safe.data.failovers).toBe(1);
    // Site A's writes fail while it is cut off: consistency is paid for in availability.
    expect(safe.availability).toBeLessThan(unsafe.availability - 0.05);
  });
});

describe('reads', () => {
  const lagging = (readFrom: 'primary' | 'any'): Scenario => ({
    ...primaryCrash('async'),
    faults: [],
    nodes: primaryCrash('async').nodes.map((n) => (n.type === 'client' ? { ...n, writeRatio: 0.5, keys: 20 } : n)),
    clusters: [{ id: 'orders', members: ['db1', 'db2', 'db3'], replication: 'async', readFrom }],
  });
  it('readFrom any serves stale reads from lagging replicas; readFrom primary none', () => {
    expect(runScenario(lagging('any')).data.staleReads).toBeGreaterThan(100);
    expect(runScenario(lagging('primary')).data.staleReads).toBe(0);
  });
});

describe('manual failover', () => {
  it('mode manual promotes only when the user says (a promote fault)', () => {
    const manual = (promoteAtMs?: number): Scenario => {
      const s = primaryCrash('async');
      return {
        ...s,
        clusters: [{ ...s.clusters![0], failover: { mode: 'manual' } }],
        faults: [...s.faults!, ...(promoteAtMs ? [{ type: 'promote' as const, target: 'db2', atMs: promoteAtMs }] : [])],
      };
    };
    const never = runScenario(manual());
    expect(never.data.failovers).toBe(0);
    expect(never.data.noPrimaryMs).toBe(10_000);
    const promoted = runScenario(manual(15_000));
    expect(promoted.data.failovers).toBe(1);
    expect(promoted.data.noPrimaryMs).toBe(5_000);
  });
});

describe('what a write waits for', () => {
  // Replicas 10 ms and 30 ms (one way) from the primary; no service time, no
  // client link delay: a write's latency is exactly the wait for its acknowledgements.
  const mk = (replication: Cluster['replication']): Scenario => {
    const db = (id: string) => ({ id, type: 'database' as const, workers: 256, serviceTimeMs: 0 });
    return scenario(
      [{ id: 'c', type: 'client', rate: 100, writeRatio: 1, timeoutMs: 5000 }, db('d1'), db('d2'), db('d3')],
      [{ from: 'c', to: 'd1', latencyMs: 0 }, { from: 'd1', to: 'd2', latencyMs: 10 }, { from: 'd1', to: 'd3', latencyMs: 30 }, { from: 'd2', to: 'd3', latencyMs: 5 }],
      { durationMs: 20_000, clusters: [{ id: 'k', members: ['d1', 'd2', 'd3'], replication }] },
    );
  };
  it('async nothing; semiSync and quorum the nearest replica’s round trip; sync the farthest', () => {
    expect(runScenario(mk('async')).latencyMs.max).toBe(0);
    expect(runScenario(mk('semiSync')).latencyMs.mean).toBeCloseTo(20, 6);
    expect(runScenario(mk('quorum')).latencyMs.mean).toBeCloseTo(20, 6);
    expect(runScenario(mk('sync')).latencyMs.mean).toBeCloseTo(60, 6);
  });
});
