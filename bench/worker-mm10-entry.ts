// The M/M/10 hour run in one of three ways, for bench/worker-mm10.ts: the
// engine alone (runScenario); the worker's host (src/worker/sim-host.ts)
// running to the end as the app's Run to end does (rows recorded, spans off,
// snapshots, 25 ms slices); or the host after a minute of the 50-node case
// in the same worker (`next`), as when the lab loads a second scenario. The
// same bundle runs in a Web Worker and in Node.
import { runScenario, Simulation } from '../src/engine/index.ts';
import { SimHost } from '../src/worker/sim-host.ts';
import type { Delta } from '../src/worker/protocol.ts';
import { fiftyNodes, mm10 } from './cases.ts';

export interface WorkerFigures {
  mode: string;
  wallMs: number;
  requests: number;
  traceHash: string;
}

export async function measure(mode: string, nowMs: () => number): Promise<WorkerFigures> {
  const scenario = mm10(3_600_000);
  const start = nowMs();
  if (mode === 'engine') {
    const r = runScenario(scenario);
    return { mode, wallMs: nowMs() - start, requests: r.requests.total, traceHash: r.traceHash };
  }
  if (mode === 'next') runScenario(fiftyNodes(60_000));
  const begin = mode === 'next' ? nowMs() : start;
  // No yield between slices: only the host's own work is timed.
  const host = new SimHost((s, o) => new Simulation(s, o), nowMs, () => Promise.resolve());
  host.load(scenario);
  let last: Delta | null = null;
  await host.runToEnd((d) => { last = d; });
  const end = last as Delta | null;
  return { mode, wallMs: nowMs() - begin, requests: end?.report?.requests.total ?? 0, traceHash: end?.traceHash ?? '' };
}
