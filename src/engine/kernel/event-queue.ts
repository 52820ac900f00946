// The event queue: a binary min-heap over parallel typed arrays, keyed by
// (time µs, sequence number). Ties in time break by insertion order, so a run
// never depends on anything but the order the engine scheduled things in.
// It allocates only when it grows past its high-water mark.
import { fail } from './assert.ts';

export interface EventQueue {
  size: number;
  nextSeq: number;
  /** Time of the last event popped: nothing may be scheduled before it (time never goes back). */
  floorUs: number;
  time: Float64Array;
  seq: Float64Array;
  type: Int32Array;
  a: Int32Array;
  b: Int32Array;
}

export function createEventQueue(capacity = 1024): EventQueue {
  return {
    size: 0,
    nextSeq: 0,
    floorUs: 0,
    time: new Float64Array(capacity),
    seq: new Float64Array(capacity),
    type: new Int32Array(capacity),
    a: new Int32Array(capacity),
    b: new Int32Array(capacity),
  };
}

function grow(q: EventQueue): void {
  const n = q.time.length * 2;
  const t = new Float64Array(n); t.set(q.time); q.time = t;
  const s = new Float64Array(n); s.set(q.seq); q.seq = s;
  const ty = new Int32Array(n); ty.set(q.type); q.type = ty;
  const a = new Int32Array(n); a.set(q.a); q.a = a;
  const b = new Int32Array(n); b.set(q.b); q.b = b;
}

/** Schedules an event; ties at the same time run in the order they were scheduled. */
export function schedule(q: EventQueue, timeUs: number, type: number, a: number, b: number): void {
  insert(q, timeUs, q.nextSeq++, type, a, b);
}

/**
 * Schedules with an explicit sequence number. Faults use a reserved range
 * below every ordinary number, so a fault injected live sorts exactly where
 * the same fault in the scenario's list would have sorted.
 */
export function insert(q: EventQueue, timeUs: number, seq: number, type: number, a: number, b: number): void {
  // Also refuses NaN: a time that is not a number would sort nowhere.
  if (!(timeUs >= q.floorUs)) fail(`event of type ${type} scheduled at ${timeUs} µs, before the current time ${q.floorUs} µs`);
  if (q.size === q.time.length) grow(q);
  const time = q.time, sq = q.seq;
  let i = q.size++;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const pt = time[p];
    if (pt < timeUs || (pt === timeUs && sq[p] < seq)) break;
    time[i] = pt; sq[i] = sq[p]; q.type[i] = q.type[p]; q.a[i] = q.a[p]; q.b[i] = q.b[p];
    i = p;
  }
  time[i] = timeUs; sq[i] = seq; q.type[i] = type; q.a[i] = a; q.b[i] = b;
}

/** The popped event, written here so that popping allocates nothing. */
export interface Popped {
  time: number;
  type: number;
  a: number;
  b: number;
}

export function peekTime(q: EventQueue): number {
  return q.size === 0 ? Infinity : q.time[0];
}

export function pop(q: EventQueue, out: Popped): void {
  const time = q.time, sq = q.seq, type = q.type, qa = q.a, qb = q.b;
  out.time = time[0]; out.type = type[0]; out.a = qa[0]; out.b = qb[0];
  q.floorUs = time[0];
  const n = --q.size;
  if (n === 0) return;
  const lt = time[n], ls = sq[n], lty = type[n], la = qa[n], lb = qb[n];
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    const r = c + 1;
    if (r < n && (time[r] < time[c] || (time[r] === time[c] && sq[r] < sq[c]))) c = r;
    const ct = time[c];
    if (ct > lt || (ct === lt && sq[c] > ls)) break;
    time[i] = ct; sq[i] = sq[c]; type[i] = type[c]; qa[i] = qa[c]; qb[i] = qb[c];
    i = c;
  }
  time[i] = lt; sq[i] = ls; type[i] = lty; qa[i] = la; qb[i] = lb;
}
