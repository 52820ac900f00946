// The event queue: events ordered by (time µs, sequence number), ties in time
// broken by insertion order, so a run never depends on anything but the order
// the engine scheduled things in. It allocates only when it grows past its
// high-water mark.
//
// Two parts, one order. Events for a later time go into a binary min-heap
// that holds each entry's time and the id of its record (sequence, type,
// payload), so a sift moves two numbers per level. Events scheduled for the
// current instant — a message over a zero-latency link, an answer at once —
// go into a FIFO instead: each got a sequence number larger than any event
// already waiting, so they come after every heap event at this instant and
// in the order they were made. Popping takes the heap's head while it is at
// the current instant, then the FIFO, then the heap: the very order one heap
// would give, without a heap insert and pop for each of them.
import { fail } from './assert.ts';

export interface EventQueue {
  /** Events waiting, heap and FIFO. */
  size: number;
  nextSeq: number;
  /** Time of the last event popped (the current instant): nothing may be scheduled before it. */
  floorUs: number;
  /** The heap: entries, then each entry's time and its record's id. */
  heapSize: number;
  time: Float64Array;
  id: Int32Array;
  /** Heap records by id, and the stack of free ids. */
  seq: Float64Array;
  type: Int32Array;
  a: Int32Array;
  b: Int32Array;
  free: Int32Array;
  freeTop: number;
  /** The FIFO of events at the current instant: a ring. */
  nowType: Int32Array;
  nowA: Int32Array;
  nowB: Int32Array;
  nowHead: number;
  nowLen: number;
  /**
   * The time being inserted, handed to the heap's insert through this field
   * rather than as an argument: a call that is not inlined boxes a time
   * argument above 2^31 µs (36 simulated minutes) into a heap number.
   */
  insertUs: number;
}

export function createEventQueue(capacity = 1024): EventQueue {
  const free = new Int32Array(capacity);
  for (let i = 0; i < capacity; i++) free[i] = capacity - 1 - i;
  return {
    size: 0, nextSeq: 0, floorUs: 0,
    heapSize: 0, time: new Float64Array(capacity), id: new Int32Array(capacity),
    seq: new Float64Array(capacity), type: new Int32Array(capacity), a: new Int32Array(capacity), b: new Int32Array(capacity),
    free, freeTop: capacity,
    nowType: new Int32Array(64), nowA: new Int32Array(64), nowB: new Int32Array(64), nowHead: 0, nowLen: 0,
    // Not a small integer, so the field holds a double from the start.
    insertUs: NaN,
  };
}

const grownF64 = (x: Float64Array, m: number): Float64Array => { const y = new Float64Array(m); y.set(x); return y; };
const grownI32 = (x: Int32Array, m: number): Int32Array => { const y = new Int32Array(m); y.set(x); return y; };

function growHeap(q: EventQueue): void {
  const n = q.time.length, m = n * 2;
  q.time = grownF64(q.time, m); q.id = grownI32(q.id, m);
  q.seq = grownF64(q.seq, m); q.type = grownI32(q.type, m); q.a = grownI32(q.a, m); q.b = grownI32(q.b, m);
  // Every record was in use (the heap was full): the new ones are all free.
  const free = new Int32Array(m);
  let top = 0;
  for (let i = m - 1; i >= n; i--) free[top++] = i;
  q.free = free;
  q.freeTop = top;
}

function growNow(q: EventQueue): void {
  const n = q.nowType.length, m = n * 2;
  const t = new Int32Array(m), a = new Int32Array(m), b = new Int32Array(m);
  for (let i = 0; i < q.nowLen; i++) {
    const j = (q.nowHead + i) % n;
    t[i] = q.nowType[j]; a[i] = q.nowA[j]; b[i] = q.nowB[j];
  }
  q.nowType = t; q.nowA = a; q.nowB = b; q.nowHead = 0;
}

