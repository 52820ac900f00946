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
  const port: SimPort = {
    load: (scenario) => remote.load(scenario),
    advance: (request) => remote.advance(request),
    seek: (ms) => remote.seek(ms),
    inject: (fault) => remote.inject(fault),
    endFault: (index, endMs) => remote.endFault(index, endMs),
    // The callback stays on the page; the worker calls it through a proxy.
    runToEnd: (onDelta, sliceMs) => remote.runToEnd(Comlink.proxy(onDelta), sliceMs),
    cancelRunToEnd: () => remote.cancelRunToEnd(),
    traceHash: () => remote.traceHash(),
  };
  return {
    port,
    terminate: () => {
      remote[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}
