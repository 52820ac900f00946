// What a simulated year needs from the lab's charts: axes in days, months or
// years, and lines thinned to the pixels they have without losing a dip.
import { describe, expect, it } from 'vitest';
import { formatShortTime, formatSimTime } from '../../src/app/format.ts';
import { decimate, type Point } from '../../src/app/panels/decimate.ts';
import { createRowThinner } from '../../src/app/panels/thin-rows.ts';
import { LONG_RUN_MS, longRunTicks } from '../../src/app/panels/time-ticks.ts';
import { ROW } from '../../src/engine/index.ts';

const DAY = 86_400_000;

describe('long-run axes', () => {
  it('a short run keeps its hours-and-minutes axis', () => {
    expect(longRunTicks(LONG_RUN_MS, 10)).toBeNull();
    expect(longRunTicks(60_000, 10)).toBeNull();
  });

  it('a year is read in months, a fortnight in days, ten years in years', () => {
    const year = longRunTicks(365 * DAY, 8)!;
    expect(year.values.map(year.format)).toEqual(['0', '2\u00a0mo', '4\u00a0mo', '6\u00a0mo', '8\u00a0mo', '10\u00a0mo', '12\u00a0mo']);
    expect(year.values.at(-1)).toBeCloseTo(365 * DAY, 0);
    const fortnight = longRunTicks(14 * DAY, 8)!;
    expect(fortnight.values.map(fortnight.format)).toEqual(['0', '2\u00a0d', '4\u00a0d', '6\u00a0d', '8\u00a0d', '10\u00a0d', '12\u00a0d', '14\u00a0d']);
    const decade = longRunTicks(3650 * DAY, 6)!;
    expect(decade.values.map(decade.format)).toEqual(['0', '2\u00a0y', '4\u00a0y', '6\u00a0y', '8\u00a0y', '10\u00a0y']);
    expect(longRunTicks(365 * DAY, 12)!.values).toHaveLength(13);
    // A narrow chart (room for two ticks) still gets one past 0.
    const narrow = longRunTicks(30 * DAY, 2)!;
    expect(narrow.values.map(narrow.format)).toEqual(['0', '15\u00a0d', '30\u00a0d']);
    const tiny = longRunTicks(3 * DAY, 1)!;
    expect(tiny.values.map(tiny.format)).toEqual(['0', '3\u00a0d']);
  });
});

describe('decimated chart lines', () => {
  const px = (t: number) => t / 1000;

  it('keeps each pixel column’s lowest and highest point in time order, and gaps', () => {
    const points: Point[] = [];
    for (let t = 0; t < 400_000; t += 10) points.push([t, 100]);
    points[12_345] = [123_450, 20]; // an outage, one sample long
    points[30_000] = [300_000, Number.NaN];
    const thin = decimate(points, px, 100);
    expect(thin.length).toBeLessThan(points.length / 20);
    expect(thin).toContainEqual([123_450, 20]);
    expect(thin.some(([t, v]) => t === 300_000 && Number.isNaN(v))).toBe(true);
    expect(thin.map(([t]) => t)).toEqual([...thin.map(([t]) => t)].sort((a, b) => a - b));
    expect(Math.min(...thin.filter(([, v]) => Number.isFinite(v)).map(([, v]) => v))).toBe(20);
  });

  it('leaves a line that fits its pixels alone', () => {
    const points: Point[] = [[0, 1], [1000, 2], [2000, 3]];
    expect(decimate(points, px, 100)).toBe(points);
  });
});

describe('long simulated times in words', () => {
  it('past two days, days and the clock', () => {
    expect(formatSimTime(365 * DAY)).toBe('365\u00a0d 00:00');
    expect(formatSimTime(123 * DAY + 4 * 3_600_000 + 5 * 60_000 + 59_000)).toBe('123\u00a0d 04:05');
    expect(formatShortTime(12 * DAY + 4 * 3_600_000)).toBe('12\u00a0d 4\u00a0h');
    expect(formatShortTime(30 * DAY)).toBe('30\u00a0d');
    // Shorter times read as they always did.
    expect(formatSimTime(3_725_000)).toBe('1\u00a0h 02\u00a0min 05\u00a0s');
    expect(formatShortTime(47 * 3_600_000)).toBe('47\u00a0h 00\u00a0min');
  });
});

describe('thinned metric rows', () => {
  const year = 365 * DAY;
  const row = (i: number, n: number): Float64Array => {
    const r = new Float64Array(ROW.size);
    r[ROW.tMs] = ((i + 1) * year) / n;
    r[ROW.availability] = 1;
    r[ROW.throughputPerSec] = 1;
    r[ROW.offeredPerSec] = 1;
    r[ROW.latencyP99Ms] = 20 + (i % 7);
    return r;
  };
  const yearOfRows = (n = 100_000) => {
    const rows = Array.from({ length: n }, (_, i) => row(i, n));
    const dip = Math.floor(n * 0.54321);
    rows[dip][ROW.availability] = 0; // an outage of one five-minute row
    rows[dip][ROW.throughputPerSec] = 0;
    rows[Math.floor(n * 0.77777)][ROW.latencyP99Ms] = 900; // a spike
    return rows;
  };

  it('keeps every extreme the charts show, in time order, from far fewer rows', () => {
    const rows = yearOfRows();
    const thin = createRowThinner().thin(rows, year);
    expect(thin.length).toBeLessThan(rows.length / 5);
    expect(thin).toContain(rows[54_321]);
    expect(thin).toContain(rows[77_777]);
    expect(thin[0]).toBe(rows[0]);
    expect(thin.map((r) => r[ROW.tMs])).toEqual([...thin.map((r) => r[ROW.tMs])].sort((a, b) => a - b));
  });

  it('fed the rows as they arrive, it ends with what one pass gives', () => {
    const rows = yearOfRows();
    const thinner = createRowThinner();
    for (let n = 8000; n < rows.length; n += 7919) thinner.thin(rows.slice(0, n), year);
    expect(thinner.thin(rows, year)).toEqual(createRowThinner().thin(rows, year));
    // A reset (fewer, other rows) starts over.
    const again = yearOfRows(9000);
    expect(thinner.thin(again, year)).toEqual(createRowThinner().thin(again, year));
  });

  it('leaves a short run’s rows alone', () => {
    const rows = Array.from({ length: 600 }, (_, i) => row(i, 600));
    expect(createRowThinner().thin(rows, 600_000)).toBe(rows);
  });
});
