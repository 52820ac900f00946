// The registry of node kinds: kind number → module. The loop, the report,
// node states, the monitor, health checks and faults ask it (through
// dispatch.ts and the capabilities compiled into each node's config); none of
// them tests which kind a node is.
//
// Adding a kind — what it must provide:
//   1. Its module, nodes/<kind>.ts, exporting a KindModule (kind.ts says each
//      member's contract):
//      - `type` (the scenario's `type`) and `can` (workers, backend, data,
//        traffic): what other rooms may rely on;
//      - `compile(node)`: its parameters with the format's defaults, times in
//        µs (kernel/clock.ts `us`), as `params`; with `can.workers`, also
//        `service` (workers, queue, service time: server.ts compileService);
//        `healthCheck`, `errorRate`, `keys` when it has them;
//      - `createState(cfg)`: its runtime state, plain data and typed arrays
//        only (snapshots are structured clones: no closures, no classes);
//      - handlers: `request` (if `can.backend`), `probe`, `answer`, and as it
//        needs `start`, `served` (required with `can.workers`: the service
//        time is over), `down`, `up`, `rateChanged`, `role` and `lagMs`
//        (required with `can.data`), `linked`;
//      - `events`: its own event types with their numbers, taken from the
//        free ones events.ts lists; the loop refuses a number used twice.
//      Draw randomness only from the node's own streams (w.rng at
//      cfg.stream + a NodeStream purpose, kernel/streams.ts; add a purpose
//      there if none fits), keep the hot path free of allocation, and count
//      what it answers with monitor's countAnswered / countRejected (one
//      accounting for every kind).
//   2. Its type and fields in src/scenario (types, schema, defaults).
//   3. One line in KINDS below (TypeScript refuses a NodeType without one).
import type { NodeReport, NodeType } from '../../scenario/index.ts';
import { Outcome } from '../events.ts';
import { sendResponse } from '../net/index.ts';
import type { World } from '../state.ts';
import { client } from './client.ts';
import { database } from './database.ts';
import type { EventRun, KindEvent, KindModule } from './kind.ts';
import { loadBalancer } from './load-balancer.ts';
import { server } from './server.ts';
import { cache } from './cache.ts';
import { queue } from './queue.ts';
import { dns } from './dns.ts';

const KINDS: Record<NodeType, KindModule> = {
  client,
  loadBalancer,
  server,
  database,
  cache,
  queue,
  dns,
};

type Run = (w: World, node: number) => void;
const nothing: Run = () => {};
/** A kind that cannot be a backend refuses a request sent to it. */
const refuse = (w: World, _node: number, callId: number): void => sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
const noServed = (): void => {
  throw new Error('served: this kind has no workers');
};
const zero = (): number => 0;
const noFields = (): Partial<NodeReport> => ({});

/** A kind with every handler present (defaults filled in), so dispatch calls without checks. */
export interface Kind {
  readonly module: KindModule;
  readonly can: KindModule['can'];
  request(w: World, node: number, callId: number): void;
  probe(w: World, node: number, callId: number): void;
  answer(w: World, parent: number, parentGen: number, outcome: number, callId: number): void;
  served(w: World, job: number): void;
  start: Run;
  down: Run;
  up: Run;
  rateChanged: Run;
  role(w: World, node: number): number;
  lagMs(w: World, node: number): number;
  flush: Run;
  report(w: World, node: number): Partial<NodeReport>;
}

function complete(m: KindModule): Kind {
  const name = `node kind ${m.type}`;
  if (m.can.backend !== (m.request !== undefined)) throw new Error(`${name}: a backend needs a request handler, and only a backend has one`);
  if (m.can.workers && !m.served) throw new Error(`${name}: a kind with workers needs a served handler`);
  if (m.can.data && !(m.role && m.lagMs)) throw new Error(`${name}: a kind that holds data needs role and lagMs`);
  return {
    module: m,
    can: m.can,
    request: m.request ?? refuse,
    probe: m.probe,
    answer: m.answer,
    served: m.served ?? noServed,
    start: m.start ?? nothing,
    down: m.down ?? nothing,
    up: m.up ?? nothing,
    rateChanged: m.rateChanged ?? nothing,
    role: m.role ?? zero,
    lagMs: m.lagMs ?? zero,
    flush: m.flush ?? nothing,
    report: m.report ?? noFields,
  };
}

/** Kinds by number: a node's `kind` in its config indexes this array. */
export const KIND_LIST: readonly Kind[] = Object.values(KINDS).map(complete);

/** Kind number of each scenario type. */
export const KIND_NUMBER: Readonly<Record<NodeType, number>> = Object.fromEntries(
  KIND_LIST.map((k, i) => [k.module.type, i]),
) as Record<NodeType, number>;

export function kindOf(w: World, node: number): Kind {
  return KIND_LIST[w.cfg.nodes[node].kind];
}

/** Every kind's own event types. */
export function kindEvents(): KindEvent[] {
  return KIND_LIST.flatMap((k) => k.module.events ?? []);
}

export type { EventRun };
