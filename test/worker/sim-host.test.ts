// The worker's host keeps the run deterministic however the page drives it:
// sliced, paused, sought back and forth, with faults injected live or in the
// past, the trace hash equals a fresh run of the recorded scenario.
import { describe, expect, it } from 'vitest';
import { NODE, Simulation, runScenario } from '../../src/engine/index.ts';
import type { Fault, Scenario } from '../../src/scenario/types.ts';
import { FAR_FUTURE_MS, type Delta } from '../../src/worker/protocol.ts';
import { SimHost } from '../../src/worker/sim-host.ts';
import { onlyServer } from './fixtures.ts';

function host(): SimHost {
  return new SimHost((scenario, options) => new Simulation(scenario, options));
}

/** Advances in small steps of simulated time until done; returns the last delta. */
function runOut(h: SimHost, stepMs = 700): Delta {
  let delta: Delta;
  let at = 0;
  do {
    at += stepMs;
    delta = h.advance({ toMs: at, viewFromMs: 0 });
  } while (!delta.done);
  return delta;
}

function advanceTo(h: SimHost, ms: number): Delta {
  let delta: Delta;
  do delta = h.advance({ toMs: ms, viewFromMs: 0 });
  while (delta.catchingUp || (delta.toMs < ms && !delta.done));
  return delta;
}

const withFaults = (s: Scenario, faults: Fault[]): Scenario => ({ ...s, faults: [...(s.faults ?? []), ...faults] });

describe('SimHost', () => {
  it('gives the CLI trace hash when run in slices', () => {
    const scenario = onlyServer();
    const h = host();
    h.load(scenario);
    expect(runOut(h).traceHash).toBe(runScenario(scenario).traceHash);
  });

  it('returns metric rows and spans while running', () => {
    const h = host();
    const info = h.load(onlyServer());
    let rows = 0;
    let spans = 0;
    let delta: Delta;
    do {
      delta = h.advance({ toMs: 3_000, viewFromMs: 0 });
      rows += delta.rows.length;
      spans += delta.spans.length;
    } while (delta.toMs < 3_000);
    expect(rows).toBe(3 * info.rowWidth);
    expect(spans).toBeGreaterThan(0);
    expect(delta.nodeStates.length).toBe(2 * NODE.size);
  });

  it('keeps the hash after seeking back and forth', () => {
    const scenario = onlyServer();
    const h = host();
    h.load(scenario);
    advanceTo(h, 7_300);
    expect(h.seek(2_500)).toEqual({ resumeMs: 2_500 });
    const back = advanceTo(h, 2_500);
    expect(back.toMs).toBe(2_500);
    expect(h.seek(9_000)).toEqual({});
    expect(runOut(h).traceHash).toBe(runScenario(scenario).traceHash);
  });

  it('replays a fault injected live exactly as the recorded scenario', () => {
    const scenario = onlyServer();
    const h = host();
    h.load(scenario);
    advanceTo(h, 3_000);
    const crash: Fault = { type: 'crash', target: 'web', atMs: 3_001 };
    expect(h.inject(crash)).toEqual({ faultIndex: 0 });
    advanceTo(h, 5_000);
    expect(h.endFault(0, 5_001)).toEqual({});
    const recorded = withFaults(scenario, [{ ...crash, durationMs: 2_000 }]);
    expect(runOut(h).traceHash).toBe(runScenario(recorded).traceHash);
  });

  it('re-runs from a snapshot when a fault lands before the worker time', () => {
    const scenario = onlyServer();
    const h = host();
    h.load(scenario);
    advanceTo(h, 6_000);
    const crash: Fault = { type: 'crash', target: 'web', atMs: 4_500 };
    const result = h.inject(crash);
    expect(result.resumeMs).toBeCloseTo(4_499.999, 6);
    advanceTo(h, 7_000);
    h.seek(3_000);
    advanceTo(h, 8_000);
    expect(h.endFault(0, 6_000).resumeMs).toBeCloseTo(5_999.999, 6);
    const recorded = withFaults(scenario, [{ ...crash, durationMs: 1_500 }]);
    expect(runOut(h).traceHash).toBe(runScenario(recorded).traceHash);
  });

  it('runs to the end in bounded slices', () => {
    const h = host();
    h.load(onlyServer(60_000));
    let calls = 0;
    let delta: Delta;
    do {
      delta = h.advance({ toMs: FAR_FUTURE_MS, viewFromMs: FAR_FUTURE_MS, budgetMs: 5 });
      calls++;
    } while (!delta.done);
    expect(calls).toBeGreaterThan(1);
    expect(delta.report?.requests.total).toBeGreaterThan(10_000);
  });

  it('streams Run to end from one call, and stops between slices when cancelled', async () => {
    const scenario = onlyServer(60_000);
    const h = host();
    h.load(scenario);
    const deltas: Delta[] = [];
    const run = h.runToEnd((d) => {
      deltas.push(d);
      if (deltas.length === 2) h.cancelRunToEnd();
    }, 2);
    await run;
    expect(deltas.length).toBe(2);
    expect(deltas[1].done).toBe(false);
    await h.runToEnd((d) => deltas.push(d), 5);
    expect(deltas[deltas.length - 1].done).toBe(true);
    expect(deltas[deltas.length - 1].traceHash).toBe(runScenario(scenario).traceHash);
  });
});
