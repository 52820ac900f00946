// The causes the lab shows, as the engine hands them out: whole-run and
// recent-window counts in the metric rows, how long a health check took to
// notice a crash, how long a cluster had no primary, split brain's writes at
// risk, stale reads per replica, and a groups partition's sides.
import { describe, expect, it } from 'vitest';
import { LINK, NODE, NODE_ROW, ROW, RECENT_WINDOW_MS, Simulation, type LogEntry } from '../../src/engine/index.ts';
import { getExample } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

interface Run {
  sim: Simulation;
  rows: Float64Array[];
  log: LogEntry[];
}

/** Runs with rows and log recorded (as the worker does), to the end. */
function run(s: Scenario): Run {
  const sim = new Simulation(s, { recordSpans: true });
  const rows: Float64Array[] = [];
  const log: LogEntry[] = [];
  const width = ROW.size + sim.topology.nodeIds.length * NODE_ROW.size;
  while (!sim.isDone()) {
    sim.runUntil(sim.nowMs() + 1000);
    sim.takeSpans();
    const packed = sim.takeRows();
    for (let o = 0; o + width <= packed.length; o += width) rows.push(packed.slice(o, o + width));
    log.push(...sim.takeLog());
  }
  return { sim, rows, log };
}

/** Users → lb (health-checked) → two servers; web-1 crashes at 10 s for 10 s. */
function crashBehindBalancer(): Scenario {
  return scenario(
    [
      { id: 'users', type: 'client', rate: 200, timeoutMs: 500 },
      { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2, healthyThreshold: 2 } },
      { id: 'web-1', type: 'server', workers: 8, serviceTimeMs: 5 },
      { id: 'web-2', type: 'server', workers: 8, serviceTimeMs: 5 },
    ],
    [{ from: 'users', to: 'lb' }, { from: 'lb', to: 'web-1' }, { from: 'lb', to: 'web-2' }],
    { durationMs: 30_000, faults: [{ type: 'crash', target: 'web-1', atMs: 10_000, durationMs: 10_000 }] },
  );
}

describe('whole-run counts in the rows', () => {
  const r = run(crashBehindBalancer());
  const report = r.sim.report();

  it('the row at durationMs has every request the report counts; the drain adds only their outcomes', () => {
    const end = r.rows.find((row) => row[ROW.tMs] === 30_000) as Float64Array;
    expect(end[ROW.requestsTotal]).toBe(report.requests.total);
    const finished = report.requests.total;
    expect(end[ROW.finishedTotal]).toBeLessThanOrEqual(finished);
    expect(end[ROW.succeededTotal]).toBeLessThanOrEqual(report.requests.succeeded);
    // What the drain adds: requests still in flight at the end, a few timeouts' worth.
    expect(finished - end[ROW.finishedTotal]).toBeLessThan(200 * 0.5 + 10);
  });

  it('counts never decrease and successes never exceed requests started', () => {
    for (let i = 1; i < r.rows.length; i++) {
      expect(r.rows[i][ROW.finishedTotal]).toBeGreaterThanOrEqual(r.rows[i - 1][ROW.finishedTotal]);
      expect(r.rows[i][ROW.succeededTotal]).toBeLessThanOrEqual(r.rows[i][ROW.requestsTotal]);
    }
  });
});

describe('the recent window counts requests by their start', () => {
  const r = run(crashBehindBalancer());

  it('is RECENT_WINDOW_MS long and started equals the arrivals of its intervals', () => {
    const i = 25;
    const row = r.rows[i];
    expect(row[ROW.recentWindowMs]).toBe(RECENT_WINDOW_MS);
    const arrivals = r.rows.slice(i - 9, i + 1).reduce((a, x) => a + x[ROW.offeredPerSec], 0);
    expect(row[ROW.recentStarted]).toBe(arrivals);
  });

  it('succeeded ≤ finished ≤ started in every row, even where successes by finish time exceed arrivals', () => {
    for (const row of r.rows) {
      expect(row[ROW.recentSucceeded]).toBeLessThanOrEqual(row[ROW.recentFinished]);
      expect(row[ROW.recentFinished]).toBeLessThanOrEqual(row[ROW.recentStarted]);
    }
  });
});

