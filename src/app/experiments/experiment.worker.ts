// A Web Worker that runs experiment runs (a scenario on one seed) for the
// Experiments panel. The dispatch, in the experiments room, is the very one
// the CLI's worker threads use; this file only connects it to the worker's
// messages, and only inside a worker, so Node tests can import it.
import { createWorkerHandler, type WorkerRequest } from '../../experiments/index.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope;
if (inWorker) {
  const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
  const handle = createWorkerHandler((reply) => scope.postMessage(reply));
  scope.onmessage = (event) => handle(event.data);
}
