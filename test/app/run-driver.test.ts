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

  it('opening another scenario starts it at 0 s without saying "the scenario changed"', async () => {
    const { store, frames, settle } = await rig();
    store.getState().play();
    await frames(10);
    store.getState().replaceScenario(onlyServer(5_000));
    await settle();
    await frames(1);
    const s = store.getState();
    expect(s.simTimeMs).toBe(0);
    expect(s.durationMs).toBe(5_000);
    expect(s.notice).toBeNull();
    expect(s.compare).toBeNull();
  });

  it('an edit after a run keeps that run to compare, says so, and starts again at 0 s', async () => {
    const { store, frames, settle } = await rig();
    store.getState().play();
    await frames(120);
    const rowsBefore = store.getState().rows.length;
    expect(rowsBefore).toBeGreaterThan(0);
    store.getState().edit('Set workers', (sc) => ({ ...sc, nodes: sc.nodes.map((n) => (n.id === 'web' ? { ...n, workers: 2 } : n)) }));
    await settle();
    await frames(1);
    const s = store.getState();
    expect(s.simTimeMs).toBe(0);
    expect(s.notice).toMatch(/starts again at 0 s; the last run is kept to compare/);
    expect(s.compare?.kind).toBe('before');
    expect(s.compare?.rows.length).toBe(rowsBefore);
    expect(s.compare?.scenario.nodes.find((n) => n.id === 'web')).toMatchObject({ workers: 4 });
  });

  it('a pinned run stays through later edits until cleared', async () => {
    const { store, frames, settle } = await rig();
    store.getState().play();
    await frames(80);
    store.getState().pinRun();
    const pinned = store.getState().compare;
    expect(pinned?.kind).toBe('pinned');
    for (const workers of [3, 5]) {
      store.getState().edit('Set workers', (sc) => ({ ...sc, nodes: sc.nodes.map((n) => (n.id === 'web' ? { ...n, workers } : n)) }));
      await settle();
      store.getState().play();
      await frames(40);
    }
    expect(store.getState().compare).toBe(pinned);
    store.getState().clearCompare();
    expect(store.getState().compare).toBeNull();
  });

  it('the shown time stops at the scenario’s end; the report comes after the drain', async () => {
    const { store, frames } = await rig(2_000);
    store.getState().setSpeed(100);
    store.getState().play();
    await frames(200);
    const s = store.getState();
    expect(s.simTimeMs).toBe(2_000);
    expect(s.done).toBe(true);
    expect(s.rows.every((r) => r[0] <= 2_000)).toBe(true);
    expect(s.log.every((e) => e.atMs <= 2_000)).toBe(true);
    expect(s.report?.availability).toBe(runScenario(onlyServer(2_000)).availability);
  });
});
