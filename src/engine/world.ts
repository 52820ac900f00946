// Builds a world from a compiled scenario and starts its processes: the
// nodes' own (arrivals, health checks), random failures, clusters, scheduled
// faults, scrapes.
import type { Fault } from '../scenario/index.ts';
import type { Config } from './config.ts';
import { createEventQueue, createStreams, createTraceHash, initPool } from './kernel/index.ts';
import type { Calls, Jobs, NodeRt, Requests, RequestCounters, World } from './state.ts';
import { createDeadlineQueue } from './net/index.ts';
import { coarseHistogram, createMonitor, createRecent, fineHistogram, startScrapes } from './monitor/index.ts';
import { createBreakers, createHealth, KIND_LIST, startNodes } from './nodes/index.ts';
import { compileFault, scheduleFault, startRandomFailures } from './faults/index.ts';
import { createClusters, startClusters, type ClusterMessages } from './data/index.ts';

const counters = (): RequestCounters => ({ total: 0, succeeded: 0, failed: 0, timedOut: 0, rejected: 0, attempts: 0, outstanding: 0, shortCircuited: 0 });

function nodeRt(cfg: Config, index: number): NodeRt {
  const n = cfg.nodes[index];
  return {
    downCount: 0, downSinceUs: 0, staleReads: 0, drainCount: 0, incarnation: 0, slowFactor: 1, errorRate: n.errorRate, rateFactor: 1, failureDown: false,
    busy: 0, qBuf: new Int32Array(16), qHead: 0, qLen: 0,
    deadlines: index * 2, probeDeadlines: index * 2 + 1,
    health: createHealth(n.out.length),
    k: KIND_LIST[n.kind].module.createState(n),
    served: 0, rejected: 0, errors: 0, busyArea: 0, queueArea: 0, areaLastUs: 0, downtimeUs: 0,
    ivOk: 0, ivFailed: 0, ivBusyArea: 0, ivLatency: coarseHistogram(),
    hits: 0, misses: 0, ivHits: 0, ivMisses: 0, hitRatioLast: NaN,
    breakers: createBreakers(n.breaker, n.out.length),
  };
}

export interface WorldOptions {
  recordSpans: boolean;
  recordRows: boolean;
}

export function createWorld(cfg: Config, faults: readonly Fault[], options: WorldOptions): World {
  const f64 = (n: number) => new Float64Array(n);
  const i32 = (n: number) => new Int32Array(n);
  const cap = 256;
  const w: World = {
    cfg,
    nowUs: 0,
    done: false,
    events: 0,
    eventsAtNow: 0,
    queue: createEventQueue(),
    rng: createStreams(cfg.seed, cfg.topology.nodeIds, cfg.topology.linkIds),
    hash: createTraceHash(),
    calls: initPool<Calls>({
      caller: i32(cap), callee: i32(cap), link: i32(cap), parent: i32(cap), parentGen: i32(cap), state: i32(cap),
      refs: i32(cap), flags: i32(cap), key: i32(cap), req: i32(cap), expiresUs: f64(cap),
      job: i32(cap), jobGen: i32(cap), epoch: i32(cap),
    }, cap),
    jobs: initPool<Jobs>({
      node: i32(cap), call: i32(cap), callGen: i32(cap), incarnation: i32(cap), dep: i32(cap), flags: i32(cap),
      key: i32(cap), req: i32(cap), outcome: i32(cap), expiresUs: f64(cap), arrivedUs: f64(cap),
      child: i32(cap), childGen: i32(cap),
    }, cap),
    reqs: initPool<Requests>({
      client: i32(cap), key: i32(cap), flags: i32(cap), attempts: i32(cap), link: i32(cap),
      startUs: f64(cap),
    }, cap),
    deadlines: cfg.nodes.flatMap(() => [createDeadlineQueue(), createDeadlineQueue()]),
    nodes: cfg.nodes.map((_, i) => nodeRt(cfg, i)),
    links: cfg.links.map((l) => ({ cutCount: 0, addUs: 0, addLoss: 0, lossRate: l.lossRate, resolvedPerSec: 0 })),
    faults: faults.map((f) => compileFault(cfg, f)),
    groupCuts: [],
    counters: counters(),
    interval: counters(),
    recent: createRecent(cfg.scrapeUs),
    latency: fineHistogram(),
    ivLatency: coarseHistogram(),
    clusters: createClusters(cfg),
    cmsgs: initPool<ClusterMessages>({ cluster: i32(64), from: i32(64), to: i32(64), kind: i32(64), epoch: i32(64), len: f64(64), incarnation: i32(64) }, 64),
    monitor: createMonitor(cfg),
    recordSpans: options.recordSpans,
    recordRows: options.recordRows,
    intervalLatency: options.recordRows || cfg.alerts.some((a) => a.metric === 'latencyP50' || a.metric === 'latencyP99'),
    spans: new Float64Array(options.recordSpans ? 4096 : 0),
    spansLen: 0,
    rows: new Float64Array(0),
    rowsLen: 0,
    log: [],
    logDropped: 0,
  };
  return w;
}

/** Starts every process of the world at time 0, in a fixed order. */
export function startWorld(w: World): void {
  startNodes(w);
  startRandomFailures(w);
  startClusters(w);
  for (let i = 0; i < w.faults.length; i++) scheduleFault(w, i);
  startScrapes(w);
}
