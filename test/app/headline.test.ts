// The readouts' view-model: whole run versus the last 10 s, succeeded never
// above offered, the report at the end, and a kept run read at the same moment.
import { describe, expect, it } from 'vitest';
import { ROW, Simulation, NODE_ROW } from '../../src/engine/index.ts';
import { headline, headlineAt, rowsUntil } from '../../src/app/run/readouts.ts';
import { onlyServer } from '../worker/fixtures.ts';

function rowsOf(durationMs: number, faults = onlyServer().faults ?? []) {
  const scenario = { ...onlyServer(durationMs), faults };
  const sim = new Simulation(scenario, { recordSpans: true });
  const width = ROW.size + sim.topology.nodeIds.length * NODE_ROW.size;
  const rows: Float64Array[] = [];
  while (!sim.isDone()) {
    sim.runUntil(sim.nowMs() + 500);
    const packed = sim.takeRows();
    for (let o = 0; o + width <= packed.length; o += width) rows.push(packed.slice(o, o + width));
  }
  return { rows: rows.filter((r) => r[ROW.tMs] <= durationMs), report: sim.report() };
}

describe('headline', () => {
  const { rows, report } = rowsOf(30_000, [{ type: 'crash', target: 'web', atMs: 10_000, durationMs: 5_000 }]);

  it('at the end, the whole-run figures are the report’s exactly', () => {
    const h = headline(rows, report);
    expect(h.wholeRun).toBe(report.availability);
    expect(h.requests).toBe(report.requests.total);
    expect(h.succeeded).toBe(report.requests.succeeded);
  });

  it('mid-outage the last 10 s fall well below the whole run, and succeeded never exceeds offered', () => {
    const at = rowsUntil(rows, 14_000);
    const h = headline(at, null);
    expect(h.recent).not.toBeNull();
    expect(h.wholeRun).not.toBeNull();
    expect(h.recent as number).toBeLessThan(h.wholeRun as number);
    for (let t = 1_000; t <= 30_000; t += 1_000) {
      const x = headline(rowsUntil(rows, t), null);
      expect(x.succeededPerSec as number).toBeLessThanOrEqual(x.offeredPerSec as number);
      expect((x.failedShare as number) >= 0 && (x.failedShare as number) <= 1).toBe(true);
    }
  });

  it('early in a run the window is as long as the run so far, so rates are not diluted', () => {
    const h = headline(rowsUntil(rows, 3_000), null);
    expect(h.recentWindowMs).toBe(3_000);
    expect(h.offeredPerSec as number).toBeGreaterThan(150);
  });

  it('has no latency for an interval where nothing succeeded', () => {
    expect(headline(rowsUntil(rows, 12_000), null).p99Ms).toBeNull();
  });
});

describe('a kept run at the shown moment', () => {
  const kept = rowsOf(20_000);
  const run = { rows: kept.rows, report: kept.report, reachedMs: 20_000 };

  it('reads its rows up to the same time, and its report only at its end', () => {
    const mid = headlineAt(run, 10_000, 20_000);
    expect(mid?.requests).toBe(rowsUntil(kept.rows, 10_000).at(-1)?.[ROW.requestsTotal]);
    expect(headlineAt(run, 20_000, 20_000)?.wholeRun).toBe(kept.report.availability);
  });

  it('does not read past where it got', () => {
    const partial = { rows: rowsUntil(kept.rows, 5_000), report: null, reachedMs: 5_000 };
    expect(headlineAt(partial, 15_000, 20_000)?.requests).toBe(rowsUntil(kept.rows, 5_000).at(-1)?.[ROW.requestsTotal]);
    expect(headlineAt({ rows: [], report: null, reachedMs: 0 }, 1_000, 20_000)).toBeNull();
  });
});
