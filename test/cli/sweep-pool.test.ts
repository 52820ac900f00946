// The worker-thread pool from sources (as tsx and tests load it): rows come
// back in task order and equal the rows of runs made in this thread.
import { describe, expect, it } from 'vitest';
import { runTasks } from '../../src/cli/sweep-pool.ts';
import { getExample } from '../../src/scenario/examples/index.ts';

describe('sweep pool', () => {
  it('two threads give the rows one thread gives, in task order, with progress to the total', async () => {
    const base = getExample('redundancy').scenario;
    const scenarios = [{ ...base, durationMs: 2000 }, { ...base, durationMs: 3000 }];
    const tasks = [0, 1].flatMap((design) => [5, 6, 7].map((seed) => ({ design, seed })));
    const progress: number[] = [];
    const [here, threads] = [await runTasks(scenarios, tasks, 1), await runTasks(scenarios, tasks, 2, (done) => progress.push(done))];
    expect(threads).toEqual(here);
    expect(threads.map((r) => r.seed)).toEqual([5, 6, 7, 5, 6, 7]);
    expect(progress.at(-1)).toBe(tasks.length);
  });
});