/** Schedules an event; ties at the same time run in the order they were scheduled. */
export function schedule(q: EventQueue, timeUs: number, type: number, a: number, b: number): void {
  if (timeUs !== q.floorUs) {
    q.insertUs = timeUs;
    insertHeap(q, q.nextSeq++, type, a, b);
    return;
  }
  // At the current instant: its sequence number would be the largest yet, so it goes last — into the FIFO.
  q.nextSeq++;
  if (q.nowLen === q.nowType.length) growNow(q);
  const i = (q.nowHead + q.nowLen) & (q.nowType.length - 1);
  q.nowType[i] = type; q.nowA[i] = a; q.nowB[i] = b;
  q.nowLen++;
  q.size++;
}

/**
 * Schedules with an explicit sequence number, into the heap. Faults use a
 * reserved range below every ordinary number, so a fault injected live sorts
 * exactly where the same fault in the scenario's list would have sorted.
 */
export function insert(q: EventQueue, timeUs: number, seq: number, type: number, a: number, b: number): void {
  q.insertUs = timeUs;
  insertHeap(q, seq, type, a, b);
}

/** Inserts the event at q.insertUs into the heap. */
function insertHeap(q: EventQueue, seq: number, type: number, a: number, b: number): void {
  const timeUs = q.insertUs;
  // Also refuses NaN: a time that is not a number would sort nowhere.
  if (!(timeUs >= q.floorUs)) fail(`event of type ${type} scheduled at ${timeUs} µs, before the current time ${q.floorUs} µs`);
  if (q.heapSize === q.time.length) growHeap(q);
  const rec = q.free[--q.freeTop];
  const sq = q.seq;
  sq[rec] = seq; q.type[rec] = type; q.a[rec] = a; q.b[rec] = b;
  const time = q.time, id = q.id;
  let i = q.heapSize++;
  q.size++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = time[p];
    if (pt < timeUs || (pt === timeUs && sq[id[p]] < seq)) break;
    time[i] = pt; id[i] = id[p];
    i = p;
  }
  time[i] = timeUs; id[i] = rec;
}

/** The popped event, written here so that popping allocates nothing. */
export interface Popped {
  time: number;
  type: number;
  a: number;
  b: number;
}

/** Time of the next event (Infinity when none). */
export function peekTime(q: EventQueue): number {
  if (q.nowLen > 0) return q.floorUs;
  return q.heapSize === 0 ? Infinity : q.time[0];
}

/** Takes the next event; the queue must not be empty. */
export function pop(q: EventQueue, out: Popped): void {
  q.size--;
  if (q.nowLen > 0 && !(q.heapSize > 0 && q.time[0] === q.floorUs)) {
    const i = q.nowHead;
    out.time = q.floorUs; out.type = q.nowType[i]; out.a = q.nowA[i]; out.b = q.nowB[i];
    q.nowHead = (i + 1) & (q.nowType.length - 1);
    q.nowLen--;
    return;
  }
  popHeap(q, out);
}

/** Takes the heap's earliest event (the caller knows it comes before the FIFO's); the heap must not be empty. */
export function popHeapHead(q: EventQueue, out: Popped): void {
  q.size--;
  popHeap(q, out);
}

function popHeap(q: EventQueue, out: Popped): void {
  const time = q.time, id = q.id, sq = q.seq;
  const top = id[0];
  out.time = time[0]; out.type = q.type[top]; out.a = q.a[top]; out.b = q.b[top];
  q.floorUs = time[0];
  q.free[q.freeTop++] = top;
  const n = --q.heapSize;
  if (n === 0) return;
  const lt = time[n], lid = id[n], ls = sq[lid];
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    const r = c + 1;
    if (r < n && (time[r] < time[c] || (time[r] === time[c] && sq[id[r]] < sq[id[c]]))) c = r;
    const ct = time[c];
    if (ct > lt || (ct === lt && sq[id[c]] > ls)) break;
    time[i] = ct; id[i] = id[c];
    i = c;
  }
  time[i] = lt; id[i] = lid;
}
