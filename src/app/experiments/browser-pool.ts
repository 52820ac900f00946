// Experiment runs on Web Workers: as many as the machine has cores, at most
// 8 (and no more than there are runs). Each is a module worker built from its
// own file (no blob: URL, which a strict CSP forbids).
import { runOnPorts, type OnProgress, type PoolRun, type Port, type Task } from '../../experiments/index.ts';
import type { Scenario } from '../../scenario/index.ts';

export const MAX_EXPERIMENT_WORKERS = 8;

export function workerCount(tasks: number, cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(MAX_EXPERIMENT_WORKERS, cores || 2, tasks));
}

function startWorker(index: number): Port {
  const worker = new Worker(new URL('./experiment.worker.ts', import.meta.url), { type: 'module', name: `nines-experiment-${index + 1}` });
  return {
    post: (message) => worker.postMessage(message),
    listen: (onReply, onError) => {
      worker.onmessage = (event) => onReply(event.data);
      worker.onerror = (event) => onError(new Error(event.message || 'an experiment worker failed'));
    },
    terminate: () => worker.terminate(),
  };
}

/** Starts the runs; `start` makes a port (injectable for tests). */
export function runInBrowser(
  scenarios: readonly Scenario[],
  tasks: readonly Task[],
  onProgress: OnProgress,
  start: (index: number) => Port = startWorker,
): PoolRun {
  const ports = Array.from({ length: workerCount(tasks.length) }, (_, i) => start(i));
  return runOnPorts(scenarios, tasks, ports, onProgress);
}
