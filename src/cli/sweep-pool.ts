// Runs many (design, seed) tasks on N worker threads (the dispatch is the
// experiments room's, shared with the app's Web Workers). The worker is this
// very module: in the bundled CLI `import.meta.url` is the bundle, which
// holds it; from sources (tsx, tests) the worker first registers tsx's
// loader. With one job, or one task, everything runs here with no thread.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createWorkerHandler, runOnPorts, runOne, type OnProgress, type Port, type RunRow, type Task, type WorkerRequest } from '../experiments/index.ts';
import type { Scenario } from '../scenario/index.ts';

const ROLE = 'nines-sweep-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const port = parentPort!;
  const handle = createWorkerHandler((reply) => port.postMessage(reply));
  port.on('message', (request: WorkerRequest) => handle(request));
}

export async function runTasks(scenarios: readonly Scenario[], tasks: readonly Task[], jobs: number, onProgress: OnProgress = () => {}): Promise<RunRow[]> {
  const threads = Math.min(jobs, tasks.length);
  if (threads <= 1) return runHere(scenarios, tasks, onProgress);
  return runOnPorts(scenarios, tasks, Array.from({ length: threads }, startWorker), onProgress).rows;
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
function startWorker(): Port {
  const self = new URL(import.meta.url);
  const options = { workerData: { role: ROLE } };
  let worker: Worker;
  if (!self.pathname.endsWith('.ts')) worker = new Worker(self, options);
  else {
    // The ESM build of tsx's API; resolving 'tsx/esm/api' here would give the CommonJS one.
    const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(self.href)}); })`;
    worker = new Worker(boot, { ...options, eval: true });
  }
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.on('message', onReply);
      worker.on('error', onError);
    },
    terminate: () => void worker.terminate(),
  };
}
