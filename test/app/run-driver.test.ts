// The run driver against the real engine in-process (the worker host without
// the worker): playback, faults recorded live, seeking back, Run to end, and
// the trace hash of the recorded scenario.
import { describe, expect, it } from 'vitest';
import { NODE, Simulation, runScenario } from '../../src/engine/index.ts';
import { RunDriver } from '../../src/app/run/driver.ts';
import { windowAvailability } from '../../src/app/run/readouts.ts';
import { createAppStore, type AppStore } from '../../src/app/store/index.ts';
import { SimHost } from '../../src/worker/sim-host.ts';
import { onlyServer } from '../worker/fixtures.ts';

interface Rig {
  store: AppStore;
  driver: RunDriver;
  /** Runs `n` animation frames of 16 ms each, letting worker answers land between them. */
  frames(n: number): Promise<void>;
  settle(): Promise<void>;
}

async function rig(durationMs = 20_000): Promise<Rig> {
  const store = createAppStore(onlyServer(durationMs));
  let wall = 0;
  let pending: ((t: number) => void) | null = null;
  const host = new SimHost((s, o) => new Simulation(s, o));
  const driver = new RunDriver(store, {
    port: host,
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    wallMs: () => wall,
  });
  const settle = async () => {
    for (let i = 0; i < 50; i++) await Promise.resolve();
    // Run to end yields to the event loop between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const frames = async (n: number) => {
    for (let i = 0; i < n; i++) {
      wall += 16;
      const cb = pending;
      pending = null;
      cb?.(wall);
      await settle();
    }
  };
  await settle();
  return { store, driver, frames, settle };
}

describe('RunDriver', () => {
  it('loads the scenario and shows node states before Play', async () => {
    const { store } = await rig();
    expect(store.getState().topology?.nodeIds).toEqual(['users', 'web']);
    expect(store.getState().nodeStates?.length).toBe(2 * NODE.size);
  });

  it('plays at the chosen speed and fills metric rows', async () => {
    const { store, frames } = await rig();
    store.getState().setSpeed(10);
    store.getState().play();
    await frames(40);
    const s = store.getState();
    expect(s.simTimeMs).toBeGreaterThan(5_000);
    expect(s.simTimeMs).toBeLessThan(7_000);
    expect(s.rows.length).toBeGreaterThanOrEqual(5);
    expect(windowAvailability(s.rows)).toBe(1);
  });

  it('records a crash, drops availability, and seeking back shows the earlier numbers', async () => {
    const { store, frames } = await rig();
    store.getState().setSpeed(10);
    store.getState().play();
    await frames(30);
    const before = store.getState().rows.length;
    store.getState().injectFault({ type: 'crash', target: 'web' });
    expect(store.getState().scenario.faults?.[0]).toMatchObject({ type: 'crash', target: 'web' });
    await frames(60);
    expect(windowAvailability(store.getState().rows)).toBeLessThan(0.8);
    store.getState().pause();
    const crashAt = store.getState().scenario.faults?.[0].atMs ?? 0;
    store.getState().seek(crashAt - 1500);
    await frames(5);
    const s = store.getState();
    expect(s.seeking).toBe(false);
    expect(s.simTimeMs).toBe(crashAt - 1500);
    expect(s.rows.length).toBeLessThan(before + 1);
    expect(windowAvailability(s.rows)).toBe(1);
    // A seek to a fractional time (a click on the timeline) still shows the state there.
    store.getState().seek(crashAt - 1234.5157);
    await frames(5);
    expect(store.getState().nodeStates?.[NODE.size + NODE.up]).toBe(1);
  });

  it('runs to the end with the same trace hash as the CLI run of the recorded scenario', async () => {
    const { store, frames } = await rig();
    store.getState().setSpeed(10);
    store.getState().play();
    await frames(20);
    store.getState().injectFault({ type: 'crash', target: 'web' });
    await frames(10);
    store.getState().endFault(0);
    store.getState().runToEnd();
    for (let i = 0; i < 200 && !store.getState().done; i++) await frames(1);
    const s = store.getState();
    expect(s.done).toBe(true);
    expect(s.scenario.faults?.[0].durationMs).toBeGreaterThan(0);
    expect(s.traceHash).toBe(runScenario(s.scenario).traceHash);
    expect(s.lastRunToEnd?.requests).toBeGreaterThan(0);
  });

  it('goes back to 0 with a notice when the scenario changes', async () => {
    const { store, frames, settle } = await rig();
    store.getState().play();
    await frames(10);
    store.getState().replaceScenario(onlyServer(5_000));
    await settle();
    await frames(1);
    const s = store.getState();
    expect(s.simTimeMs).toBe(0);
    expect(s.durationMs).toBe(5_000);
    expect(s.notice).toMatch(/went back to 0 s/);
  });
});
