// A message queue between producers and consumers. A message is accepted
// after the queue's service time and its caller is answered OK at once; the
// work happens later. Consumers (the servers its links point to) are handed
// the oldest ready message, round-robin among those with room, at most as many
// at once as each has workers. A delivery not answered OK within the
// visibility timeout comes back, until maxReceives, then it is dead-lettered.
// A durable queue keeps its messages through a crash; one that is not loses
// every message it holds, delivered-not-processed included.
import { QUEUE_DEFAULTS, type NodeReport, type ScenarioNode } from '../../scenario/index.ts';
import { allocId, assert, compileDist, DistKind, ms, nextFloat, NodeStream, sampleUs, schedule, us, type CompiledDist } from '../kernel/index.ts';
import { CallFlag, Outcome } from '../events.ts';
import { SpanKind } from '../frames.ts';
import { sendResponse } from '../net/index.ts';
import { countAnswered, countRejected, fineHistogram, logEvent, quantile, record, touch, type Histogram } from '../monitor/index.ts';
import { createJob, freeJob, isStale } from '../service/index.ts';
import type { World } from '../state.ts';
import { answerShallow } from './health-check.ts';
import type { KindCompiled, KindModule } from './kind.ts';
import {
  createMessages, createReadyHeap, dropAll, dropMessage, newMessage, popReady, pushReady, type Messages, type ReadyHeap,
} from './queue-messages.ts';
import { callOut } from './send.ts';

/** Queue event: a message's acceptance time is over. */
const QUEUE_ACCEPT = 32;

interface QueueParams {
  capacity: number;
  accept: CompiledDist;
  visibilityUs: number;
  maxReceives: number;
  durable: boolean;
}

interface QueueState {
  msgs: Messages;
  ready: ReadyHeap;
  nextSeq: number;
  /** Messages held: ready and delivered-not-processed. */
  held: number;
  /** Messages being accepted (they count against the capacity). */
  accepting: number;
  /** Deliveries in flight per consumer position. */
  inFlight: Int32Array;
  cursor: number;
  enqueued: number;
  delivered: number;
  redelivered: number;
  deadLettered: number;
  lost: number;
  maxDepth: number;
  processing: Histogram;
}

const params = (w: World, node: number) => w.cfg.nodes[node].params as QueueParams;
const state = (w: World, node: number) => w.nodes[node].k as QueueState;

function compile(n: ScenarioNode): KindCompiled {
  const q = n.type === 'queue' ? n : undefined;
  const p: QueueParams = {
    capacity: q?.capacity ?? QUEUE_DEFAULTS.capacity,
    accept: compileDist(q?.serviceTimeMs ?? QUEUE_DEFAULTS.serviceTimeMs),
    visibilityUs: us(q?.visibilityTimeoutMs ?? QUEUE_DEFAULTS.visibilityTimeoutMs),
    maxReceives: q?.maxReceives ?? QUEUE_DEFAULTS.maxReceives,
    durable: q?.durable ?? QUEUE_DEFAULTS.durable,
  };
  return { params: p };
}

/** Depth is the node's queue for the view and the monitor; deliveries in flight are its busy count. */
function setDepth(w: World, node: number, s: QueueState): void {
  const rt = w.nodes[node];
  touch(w, rt);
  rt.qLen = s.held;
  let busy = 0;
  for (let i = 0; i < s.inFlight.length; i++) {
    assert(s.inFlight[i] >= 0, 'queue deliveries in flight ≥ 0');
    busy += s.inFlight[i];
  }
  assert(s.held >= busy && s.held <= params(w, node).capacity, 'queue: in flight ≤ held ≤ capacity');
  rt.busy = busy;
  if (s.held > s.maxDepth) s.maxDepth = s.held;
}

function request(w: World, node: number, callId: number): void {
  const rt = w.nodes[node];
  const s = state(w, node);
  const p = params(w, node);
  if (rt.drainCount > 0 || s.held + s.accepting >= p.capacity) {
    countRejected(rt);
    sendResponse(w, callId, w.calls.gen[callId], Outcome.reject);
    return;
  }
  s.accepting++;
  const job = createJob(w, node, callId);
  if (p.accept.kind === DistKind.constant && p.accept.a === 0 && rt.slowFactor === 1) accept(w, job, w.jobs.gen[job]);
  else schedule(w.queue, w.nowUs + Math.round(sampleUs(w.rng, w.cfg.nodes[node].stream + NodeStream.service, p.accept) * rt.slowFactor), QUEUE_ACCEPT, job, w.jobs.gen[job]);
}

/** The acceptance time is over: hold the message and answer its caller. */
function accept(w: World, job: number, gen: number): void {
  const j = w.jobs;
  if (j.gen[job] !== gen) return;
  if (isStale(w, job)) {
    // The queue crashed while accepting: the message never made it in (its caller is not answered).
    freeJob(w, job);
    return;
  }
  const node = j.node[job];
  const rt = w.nodes[node];
  const s = state(w, node);
  s.accepting--;
  if (rt.errorRate > 0 && nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.errors) < rt.errorRate) {
    countAnswered(rt, Outcome.error);
    sendResponse(w, j.call[job], j.callGen[job], Outcome.error);
    freeJob(w, job);
    return;
  }
  pushReady(s.ready, s.msgs, newMessage(s.msgs, s.nextSeq++, w.nowUs, j.key[job], j.req[job], j.flags[job] & CallFlag.write));
  s.held++;
  s.enqueued++;
  setDepth(w, node, s);
  countAnswered(rt, Outcome.ok);
  sendResponse(w, j.call[job], j.callGen[job], Outcome.ok);
  freeJob(w, job);
  dispatch(w, node);
}

