// Timeouts without a queue event each. All calls a node makes for one purpose
// share one timeout length, so their deadlines arrive in the order the calls
// were made: a FIFO per node, and only its head has an event in the queue.
import { fail, schedule } from '../kernel/index.ts';
import { CallState, Ev } from '../events.ts';
import type { DeadlineQueue, World } from '../state.ts';

export function createDeadlineQueue(): DeadlineQueue {
  return { ids: new Int32Array(16), gens: new Int32Array(16), at: new Float64Array(16), head: 0, len: 0, scheduled: false };
}

function grow(d: DeadlineQueue): void {
  // Unroll the ring so head is 0 again, then double.
  const n = d.ids.length;
  const ids = new Int32Array(n * 2), gens = new Int32Array(n * 2), at = new Float64Array(n * 2);
  for (let i = 0; i < d.len; i++) {
    const j = (d.head + i) % n;
    ids[i] = d.ids[j]; gens[i] = d.gens[j]; at[i] = d.at[j];
  }
  d.ids = ids; d.gens = gens; d.at = at; d.head = 0;
}

export function addDeadline(w: World, queueIndex: number, callId: number, gen: number, atUs: number): void {
  const d = w.deadlines[queueIndex];
  // Answered calls at the head need no timer: drop them before the ring
  // grows, so that with a long timeout it holds about the calls in flight,
  // not every call made. (Only when full: the events do not depend on when
  // they are dropped, since fireDeadlines drops them before it schedules.)
  if (d.len === d.ids.length) {
    dropAnswered(w, d);
    if (d.len === d.ids.length) grow(d);
  }
  // Invariant: one timeout length per queue, so deadlines arrive in order.
  // Ring sizes are powers of two (16, doubling): a mask, not a division.
  const mask = d.ids.length - 1;
  if (d.len > 0 && atUs < d.at[(d.head + d.len - 1) & mask]) {
    fail(`deadline queue ${queueIndex}: ${atUs} µs is before the last deadline; a queue must hold one timeout length`);
  }
  const i = (d.head + d.len) & mask;
  d.ids[i] = callId; d.gens[i] = gen; d.at[i] = atUs;
  d.len++;
  if (!d.scheduled) {
    d.scheduled = true;
    schedule(w.queue, atUs, Ev.deadline, queueIndex, 0);
  }
}

function dropAnswered(w: World, d: DeadlineQueue): void {
  const calls = w.calls;
  while (d.len > 0) {
    const i = d.head;
    if (calls.gen[d.ids[i]] === d.gens[i] && calls.state[d.ids[i]] === CallState.pending) break;
    d.head = (i + 1) & (d.ids.length - 1);
    d.len--;
  }
}

/**
 * Pops every deadline due now and hands each still-pending call to `expire`,
 * then schedules the next head. Calls answered in time are skipped here.
 */
export function fireDeadlines(w: World, queueIndex: number, expire: (w: World, callId: number) => void): void {
  const d = w.deadlines[queueIndex];
  d.scheduled = false;
  const calls = w.calls;
  while (d.len > 0) {
    const i = d.head;
    if (d.at[i] > w.nowUs) break;
    const id = d.ids[i], gen = d.gens[i];
    d.head = (i + 1) & (d.ids.length - 1);
    d.len--;
    if (calls.gen[id] === gen && calls.state[id] === CallState.pending) expire(w, id);
  }
  // Entries whose calls were answered need no timer: drop them now, so that
  // the next event is for a call still waiting, not one per call ever made.
  dropAnswered(w, d);
  if (d.len > 0) {
    d.scheduled = true;
    schedule(w.queue, d.at[d.head], Ev.deadline, queueIndex, 0);
  }
}

