// The page's handle on the simulation worker. The run driver talks to any
// `SimWorkerApi` whose methods may be async, so tests can hand it a SimHost
// directly and the app hands it this Comlink proxy.
import * as Comlink from 'comlink';
import type { SimWorkerApi } from './protocol.ts';

/** Every method of the worker API, answered as a promise or at once. */
export type SimPort = { [K in keyof SimWorkerApi]: (...args: Parameters<SimWorkerApi[K]>) => Promise<ReturnType<SimWorkerApi[K]>> | ReturnType<SimWorkerApi[K]> };

export interface SimWorkerClient {
  port: SimPort;
  terminate(): void;
}

export function startSimWorker(): SimWorkerClient {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'nines-sim' });
  const remote = Comlink.wrap<SimWorkerApi>(worker);
  return {
    port: remote as unknown as SimPort,
    terminate: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