/** A consumer position with room, round-robin from the cursor, or −1. */
function consumerWithRoom(w: World, node: number, s: QueueState): number {
  const out = w.cfg.nodes[node].out;
  for (let i = 0; i < out.length; i++) {
    const p = (s.cursor + i) % out.length;
    const consumer = w.cfg.nodes[w.cfg.links[out[p]].to];
    if (s.inFlight[p] < (consumer.service ? consumer.service.workers : 1)) {
      s.cursor = (p + 1) % out.length;
      return p;
    }
  }
  return -1;
}

/** Hands ready messages, oldest first, to consumers with room. */
function dispatch(w: World, node: number): void {
  const s = state(w, node);
  if (w.nodes[node].downCount > 0) return;
  const p = params(w, node);
  let sent = false;
  while (s.ready.len > 0) {
    const position = consumerWithRoom(w, node, s);
    if (position < 0) break;
    const msg = popReady(s.ready, s.msgs);
    const m = s.msgs;
    m.receives[msg]++;
    s.delivered++;
    if (m.receives[msg] > 1) s.redelivered++;
    s.inFlight[position]++;
    sent = true;
    // The delivery's own record: which message (and its generation), to which consumer.
    const job = deliveryJob(w, node, msg, m.gen[msg], position);
    callOut(w, node, w.cfg.nodes[node].out[position], job, w.jobs.gen[job], m.flags[msg], m.key[msg], m.req[msg],
      w.nodes[node].deadlines, p.visibilityUs, Infinity, m.receives[msg] > 1 ? SpanKind.retry : SpanKind.request);
  }
  if (sent) setDepth(w, node, s);
}

/** A job that stands for one delivery: `dep` the message, `childGen` its generation, `outcome` the consumer position. */
function deliveryJob(w: World, node: number, msg: number, msgGen: number, position: number): number {
  const j = w.jobs;
  const id = allocId(j);
  j.node[id] = node;
  j.call[id] = -1;
  j.incarnation[id] = w.nodes[node].incarnation;
  j.dep[id] = msg;
  j.childGen[id] = msgGen;
  j.outcome[id] = position;
  j.child[id] = -1;
  return id;
}

/** A delivery was answered, failed or ran past the visibility timeout. */
function deliveryDone(w: World, job: number, jobGen: number, outcome: number): void {
  const j = w.jobs;
  if (j.gen[job] !== jobGen) return;
  const node = j.node[job];
  const s = state(w, node);
  const msg = j.dep[job], msgGen = j.childGen[job], position = j.outcome[job];
  const sameLife = j.incarnation[job] === w.nodes[node].incarnation;
  freeJob(w, job);
  // A queue that is not durable forgot its deliveries when it crashed (it counted them lost).
  if (!sameLife && !params(w, node).durable) return;
  s.inFlight[position]--;
  const m = s.msgs;
  if (m.gen[msg] !== msgGen) {
    setDepth(w, node, s);
    return;
  }
  if (outcome === Outcome.ok) {
    record(s.processing, w.nowUs - m.acceptedUs[msg]);
    dropMessage(m, msg);
    s.held--;
  } else if (m.receives[msg] >= params(w, node).maxReceives) {
    s.deadLettered++;
    dropMessage(m, msg);
    s.held--;
  } else {
    pushReady(s.ready, m, msg);
  }
  setDepth(w, node, s);
  dispatch(w, node);
}

function down(w: World, node: number): void {
  const s = state(w, node);
  s.accepting = 0;
  if (params(w, node).durable) return;
  const lost = dropAll(s.msgs, s.ready);
  s.lost += lost;
  s.held = 0;
  s.inFlight.fill(0);
  setDepth(w, node, s);
  if (lost > 0) {
    const n = w.cfg.nodes[node];
    logEvent(w, 'messagesLost', n.id, `${n.label} lost ${thousands(lost)} message${lost === 1 ? '' : 's'} (not durable)`);
  }
}

/** 1234567 → "1,234,567", the same everywhere (no locale). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function report(w: World, node: number): Partial<NodeReport> {
  const s = state(w, node);
  return {
    enqueued: s.enqueued,
    delivered: s.delivered,
    redelivered: s.redelivered,
    deadLettered: s.deadLettered,
    lost: s.lost,
    pending: s.held,
    maxDepth: s.maxDepth,
    processingLatencyMs: { p50: ms(quantile(s.processing, 0.5)), p99: ms(quantile(s.processing, 0.99)) },
  };
}

export const queue: KindModule = {
  type: 'queue',
  can: { workers: false, backend: true, data: false, traffic: false },
  compile,
  createState: (cfg): QueueState => ({
    msgs: createMessages(), ready: createReadyHeap(), nextSeq: 0, held: 0, accepting: 0,
    inFlight: new Int32Array(cfg.out.length), cursor: 0,
    enqueued: 0, delivered: 0, redelivered: 0, deadLettered: 0, lost: 0, maxDepth: 0, processing: fineHistogram(),
  }),
  request,
  probe: answerShallow,
  answer: deliveryDone,
  down,
  up: dispatch,
  report,
  events: [{ type: QUEUE_ACCEPT, run: accept }],
};
