// A Web Worker that runs one seed of a lesson's check at a time (the Check
// button starts a few). Its work is seed-worker.ts; this file only connects
// it to the worker's messages, and only inside a worker.
import type { WorkerRequest } from '../../experiments/index.ts';
import { createSeedHandler } from './seed-worker.ts';

declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope;
if (inWorker) {
  const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
  const handle = createSeedHandler((reply) => scope.postMessage(reply));
  scope.onmessage = (event) => handle(event.data);
}
