import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { axisGate, axisKey } from '../../src/app/panels/axis-gate.ts';

const fmt = (v: number) => `${v}`;

describe('axis redraw needed', () => {
  it('is needed the first time, not again for the same scale, ticks and labels', () => {
    const gate = axisGate();
    const x = scaleLinear().domain([0, 60_000]).range([42, 400]);
    expect(gate.needed(axisKey(x, x.ticks(5), fmt))).toBe(true);
    const same = scaleLinear().domain([0, 60_000]).range([42, 400]);
    expect(gate.needed(axisKey(same, same.ticks(5), fmt))).toBe(false);
  });

  it('is needed when the domain widens, the chart is resized, a label or the extra part changes', () => {
    const gate = axisGate();
    const y = scaleLinear().domain([0, 100]).range([200, 8]);
    gate.needed(axisKey(y, y.ticks(4), fmt, '400'));
    const wider = scaleLinear().domain([0, 150]).range([200, 8]);
    expect(gate.needed(axisKey(wider, wider.ticks(4), fmt, '400'))).toBe(true);
    const taller = scaleLinear().domain([0, 150]).range([300, 8]);
    expect(gate.needed(axisKey(taller, taller.ticks(4), fmt, '400'))).toBe(true);
    expect(gate.needed(axisKey(taller, taller.ticks(4), (v) => `${v} ms`, '400'))).toBe(true);
    expect(gate.needed(axisKey(taller, taller.ticks(4), (v) => `${v} ms`, '500'))).toBe(true);
    expect(gate.needed(axisKey(taller, taller.ticks(4), (v) => `${v} ms`, '500'))).toBe(false);
  });

  it('keeps two gates apart', () => {
    const a = axisGate();
    const b = axisGate();
    expect(a.needed('k')).toBe(true);
    expect(b.needed('k')).toBe(true);
  });
});
