// What a node kind is to the engine: one module (client.ts, server.ts, …)
// that owns its config, its state and its handlers, and says what it can do.
// The registry (registry.ts) lists them; nothing outside a kind's module
// tests which kind a node is — it asks the module through the registry.
import type { NodeReport, NodeType, ScenarioNode } from '../../scenario/index.ts';
import type { LinkCfg, NodeCfg } from '../config.ts';
import type { ServiceCfg } from '../service/index.ts';
import type { World } from '../state.ts';
import type { HealthCheckCfg } from './health-check.ts';
import type { BreakerCfg } from './circuit-breaker.ts';

/** An event handler: `a` and `b` are the event's payload (ids, generations, indexes). */
export type EventRun = (w: World, a: number, b: number) => void;

/** An event type a kind schedules and handles itself; the loop's table sends it here. */
export interface KindEvent {
  /** Its number in the event queue (events.ts lists the numbers taken). */
  type: number;
  run: EventRun;
}

/** What a kind's compile gives the engine: its own parameters and what other rooms read. */
export interface KindCompiled {
  /** The kind's own compiled parameters, read only by its module. */
  params: unknown;
  /** Workers and queue, when it serves with a pool (service/). */
  service?: ServiceCfg;
  /** Health checks it runs on its targets. */
  healthCheck?: HealthCheckCfg;
  /** Its own share of requests that fail (faults add to it). */
  errorRate?: number;
  /** Distinct request keys its users draw from. */
  keys?: number;
  /** One circuit breaker per outgoing link (clients) or dependency (servers). */
  breaker?: BreakerCfg;
}

export interface KindModule {
  /** The scenario's `type`. */
  readonly type: NodeType;
  /** What it can do; other rooms read these, never the kind itself. */
  readonly can: {
    /** Serves with a pool of workers and a queue (compile gives `service`). */
    workers: boolean;
    /** Can be the target of a request (else a request to it is rejected). */
    backend: boolean;
    /** Holds data: may be a cluster member, with a role and a replication lag. */
    data: boolean;
    /** Starts requests of its own (users): its timeouts are the users'. */
    traffic: boolean;
    /** Answers lookups (DNS): a client linked to it sends its requests where it answers, not to it. */
    resolves?: boolean;
  };
  /** Compiles the scenario node's kind fields, defaults filled in, times in µs. */
  compile(node: ScenarioNode): KindCompiled;
  /** Derives config that needs the node's outgoing links (cfg.out is filled; `links` are every link's config). */
  linked?(cfg: NodeCfg, links: readonly LinkCfg[]): void;
  /** Its runtime state: plain data and typed arrays only (snapshots are structured clones). */
  createState(cfg: NodeCfg): unknown;
  /** Starts its processes at time 0. */
  start?(w: World, node: number): void;
  /** A request reached it (it is up). Kinds that cannot be a backend have none: the request is refused. */
  request?(w: World, node: number, callId: number): void;
  /** A health-check probe reached it (it is up). */
  probe(w: World, node: number, callId: number): void;
  /**
   * A call it made for `parent` (generation `parentGen`) was answered, timed
   * out or given up. `callId` is that call, still readable (its flags, key).
   */
  answer(w: World, parent: number, parentGen: number, outcome: number, callId: number): void;
  /** The service time of its job is over and the request did not fail on its own (kinds with workers). */
  served?(w: World, job: number): void;
  /** It went down (its incarnation has already changed). */
  down?(w: World, node: number): void;
  /** It came back up. */
  up?(w: World, node: number): void;
  /** A fault changed its rate factor (surge). */
  rateChanged?(w: World, node: number): void;
  /** 1 primary, 2 replica, 3 fenced primary, 0 none (kinds that hold data). */
  role?(w: World, node: number): number;
  /** Replication lag behind its primary, ms (kinds that hold data). */
  lagMs?(w: World, node: number): number;
  /** Its own event types. */
  events?: readonly KindEvent[];
  /** A `flush` fault: it drops what it holds and keeps running (caches). */
  flush?(w: World, node: number): void;
  /** Its own optional fields of the report's `nodes[id]` (hits, queue counts, …). */
  report?(w: World, node: number): Partial<NodeReport>;
}
