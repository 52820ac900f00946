// The Throughput chart never shows more succeeded than offered: a backlog that
// drains after an outage finishes more requests in an interval than start in it
// (the engine counts successes by finish time), and the line is capped there.
import { describe, expect, it } from 'vitest';
import { NODE_ROW, ROW, Simulation } from '../../src/engine/index.ts';
import { cappedNote, throughputLines } from '../../src/app/panels/throughput-series.ts';
import { getExample } from '../../src/scenario/index.ts';

function row(tMs: number, offered: number, succeeded: number): Float64Array {
  const r = new Float64Array(ROW.size);
  r[ROW.tMs] = tMs;
  r[ROW.offeredPerSec] = offered;
  r[ROW.throughputPerSec] = succeeded;
  return r;
}

describe('the Throughput chart’s lines', () => {
  it('draws succeeded at most at offered, interval by interval, and counts where it capped', () => {
    const lines = throughputLines([row(1000, 100, 100), row(2000, 100, 0), row(3000, 100, 180), row(4000, 100, 99)]);
    expect(lines.offered.map((p) => p[1])).toEqual([100, 100, 100, 100]);
    expect(lines.succeeded.map((p) => p[1])).toEqual([100, 0, 100, 99]);
    expect(lines.succeeded.map((p) => p[0])).toEqual([1000, 2000, 3000, 4000]);
    expect(lines.capped).toBe(1);
    expect(lines.drained).toBe(1);
    expect(cappedNote(lines)?.full).toMatch(/capped at offered where a backlog drained/);
  });

  it('caps the jitter of a second’s edges without calling it a backlog', () => {
    const lines = throughputLines([row(1000, 150, 156), row(2000, 150, 144)]);
    expect(lines.succeeded.map((p) => p[1])).toEqual([150, 144]);
    expect(lines.capped).toBe(1);
    expect(lines.drained).toBe(0);
    expect(cappedNote(lines)).toBeNull();
  });

  it('on a real run whose queue drains after an outage, never draws succeeded above offered', () => {
    const scenario = getExample('queue-absorbs-outage').scenario;
    const sim = new Simulation(scenario, { recordSpans: true });
    sim.runUntil(scenario.durationMs ?? 60_000);
    const width = ROW.size + sim.topology.nodeIds.length * NODE_ROW.size;
    const packed = sim.takeRows();
    const rows: Float64Array[] = [];
    for (let o = 0; o + width <= packed.length; o += width) rows.push(packed.subarray(o, o + width));
    // The engine's rows do count more successes than arrivals in some interval (by finish time)…
    expect(rows.some((r) => r[ROW.throughputPerSec] > r[ROW.offeredPerSec])).toBe(true);
    // …the chart never shows it, and says why.
    const lines = throughputLines(rows);
    lines.succeeded.forEach((p, i) => expect(p[1]).toBeLessThanOrEqual(lines.offered[i][1]));
    expect(cappedNote(lines)).not.toBeNull();
  });

  it('says nothing when nothing was capped', () => {
    const lines = throughputLines([row(1000, 100, 100), row(2000, 50, 20)]);
    expect(lines.capped).toBe(0);
    expect(cappedNote(lines)).toBeNull();
  });
});