describe('detection, failover and split brain in the log', () => {
  it('a health check says how long it took to notice a crash, and from when', () => {
    const r = run(crashBehindBalancer());
    const down = r.log.find((e) => e.kind === 'healthDown');
    expect(down?.sinceMs).toBe(10_000);
    const took = (down?.atMs ?? 0) - 10_000;
    // (k − 1)·interval + timeout at best, k·interval + timeout at worst.
    expect(took).toBeGreaterThanOrEqual(1500);
    expect(took).toBeLessThanOrEqual(2500);
    expect(down?.text).toContain(`down after ${(took / 1000).toFixed(1)} s`);
  });

  it('a cluster back to a writable primary says for how long it had none, as the report counts it', () => {
    const s = getExample('split-brain').scenario;
    const noSplit: Scenario = { ...s, faults: [{ type: 'crash', target: 'db-1', atMs: 20_000 }] };
    const r = run(noSplit);
    const back = r.log.find((e) => e.kind === 'failover' && e.text.includes('writable primary again'));
    expect(back?.sinceMs).toBe(20_000);
    const spanMs = (back?.atMs ?? 0) - 20_000;
    expect(back?.text).toContain(`no primary for ${(spanMs / 1000).toFixed(1)} s`);
    expect(r.sim.report().data.noPrimaryMs).toBeCloseTo(spanMs, 3);
  });

  it('a groups partition cuts exactly the links between its sides', () => {
    const s = getExample('split-brain').scenario;
    const sim = new Simulation(s, { recordSpans: true });
    sim.runUntil(30_000);
    const states = sim.linkStates();
    const zoneOf = new Map(s.nodes.map((n) => [n.id, n.zone]));
    const links = sim.topology.linkIds;
    expect(links.length).toBeGreaterThan(0);
    links.forEach((id, i) => {
      const crosses = zoneOf.get(sim.topology.nodeIds[sim.topology.linkFrom[i]]) !== zoneOf.get(sim.topology.nodeIds[sim.topology.linkTo[i]]);
      expect([id, states[i * LINK.size + LINK.cut]]).toEqual([id, crosses ? 1 : 0]);
    });
    expect(links.some((_, i) => states[i * LINK.size + LINK.cut] === 1)).toBe(true);
  });

  it('a groups partition names its sides by zone', () => {
    const r = run(getExample('split-brain').scenario);
    expect(r.log.find((e) => e.kind === 'fault')?.text).toBe('Partition: site-a | site-b');
    expect(r.log.find((e) => e.kind === 'heal')?.text).toBe('Partition healed: site-a | site-b');
  });
});

describe('split brain: writes at risk are the writes the heal discards', () => {
  const s = getExample('split-brain').scenario;
  const first = run(s);
  const stepDown = first.log.find((e) => e.kind === 'failover' && e.text.includes('stepped down'));
  const lostAt = first.log.find((e) => e.kind === 'writesLost' && e.atMs === stepDown?.atMs);

  it('the old primary steps down after the heal and its discarded writes are logged', () => {
    expect(stepDown?.atMs).toBeGreaterThan(40_000);
    expect(lostAt).toBeDefined();
  });

  it('just before the step-down, the writes at risk on the cut-off primary are exactly those discarded', () => {
    const sim = new Simulation(s, { recordSpans: true });
    sim.runUntil((stepDown?.atMs ?? 0) - 0.001);
    const states = sim.nodeStates();
    const index = sim.topology.nodeIds.indexOf('db-1');
    const atRisk = states[index * NODE.size + NODE.writesAtRisk];
    const discarded = Number(/^(\d+) acknowledged writes lost/.exec(lostAt?.text ?? '')?.[1]);
    expect(atRisk).toBeGreaterThan(100);
    expect(atRisk).toBe(discarded);
  });

  it('rows count them at risk during the split and none once it is over; the report counts them lost', () => {
    const during = first.rows.find((row) => row[ROW.tMs] === 39_000) as Float64Array;
    const after = first.rows.find((row) => row[ROW.tMs] === 45_000) as Float64Array;
    expect(during[ROW.writesAtRisk]).toBeGreaterThan(100);
    expect(during[ROW.writesAtRisk]).toBeLessThanOrEqual(during[ROW.writesLost]);
    expect(after[ROW.writesAtRisk]).toBe(0);
    expect(after[ROW.writesLost]).toBe(first.sim.report().data.writesLost);
  });
});

describe('stale reads per replica', () => {
  it('replicas count what they served stale; the primary none; they add up to the report', () => {
    const r = run(getExample('stale-reads').scenario);
    const states = r.sim.nodeStates();
    const at = (id: string) => states[r.sim.topology.nodeIds.indexOf(id) * NODE.size + NODE.staleReads];
    const total = r.sim.report().data.staleReads;
    expect(total).toBeGreaterThan(0);
    expect(at('db-1')).toBe(0);
    expect(at('db-2') + at('db-3')).toBe(total);
    expect(r.rows[r.rows.length - 1][ROW.staleReads]).toBe(total);
  });
});
