// The Check button's runs: each seed of a prepared check on a Web Worker
// (module workers from their own file: no blob: URL, which a strict CSP
// forbids), through the experiments room's dispatch. A runner is a function,
// so tests and the in-page fallback run the very same seeds in-process.
import { runOnPorts, type Port, type Task } from '../../experiments/index.ts';
import { runCheckSeed, type PreparedCheck, type SeedRun } from '../../lessons/index.ts';
import { withMeasures } from './seed-worker.ts';

export interface CheckRun {
  runs: Promise<SeedRun[]>;
  cancel(): void;
}

/** Runs every seed of a prepared check; `onProgress` gets the share done (0..1). */
export type CheckRunner = (prepared: PreparedCheck, onProgress: (fraction: number) => void) => CheckRun;

export const MAX_CHECK_WORKERS = 4;

function startWorker(index: number): Port {
  const worker = new Worker(new URL('./lesson.worker.ts', import.meta.url), { type: 'module', name: `nines-lesson-check-${index + 1}` });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.onmessage = (event) => onReply(event.data);
      worker.onerror = (event) => onError(new Error(event.message || 'a lesson check worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}

export function browserCheckRunner(start: (index: number) => Port = startWorker): CheckRunner {
  return (prepared, onProgress) => {
    if (!prepared.scenario) return { runs: Promise.reject(new Error('this design cannot run')), cancel: () => {} };
    const tasks: Task[] = prepared.seeds.map((seed) => ({ design: 0, seed }));
    const cores = globalThis.navigator?.hardwareConcurrency || 2;
    const ports = Array.from({ length: Math.max(1, Math.min(MAX_CHECK_WORKERS, cores, tasks.length)) }, (_, i) => start(i));
    const run = runOnPorts([withMeasures(prepared.scenario, prepared.measures)], tasks, ports, (done) => onProgress(done / tasks.length));
    return { runs: run.rows as unknown as Promise<SeedRun[]>, cancel: run.cancel };
  };
}

/** In-process, one seed after another (tests; and where workers cannot start). */
export const inlineCheckRunner: CheckRunner = (prepared, onProgress) => {
  let cancelled = false;
  const runs = (async () => {
    const out: SeedRun[] = [];
    for (const seed of prepared.seeds) {
      if (cancelled) throw new Error('cancelled');
      out.push(runCheckSeed(prepared, seed));
      onProgress(out.length / prepared.seeds.length);
      await Promise.resolve();
    }
    return out;
  })();
  return { runs, cancel: () => (cancelled = true) };
};
