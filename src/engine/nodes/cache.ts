// A look-aside cache in front of its backend (its outgoing links, in turn).
// A request takes a worker for the service time (service/); then a read of a
// key with a live entry is a hit, answered at once; a miss goes to the
// backend and, answered OK, is stored for ttl from that moment. A write goes
// to the backend and, once it succeeds, drops the key's entry. With
// `coalesce`, a miss for a key already being fetched waits for that fetch.
// A crash empties the cache (cold restart); a flush empties it while it runs.
import { CACHE_DEFAULTS, SERVER_DEFAULTS, type ScenarioNode } from '../../scenario/index.ts';
import { assert, us } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { logEvent } from '../monitor/index.ts';
import { admit, finish, freeJob, isStale, wipe } from '../service/index.ts';
import type { NodeReport } from '../../scenario/index.ts';
import type { World } from '../state.ts';
import { cacheClear, cacheDelete, cacheGet, cachePut, createCacheStore, type CacheStore } from './cache-store.ts';
import { createInflightMap, inflightClear, inflightDelete, inflightGet, inflightSet, type InflightMap } from './cache-inflight.ts';
import { answerServerProbe, compileService } from './server.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import { callOut } from './send.ts';
import { markShortCircuited, wasShortCircuited } from './circuit-breaker-calls.ts';

interface CacheParams {
  ttlUs: number;
  capacity: number;
  coalesce: boolean;
  /** How long it waits for its backend: as a server waits for a dependency by default. */
  backendTimeoutUs: number;
  /** Read by answerServerProbe: a deep probe's sub-probes wait as long. */
  callTimeoutUs: number;
}

interface CacheState {
  store: CacheStore;
  /** Key → the job whose backend call coalesced misses wait for. */
  inflight: InflightMap;
  /** Next backend, round-robin. */
  cursor: number;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as CacheParams;
const state = (w: World, node: number) => w.nodes[node].k as CacheState;

function compile(n: ScenarioNode): KindCompiled {
  const c = n.type === 'cache' ? n : undefined;
  const timeoutUs = us(SERVER_DEFAULTS.callTimeoutMs);
  const p: CacheParams = {
    ttlUs: us(c?.ttlMs ?? CACHE_DEFAULTS.ttlMs),
    capacity: c?.capacity ?? CACHE_DEFAULTS.capacity,
    coalesce: c?.coalesce ?? CACHE_DEFAULTS.coalesce,
    backendTimeoutUs: timeoutUs,
    callTimeoutUs: timeoutUs,
  };
  return { params: p, service: compileService(c, CACHE_DEFAULTS) };
}

/** The service time is over: answer a hit, or send the request on to the backend. */
function served(w: World, job: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const rt = w.nodes[node];
  const s = state(w, node);
  j.child[job] = -1;
  if ((j.flags[job] & CallFlag.write) === 0) {
    if (cacheGet(s.store, j.key[job], w.nowUs)) {
      rt.hits++;
      rt.ivHits++;
      finish(w, job, Outcome.ok);
      return;
    }
    rt.misses++;
    rt.ivMisses++;
    if (params(w, node).coalesce) {
      const leader = inflightGet(s.inflight, j.key[job]);
      if (leader >= 0) {
        // Wait for the fetch already in flight (it keeps this worker, as any miss does).
        j.child[job] = j.child[leader];
        j.child[leader] = job;
        return;
      }
      inflightSet(s.inflight, j.key[job], job);
    }
  }
  toBackend(w, job);
}

function toBackend(w: World, job: number): void {
  const j = w.jobs;
  const node = j.node[job];
  const out = w.cfg.nodes[node].out;
  const s = state(w, node);
  const position = s.cursor++ % out.length;
  if (s.cursor >= out.length) s.cursor = 0;
  j.dep[job] = position;
  const kind = (j.flags[job] & CallFlag.retry) !== 0 ? SpanKind.retry : SpanKind.request;
  callOut(w, node, out[position], job, j.gen[job], j.flags[job], j.key[job], j.req[job],
    w.nodes[node].deadlines, params(w, node).backendTimeoutUs, j.expiresUs[job], kind);
}

/** The backend answered (or did not in time): store or invalidate, then answer this request and its waiters. */
function backendDone(w: World, job: number, jobGen: number, outcome: number, callId: number): void {
  const j = w.jobs;
  if (j.gen[job] !== jobGen) return;
  if (isStale(w, job)) {
    // The cache crashed meanwhile: this fetch and the misses waiting on it are gone.
    for (let waiter = j.child[job]; waiter >= 0;) {
      const next = j.child[waiter];
      freeJob(w, waiter);
      waiter = next;
    }
    freeJob(w, job);
    return;
  }
  const node = j.node[job];
  const p = params(w, node);
  const s = state(w, node);
  const key = j.key[job];
  const write = (j.flags[job] & CallFlag.write) !== 0;
  if (outcome === Outcome.ok) {
    if (write) cacheDelete(s.store, key);
    else cachePut(s.store, key, w.nowUs + p.ttlUs);
  }
  if (p.coalesce && !write && inflightGet(s.inflight, key) === job) inflightDelete(s.inflight, key);
  assert(s.store.size <= p.capacity, 'cache entries ≤ capacity');
  // Its own wait running out answers as a gateway would (an error, not the user's timeout).
  const answer = outcome === Outcome.timeout ? Outcome.error : outcome;
  const decidedByBreaker = outcome !== Outcome.timeout && wasShortCircuited(w, callId);
  if (decidedByBreaker) markShortCircuited(w, j.call[job], j.callGen[job]);
  for (let waiter = j.child[job]; waiter >= 0;) {
    const next = j.child[waiter];
    if (decidedByBreaker) markShortCircuited(w, j.call[waiter], j.callGen[waiter]);
    finish(w, waiter, answer);
    waiter = next;
  }
  finish(w, job, answer);
}

/** Empties the cache: a flush while it runs, or a crash (with its work). */
function flush(w: World, node: number): void {
  cacheClear(state(w, node).store);
  logEvent(w, 'flush', w.cfg.nodes[node].id, `${w.cfg.nodes[node].label}: cache flushed`);
}

function down(w: World, node: number): void {
  const s = state(w, node);
  cacheClear(s.store);
  inflightClear(s.inflight);
  wipe(w, node);
}

function report(w: World, node: number): Partial<NodeReport> {
  const rt = w.nodes[node];
  const reads = rt.hits + rt.misses;
  return reads === 0 ? { hits: 0, misses: 0 } : { hits: rt.hits, misses: rt.misses, hitRatio: rt.hits / reads };
}

export const cache: KindModule = {
  type: 'cache',
  can: { workers: true, backend: true, data: false, traffic: false },
  compile,
  createState: (cfg): CacheState => ({
    store: createCacheStore((cfg.params as CacheParams).capacity),
    inflight: createInflightMap(),
    cursor: 0,
  }),
  request: admit,
  probe: answerServerProbe,
  answer: backendDone,
  served,
  down,
  flush,
  report,
};
