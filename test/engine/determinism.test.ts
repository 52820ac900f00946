// Same scenario and seed ⇒ the same trace hash, however the run is sliced,
// paused, snapshotted or given its faults live.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation, runScenario } from '../../src/engine/index.ts';
import type { Fault } from '../../src/scenario/types.ts';
import { scenarioArb } from './arbitrary.ts';

describe('determinism', () => {
  it('200 generated scenarios each give the same hash twice, and another seed another hash', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = runScenario(s);
        const b = runScenario(structuredClone(s));
        expect(b.traceHash).toBe(a.traceHash);
        expect(b).toEqual(a);
        // Poisson arrivals make event times depend on the seed; a run of only
        // constant times (or with no request at all) rightly hashes the same.
        const random = s.nodes.some((n) => n.type === 'client' && n.arrival === 'poisson');
        const other = runScenario({ ...s, seed: ((s.seed ?? 0) + 1) >>> 0 });
        if (random && a.requests.total + other.requests.total > 0) expect(other.traceHash).not.toBe(a.traceHash);
      }),
      { numRuns: 200, seed: 20261125 },
    );
  });

  it('one call and 1,000 slices give the same hash', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const whole = runScenario(s);
        const sim = new Simulation(s, { recordSpans: true });
        const step = (s.durationMs ?? 1000) / 1000;
        for (let i = 1; i <= 1000; i++) sim.runUntil(i * step);
        // Slices bounded by event count too, as the worker's time-boxed slices are.
        while (!sim.isDone()) sim.runUntil(Infinity, 7);
        expect(sim.report()).toEqual(whole);
      }),
      { numRuns: 30, seed: 7 },
    );
  });

  it('a restored snapshot continues exactly as the original run', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 0.1, max: 0.9, noNaN: true }), (s, at) => {
        const whole = runScenario(s);
        const sim = new Simulation(s);
        sim.runUntil((s.durationMs ?? 1000) * at);
        const snap = sim.snapshot();
        sim.runToEnd();
        sim.restore(snap);
        expect(sim.runToEnd()).toEqual(whole);
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('a fault injected live replays exactly from the scenario with that fault', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 2000 }), (s, atMs, forMs) => {
        const target = s.nodes[s.nodes.length - 1].id;
        const live = new Simulation(s);
        live.runUntil(atMs - 0.5);
        const crash: Fault = { type: 'crash', target, atMs };
        const index = live.injectFault(crash);
        live.runUntil(atMs + forMs - 0.5);
        live.endFault(index, atMs + forMs);
        const liveReport = live.runToEnd();
        const replay = runScenario({ ...s, faults: [...(s.faults ?? []), { ...crash, durationMs: forMs }] });
        expect(liveReport).toEqual(replay);
        expect(live.faults()[index]).toEqual({ ...crash, durationMs: forMs });
      }),
      { numRuns: 40, seed: 5 },
    );
  });
});
