// The dispatch shared by the CLI's worker threads and the app's Web Workers,
// on fake ports that answer asynchronously and out of order: rows come back
// in task order, progress reaches the total, cancel and errors stop all.
import { describe, expect, it } from 'vitest';
import { Cancelled, createWorkerHandler, runOnPorts, runOne, type Port, type WorkerReply, type WorkerRequest } from '../../src/experiments/index.ts';
import { getExample } from '../../src/scenario/examples/index.ts';

const base = getExample('redundancy').scenario;
const scenarios = [{ ...base, durationMs: 1000 }, { ...base, durationMs: 2000 }];
const tasks = [0, 1].flatMap((design) => [1, 2, 3, 4].map((seed) => ({ design, seed })));

/** A port whose worker is createWorkerHandler in this thread, answering after `delayMs`. */
function fakePort(delayMs: number, log: string[] = []): Port {
  let onReply: (reply: WorkerReply) => void = () => {};
  let alive = true;
  const handle = createWorkerHandler((reply) => setTimeout(() => alive && onReply(reply), delayMs));
  return {
    post: (message: WorkerRequest) => {
      log.push(message.type);
      setTimeout(() => alive && handle(message), delayMs);
    },
    listen: (reply) => {
      onReply = reply;
    },
    terminate: () => {
      alive = false;
      log.push('terminated');
    },
  };
}

describe('worker pool', () => {
  it('returns rows in task order from workers that finish out of order', async () => {
    const progress: number[] = [];
    const rows = await runOnPorts(scenarios, tasks, [fakePort(5), fakePort(1), fakePort(3)], (done) => progress.push(done)).rows;
    expect(rows).toEqual(tasks.map((t) => runOne(scenarios[t.design], t.seed)));
    expect(progress.at(-1)).toBe(tasks.length);
  });

  it('sends the designs once, first, then keeps two runs in flight per worker', async () => {
    const log: string[] = [];
    await runOnPorts(scenarios, tasks, [fakePort(1, log)]).rows;
    expect(log.slice(0, 3)).toEqual(['designs', 'run', 'run']);
    expect(log.filter((m) => m === 'designs')).toHaveLength(1);
    expect(log.at(-1)).toBe('terminated');
  });

  it('cancel stops every worker and rejects with Cancelled', async () => {
    const log: string[] = [];
    const run = runOnPorts(scenarios, tasks, [fakePort(20, log), fakePort(20, log)]);
    run.cancel();
    await expect(run.rows).rejects.toBeInstanceOf(Cancelled);
    expect(log.filter((m) => m === 'terminated')).toHaveLength(2);
  });

  it("a run's error stops the pool with a message naming its seed", async () => {
    const broken = [{ ...base, nodes: [] }];
    await expect(runOnPorts(broken as never, [{ design: 0, seed: 9 }], [fakePort(1)]).rows).rejects.toThrow(/the run of seed 9 failed in a worker/);
  });

  it('no tasks: done at once', async () => {
    expect(await runOnPorts(scenarios, [], [fakePort(1)]).rows).toEqual([]);
  });
});
