// The Experiments panel's state against real runs on fake workers (the
// dispatch the browser uses, in this thread): a sweep's summary is the rows'
// statistics, A/B pairs the pinned design with this one on the same seeds,
// cancel stops it, a design that cannot run says why.
import { describe, expect, it } from 'vitest';
import { createExperimentStore, type Runner } from '../../../src/app/experiments/experiment-store.ts';
import { createWorkerHandler, runOnPorts, runOne, summarizeRuns, type Port } from '../../../src/experiments/index.ts';
import { getExample } from '../../../src/scenario/examples/index.ts';

function inThread(delayMs = 0): Port {
  let onReply: Parameters<Port['listen']>[0] = () => {};
  let alive = true;
  const handle = createWorkerHandler((reply) => setTimeout(() => alive && onReply(reply), delayMs));
  return {
    post: (m) => void setTimeout(() => alive && handle(m), delayMs),
    listen: (reply) => void (onReply = reply),
    terminate: () => void (alive = false),
  };
}

const runner: Runner = (scenarios, tasks, onProgress) => runOnPorts(scenarios, tasks, [inThread(), inThread()], onProgress);
const spof = { ...getExample('single-point-of-failure').scenario, durationMs: 30_000 };
const redundancy = { ...getExample('redundancy').scenario, durationMs: 30_000 };

describe('experiment store', () => {
  it('a sweep of the current design: rows of seeds 1..N and their summary', async () => {
    const store = createExperimentStore(runner, () => 0);
    store.getState().setSeedCount(5);
    const running = store.getState().runSweep(spof, 7);
    expect(store.getState()).toMatchObject({ status: 'running', running: 'sweep', total: 5 });
    await running;
    const { sweep, status, done } = store.getState();
    expect([status, done]).toEqual(['done', 5]);
    expect(sweep!.revision).toBe(7);
    expect(sweep!.rows).toEqual([1, 2, 3, 4, 5].map((seed) => runOne(spof, seed)));
    expect(sweep!.summary).toEqual(summarizeRuns(sweep!.rows));
  });

  it('A/B: the pinned design is A, this one B, on the same seeds', async () => {
    const store = createExperimentStore(runner);
    store.getState().setSeedCount(4);
    store.getState().pin(spof);
    await store.getState().runAb(redundancy, 3);
    const ab = store.getState().ab!;
    expect(ab.compare.a).toBe(spof.name);
    expect(ab.compare.b).toBe(redundancy.name);
    expect(ab.rowsA.map((r) => r.seed)).toEqual([1, 2, 3, 4]);
    expect(ab.rowsB.map((r) => r.seed)).toEqual([1, 2, 3, 4]);
    expect(ab.compare.metrics.availability.diff).toBeGreaterThan(0.2);
    // Unpinning drops the comparison with it.
    store.getState().unpin();
    expect(store.getState().ab).toBeNull();
  });

  it('cancel stops the runs and says so; the previous result stays', async () => {
    const slow: Runner = (scenarios, tasks, onProgress) => runOnPorts(scenarios, tasks, [inThread(30)], onProgress);
    const store = createExperimentStore(slow);
    store.getState().setSeedCount(20);
    const running = store.getState().runSweep(spof, 1);
    store.getState().cancel();
    await running;
    expect(store.getState()).toMatchObject({ status: 'cancelled', running: null, sweep: null, message: 'Cancelled.' });
  });

  it('a design that cannot run says why, without starting a worker', async () => {
    let started = false;
    const store = createExperimentStore((...args) => ((started = true), runner(...args)));
    await store.getState().runSweep({ ...spof, nodes: [{ ...spof.nodes[0], rate: -1 } as never, ...spof.nodes.slice(1)] }, 1);
    expect(started).toBe(false);
    expect(store.getState().status).toBe('error');
    expect(store.getState().message).toMatch(/^The design cannot run: nodes\[0\]\.rate: /);
  });

  it('keeps the seed count between 2 and 1000', () => {
    const store = createExperimentStore(runner);
    store.getState().setSeedCount(1);
    expect(store.getState().seedCount).toBe(2);
    store.getState().setSeedCount(5000);
    expect(store.getState().seedCount).toBe(1000);
  });
});
