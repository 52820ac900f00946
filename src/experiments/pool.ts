// Many (design, seed) runs spread over workers — worker threads in the CLI,
// Web Workers in the app — with rows returned in task order whatever order
// they finished in. Only the transport differs between the two, so both
// adapt their workers to a Port and share this dispatch: two runs in flight
// per worker (it never waits for the next), progress that counts the
// unfinished runs' simulated-time fractions, and cancellation.
import type { Scenario } from '../scenario/index.ts';
import { runOne } from './run-one.ts';
import type { RunRow } from './sweep.ts';

export interface Task {
  /** Index into the scenarios: a grid point of a sweep, or A/B of a comparison. */
  design: number;
  seed: number;
}

export type WorkerRequest = { type: 'designs'; scenarios: Scenario[] } | { type: 'run'; id: number; design: number; seed: number };
export type WorkerReply = { id: number; row: RunRow } | { id: number; fraction: number } | { id: number; error: string };

/** One worker, whatever carries its messages. */
export interface Port {
  post(message: WorkerRequest): void;
  /** Registers the handlers; called once. */
  listen(onReply: (reply: WorkerReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

/** `done` counts finished runs, the fractions of the ones under way included. */
export type OnProgress = (done: number) => void;

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** The worker's side: answers one request. `designs` arrives once, before any run. */
export function createWorkerHandler(post: (reply: WorkerReply) => void): (request: WorkerRequest) => void {
  let scenarios: Scenario[] = [];
  return (request) => {
    if (request.type === 'designs') {
      scenarios = request.scenarios;
      return;
    }
    const { id, design, seed } = request;
    try {
      post({ id, row: runOne(scenarios[design], seed, (fraction) => post({ id, fraction })) });
    } catch (err) {
      post({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  };
}

export interface PoolRun {
  rows: Promise<RunRow[]>;
  /** Stops every worker; `rows` rejects with Cancelled. */
  cancel(): void;
}

export function runOnPorts(scenarios: readonly Scenario[], tasks: readonly Task[], ports: readonly Port[], onProgress: OnProgress = () => {}): PoolRun {
  const rows: RunRow[] = new Array(tasks.length);
  const partial = new Float64Array(tasks.length);
  let next = 0;
  let finished = 0;
  let partialSum = 0;
  let settled = false;
  let stop: (err?: Error) => void = () => {};
  const promise = new Promise<RunRow[]>((resolve, reject) => {
    stop = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const port of ports) port.terminate();
      if (err) reject(err);
      else resolve(rows);
    };
  });
  if (tasks.length === 0) stop();
  const send = (port: Port) => {
    if (next >= tasks.length) return;
    const id = next++;
    port.post({ type: 'run', id, ...tasks[id] });
  };
  for (const port of ports) {
    port.listen(
      (reply) => {
        if (settled) return;
        if ('fraction' in reply) {
          partialSum += reply.fraction - partial[reply.id];
          partial[reply.id] = reply.fraction;
          onProgress(finished + partialSum);
          return;
        }
        if ('error' in reply) return stop(new Error(`the run of seed ${tasks[reply.id].seed} failed in a worker: ${reply.error}`));
        rows[reply.id] = reply.row;
        partialSum -= partial[reply.id];
        partial[reply.id] = 0;
        finished++;
        onProgress(finished + partialSum);
        if (finished === tasks.length) stop();
        else send(port);
      },
      (error) => stop(error),
    );
    port.post({ type: 'designs', scenarios: [...scenarios] });
    send(port);
    send(port);
  }
  return { rows: promise, cancel: () => stop(new Cancelled()) };
}
