// What reaches the store from worker deltas: only what the shown time has
// reached, nothing of the drain after the scenario's end, the report once the
// display is at the end, and nothing past a change of the past.
import { describe, expect, it } from 'vitest';
import { NODE_ROW, ROW, type LogEntry } from '../../src/engine/index.ts';
import { PageData } from '../../src/app/run/page-data.ts';
import { createAppStore } from '../../src/app/store/index.ts';
import type { Delta } from '../../src/worker/index.ts';
import type { Report } from '../../src/scenario/index.ts';
import { onlyServer } from '../worker/fixtures.ts';

const WIDTH = ROW.size + 2 * NODE_ROW.size;

function rowsAt(...times: number[]): Float64Array {
  const out = new Float64Array(times.length * WIDTH);
  times.forEach((t, i) => (out[i * WIDTH + ROW.tMs] = t));
  return out;
}

function delta(fromMs: number, toMs: number, rows: number[], log: LogEntry[] = [], done = false): Delta {
  return {
    fromMs, toMs, catchingUp: false, done, events: toMs, spans: new Float64Array(0), rows: rowsAt(...rows), log,
    nodeStates: new Float64Array([toMs]), linkStates: new Float64Array(0),
    ...(done ? { traceHash: 'abc', report: { availability: 0.5 } as unknown as Report } : {}),
  };
}

function rig() {
  const store = createAppStore(onlyServer(10_000));
  store.setState({ durationMs: 10_000, rowWidth: WIDTH });
  const data = new PageData(store, store.getState().live);
  return { store, data, show: (ms: number) => { store.getState().live.displayMs = ms; data.commit({}); } };
}

describe('PageData', () => {
  it('hands the store only what the shown time has reached', () => {
    const { store, data, show } = rig();
    data.take(delta(0, 3000, [1000, 2000, 3000], [{ atMs: 2500, kind: 'crash', subject: 'web', text: 'Web crashed' }]), true);
    show(2000);
    expect(store.getState().rows.map((r) => r[ROW.tMs])).toEqual([1000, 2000]);
    expect(store.getState().log).toEqual([]);
    show(3000);
    expect(store.getState().rows.length).toBe(3);
    expect(store.getState().log.length).toBe(1);
    expect(store.getState().nodeStates?.[0]).toBe(3000);
  });

  it('keeps nothing of the drain: rows, log and states after the end never reach the screen', () => {
    const { store, data, show } = rig();
    data.take(delta(0, 10_000, [9000, 10_000]), true);
    data.take(delta(10_000, 10_400, [], [{ atMs: 10_300, kind: 'alertResolved', subject: 'a', text: 'resolved' }], true), true);
    expect(data.horizonMs).toBe(10_000);
    expect(data.shownLimitMs).toBe(10_000);
    show(10_000);
    const s = store.getState();
    expect(s.rows.map((r) => r[ROW.tMs])).toEqual([9000, 10_000]);
    expect(s.log).toEqual([]);
    expect(s.nodeStates?.[0]).toBe(10_000);
    // At the end, with the worker done: the report is on screen.
    expect(s.done).toBe(true);
    expect(s.report?.availability).toBe(0.5);
  });

  it('a change of the past drops what the page had after it', () => {
    const { store, data, show } = rig();
    data.take(delta(0, 5000, [1000, 2000, 3000, 4000, 5000]), true);
    show(5000);
    data.resumeAt(2500);
    expect(store.getState().rows.map((r) => r[ROW.tMs])).toEqual([1000, 2000]);
    expect(data.reachedMs).toBe(2500);
    expect(store.getState().done).toBe(false);
  });
});
