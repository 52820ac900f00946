// Readout arithmetic and formatting: the numbers a class reads off the screen.
import { describe, expect, it } from 'vitest';
import { ROW, SPAN } from '../../src/engine/frames.ts';
import { formatLatency, formatNines, formatPercent, formatRate, formatSimTime } from '../../src/app/format.ts';
import { ninesOf, runAvailability, windowAvailability } from '../../src/app/run/readouts.ts';
import { SpanBuffer } from '../../src/app/store/index.ts';

interface Counts {
  tMs: number;
  /** Whole run so far: started, succeeded, with an outcome. */
  total: [number, number, number];
  /** The recent window, by start time: started, succeeded, with an outcome. */
  recent: [number, number, number];
}

function row({ tMs, total, recent }: Counts): Float64Array {
  const r = new Float64Array(ROW.size);
  r[ROW.tMs] = tMs;
  [r[ROW.requestsTotal], r[ROW.succeededTotal], r[ROW.finishedTotal]] = total;
  [r[ROW.recentStarted], r[ROW.recentSucceeded], r[ROW.recentFinished]] = recent;
  r[ROW.recentWindowMs] = 10_000;
  r[ROW.throughputPerSec] = recent[1] / 10;
  return r;
}

describe('availability readouts', () => {
  const healthy = row({ tMs: 20_000, total: [2000, 1990, 1990], recent: [1000, 995, 995] });
  const crashed = row({ tMs: 25_000, total: [2500, 2240, 2480], recent: [1000, 500, 990] });

  it('is 1 while every request succeeds, and has no nines to count', () => {
    expect(windowAvailability([healthy])).toBe(1);
    expect(runAvailability([healthy])).toBe(1);
    expect(ninesOf(1)).toBeNull();
    expect(formatNines(null)).toBe('no failed requests');
  });

  it('the whole run is of every request with an outcome so far; the window of those started in it', () => {
    expect(runAvailability([healthy, crashed])).toBeCloseTo(2240 / 2480, 12);
    expect(windowAvailability([healthy, crashed])).toBeCloseTo(500 / 990, 12);
    expect(runAvailability([])).toBeNull();
  });

  it('counts nines: 99.9 % is 3', () => {
    expect(ninesOf(0.999)).toBeCloseTo(3, 10);
    expect(formatNines(ninesOf(0.9995))).toBe('3.3\u00a0nines');
  });
});

describe('formats carry their units', () => {
  it('formats time, percentages, latency and rates', () => {
    expect(formatSimTime(12_345)).toBe('12.3\u00a0s');
    expect(formatSimTime(125_300)).toBe('2\u00a0min 05.3\u00a0s');
    expect(formatPercent(0.99996)).toBe('99.996\u00a0%');
    expect(formatPercent(1)).toBe('100\u00a0%');
    expect(formatLatency(4.25)).toBe('4.3\u00a0ms');
    expect(formatLatency(1250)).toBe('1.25\u00a0s');
    expect(formatRate(1060)).toBe('1.06\u00a0k\u00a0req/s');
  });
});

describe('SpanBuffer', () => {
  it('appends, grows and prunes in order', () => {
    const buffer = new SpanBuffer();
    const spans = new Float64Array(SPAN.size * 3000);
    for (let i = 0; i < 3000; i++) spans[i * SPAN.size + SPAN.arrivesMs] = i;
    buffer.append(spans);
    expect(buffer.count).toBe(3000);
    buffer.pruneBefore(2990);
    expect(buffer.count).toBe(10);
    expect(buffer.packed[SPAN.arrivesMs]).toBe(2990);
  });
});
