// What must hold in every run is asserted where it holds (kernel/assert.ts);
// the determinism fuzz runs them on hundreds of scenarios. Here: a broken
// invariant stops the run, and a clock that does not advance stops it too.
import { describe, expect, it } from 'vitest';
import { ClockStuckError, InvariantError, Simulation, runScenario } from '../../src/engine/index.ts';
import { createEventQueue, pop, schedule, type Popped } from '../../src/engine/kernel/event-queue.ts';
import { scenario } from './helpers.ts';

/** A balancer probing every 0.0004 ms: 0 µs once rounded, so its checks never let time move. Validation refuses it; the engine must not hang on it. */
const frozen = scenario(
  [
    { id: 'c', type: 'client', rate: 10 },
    { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 0.0004, timeoutMs: 100 } },
    { id: 's', type: 'server' },
  ],
  [{ from: 'c', to: 'lb' }, { from: 'lb', to: 's' }],
  { durationMs: 10_000 },
);

describe('the simulated clock', () => {
  it('a run whose clock cannot advance stops with an error saying so, instead of hanging', () => {
    expect(() => runScenario(frozen)).toThrow(ClockStuckError);
    expect(() => runScenario(frozen)).toThrow(/clock is stuck at 0 ms: 1,000,000 events without time moving/);
  });

  it('stops the same way when run in slices (the count survives between slices)', () => {
    const sim = new Simulation(frozen);
    let slices = 0;
    expect(() => {
      while (!sim.isDone() && slices < 10_000) {
        sim.runUntil(Infinity, 1000);
        slices++;
      }
    }).toThrow(ClockStuckError);
    expect(slices).toBeGreaterThan(900);
  });
});

describe('invariants', () => {
  it('an event scheduled before the current time is refused', () => {
    const q = createEventQueue();
    const p: Popped = { time: 0, type: 0, a: 0, b: 0 };
    schedule(q, 10, 1, 0, 0);
    pop(q, p);
    expect(() => schedule(q, 9, 1, 0, 0)).toThrow(InvariantError);
    expect(() => schedule(q, Number.NaN, 1, 0, 0)).toThrow(InvariantError);
    expect(() => schedule(q, 10, 1, 0, 0)).not.toThrow();
  });
});
