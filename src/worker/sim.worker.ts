// The Web Worker that owns the simulation. Everything it does lives in
// SimHost; this file only connects it to Comlink, and only inside a worker,
// so Node tests can import the module without side effects.
import * as Comlink from 'comlink';
import { Simulation } from '../engine/index.ts';
import type { Fault, Scenario } from '../scenario/index.ts';
import { deltaTransferables, type AdvanceRequest, type Delta, type SimWorkerApi } from './protocol.ts';
import { SimHost } from './sim-host.ts';

export function createWorkerApi(): SimWorkerApi {
  const host = new SimHost((scenario, options) => new Simulation(scenario, options));
  return {
    load: (scenario: Scenario) => host.load(scenario),
    advance: (request: AdvanceRequest) => {
      const delta = host.advance(request);
      // Typed arrays move to the page without a copy.
      return Comlink.transfer(delta, deltaTransferables(delta));
    },
    seek: (ms: number) => host.seek(ms),
    inject: (fault: Fault) => host.inject(fault),
    endFault: (index: number, endMs: number) => host.endFault(index, endMs),
    runToEnd: (onDelta: (delta: Delta) => void, sliceMs?: number) =>
      host.runToEnd((delta) => onDelta(Comlink.transfer(delta, deltaTransferables(delta))), sliceMs),
    cancelRunToEnd: () => host.cancelRunToEnd(),
    traceHash: () => host.traceHash(),
  };
}

declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope;
if (inWorker) Comlink.expose(createWorkerApi());
