// Runs many (design, seed) tasks on N worker threads and returns their rows
// in task order, whatever order they finished in. The worker is this very
// module: in the bundled CLI `import.meta.url` is the bundle, which holds
// it; from sources (tsx, tests) the worker loads this file through tsx. With
// one job, or one task, everything runs here with no thread at all.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runOne, type RunRow } from '../experiments/index.ts';
import type { Scenario } from '../scenario/index.ts';

const ROLE = 'nines-sweep-worker';

export interface Task {
  /** Index into the scenarios: a grid point of a sweep, or A/B of a comparison. */
  design: number;
  seed: number;
}

/** `done` counts finished runs, fractions of the ones under way included. */
export type OnProgress = (done: number) => void;

type Request = { id: number; design: number; seed: number };
type Reply = { id: number; row: RunRow } | { id: number; fraction: number } | { id: number; error: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve((workerData as { scenarios: Scenario[] }).scenarios);

function serve(scenarios: Scenario[]): void {
  const port = parentPort!;
  port.on('message', ({ id, design, seed }: Request) => {
    try {
      const row = runOne(scenarios[design], seed, (fraction) => port.postMessage({ id, fraction } satisfies Reply));
      port.postMessage({ id, row } satisfies Reply);
    } catch (err) {
      port.postMessage({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies Reply);
    }
  });
}

export async function runTasks(scenarios: readonly Scenario[], tasks: readonly Task[], jobs: number, onProgress: OnProgress = () => {}): Promise<RunRow[]> {
  const threads = Math.min(jobs, tasks.length);
  if (threads <= 1) return runHere(scenarios, tasks, onProgress);
  return runOnThreads(scenarios, tasks, threads, onProgress);
}

function runHere(scenarios: readonly Scenario[], tasks: readonly Task[], onProgress: OnProgress): RunRow[] {
  return tasks.map((task, i) => {
    const row = runOne(scenarios[task.design], task.seed, (fraction) => onProgress(i + fraction));
    onProgress(i + 1);
    return row;
  });
}

/**
 * The bundled CLI starts the bundle itself as the worker. From sources the
 * worker first registers tsx's loader (an --import flag is not honoured in
 * workers on Node 20), then imports this file.
 */
function startWorker(scenarios: readonly Scenario[]): Worker {
  const self = new URL(import.meta.url);
  const workerData = { role: ROLE, scenarios };
  if (!self.pathname.endsWith('.ts')) return new Worker(self, { workerData });
  // The ESM build of tsx's API; resolving 'tsx/esm/api' here would give the CommonJS one.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

function runOnThreads(scenarios: readonly Scenario[], tasks: readonly Task[], threads: number, onProgress: OnProgress): Promise<RunRow[]> {
  const rows: RunRow[] = new Array(tasks.length);
  const partial = new Float64Array(tasks.length);
  const workers = Array.from({ length: threads }, () => startWorker(scenarios));
  let next = 0;
  let finished = 0;
  let partialSum = 0;
  return new Promise<RunRow[]>((resolve, reject) => {
    const stop = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(rows);
    };
    const send = (w: Worker) => {
      if (next < tasks.length) {
        const id = next++;
        w.postMessage({ id, ...tasks[id] } satisfies Request);
      }
    };
    for (const w of workers) {
      w.on('message', (reply: Reply) => {
        if ('fraction' in reply) {
          partialSum += reply.fraction - partial[reply.id];
          partial[reply.id] = reply.fraction;
          onProgress(finished + partialSum);
          return;
        }
        if ('error' in reply) return stop(new Error(`run ${tasks[reply.id].seed} failed in a worker: ${reply.error}`));
        rows[reply.id] = reply.row;
        partialSum -= partial[reply.id];
        partial[reply.id] = 0;
        finished++;
        onProgress(finished + partialSum);
        if (finished === tasks.length) stop();
        else send(w);
      });
      w.on('error', (err) => stop(err));
      // Two tasks in flight per worker, so it never waits for the next one.
      send(w);
      send(w);
    }
  });
}
