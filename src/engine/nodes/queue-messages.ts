// A queue's messages: a pool of records in typed arrays and a binary heap of
// the ready ones, oldest first by acceptance order (a message that comes back
// after a failed delivery keeps its place). Plain data, grown by doubling.
import { allocId, freeId, grownI32, initPool, type Pool } from '../kernel/index.ts';

export const MessageState = { free: 0, ready: 1, delivered: 2 } as const;

export interface Messages extends Pool {
  /** Acceptance order: the heap's key. */
  seq: Float64Array;
  acceptedUs: Float64Array;
  receives: Int32Array;
  key: Int32Array;
  req: Int32Array;
  flags: Int32Array;
  state: Int32Array;
}

export interface ReadyHeap {
  ids: Int32Array;
  len: number;
}

export function createMessages(): Messages {
  const cap = 64;
  const f64 = () => new Float64Array(cap), i32 = () => new Int32Array(cap);
  return initPool<Messages>({ seq: f64(), acceptedUs: f64(), receives: i32(), key: i32(), req: i32(), flags: i32(), state: i32() }, cap);
}

export function createReadyHeap(): ReadyHeap {
  return { ids: new Int32Array(64), len: 0 };
}

export function newMessage(m: Messages, seq: number, nowUs: number, key: number, req: number, flags: number): number {
  const id = allocId(m);
  m.seq[id] = seq;
  m.acceptedUs[id] = nowUs;
  m.receives[id] = 0;
  m.key[id] = key;
  m.req[id] = req;
  m.flags[id] = flags;
  m.state[id] = MessageState.ready;
  return id;
}

export function dropMessage(m: Messages, id: number): void {
  m.state[id] = MessageState.free;
  freeId(m, id);
}

/** Frees every message still held (a crash of a queue that is not durable); returns how many. */
export function dropAll(m: Messages, heap: ReadyHeap): number {
  let n = 0;
  for (let id = 0; id < m.cap; id++) {
    if (m.state[id] === MessageState.free) continue;
    dropMessage(m, id);
    n++;
  }
  heap.len = 0;
  return n;
}

export function pushReady(h: ReadyHeap, m: Messages, id: number): void {
  m.state[id] = MessageState.ready;
  if (h.len === h.ids.length) h.ids = grownI32(h.ids, h.len * 2);
  let i = h.len++;
  const key = m.seq[id];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (m.seq[h.ids[parent]] <= key) break;
    h.ids[i] = h.ids[parent];
    i = parent;
  }
  h.ids[i] = id;
}

/** Takes the oldest ready message (the heap must not be empty). */
export function popReady(h: ReadyHeap, m: Messages): number {
  const top = h.ids[0];
  const last = h.ids[--h.len];
  let i = 0;
  const key = m.seq[last];
  for (;;) {
    let child = 2 * i + 1;
    if (child >= h.len) break;
    if (child + 1 < h.len && m.seq[h.ids[child + 1]] < m.seq[h.ids[child]]) child++;
    if (m.seq[h.ids[child]] >= key) break;
    h.ids[i] = h.ids[child];
    i = child;
  }
  if (h.len > 0) h.ids[i] = last;
  m.state[top] = MessageState.delivered;
  return top;
}
