// The event loop: pop the earliest event, hash it into the trace, dispatch it.
import { peekTime, pop, type Popped } from './kernel/event-queue.ts';
import { hashEvent } from './kernel/trace-hash.ts';
import { Ev, Outcome } from './events.ts';
import type { World } from './state.ts';
import { arrival, retry } from './nodes/client.ts';
import { deliver, expireCall, response } from './nodes/index.ts';
import { forward } from './nodes/load-balancer.ts';
import { healthTick } from './nodes/health-check.ts';
import { serviceDone } from './nodes/server.ts';
import { fireDeadlines } from './net/deadlines.ts';
import { faultEnd, faultStart } from './faults/scheduled.ts';
import { failureToggle } from './faults/random.ts';
import { scrape } from './monitor/scrape.ts';
import { clusterEvent } from './data/index.ts';
import { finishAreas } from './monitor/finish.ts';

const popped: Popped = { time: 0, type: 0, a: 0, b: 0 };

/**
 * Runs every event with time ≤ limitUs, or stops after maxEvents. Past
 * durationMs it goes on only while requests started within it are still open.
 * Returns the number of events processed.
 */
export function runUntil(w: World, limitUs: number, maxEvents: number): number {
  const q = w.queue;
  const durationUs = w.cfg.durationUs;
  let n = 0;
  while (n < maxEvents) {
    if (w.done) break;
    const t = peekTime(q);
    if (t > durationUs && w.counters.outstanding === 0) {
      end(w);
      break;
    }
    if (t > limitUs) break;
    pop(q, popped);
    w.nowUs = popped.time;
    w.events++;
    n++;
    hashEvent(w.hash, popped.time, popped.type, popped.a, popped.b);
    dispatch(w, popped.type, popped.a, popped.b);
  }
  if (!w.done && w.nowUs < limitUs && n < maxEvents) w.nowUs = Math.max(w.nowUs, Math.min(limitUs, peekTime(q)));
  return n;
}

function end(w: World): void {
  w.done = true;
  if (w.nowUs < w.cfg.durationUs) w.nowUs = w.cfg.durationUs;
  finishAreas(w);
}

function dispatch(w: World, type: number, a: number, b: number): void {
  switch (type) {
    case Ev.arrival: arrival(w, a, b); return;
    case Ev.deliver: deliver(w, a); return;
    case Ev.responseBase + Outcome.ok:
    case Ev.responseBase + Outcome.error:
    case Ev.responseBase + Outcome.reject:
    case Ev.responseBase + Outcome.timeout:
      response(w, a, b, type - Ev.responseBase);
      return;
    case Ev.serviceDone: serviceDone(w, a); return;
    case Ev.deadline: fireDeadlines(w, a, expireCall); return;
    case Ev.retry: retry(w, a, b); return;
    case Ev.lbForward: if (w.jobs.gen[a] === b) forward(w, a); return;
    case Ev.healthTick: healthTick(w, a); return;
    case Ev.faultStart: faultStart(w, a); return;
    case Ev.faultEnd: faultEnd(w, a); return;
    case Ev.failure: failureToggle(w, a); return;
    case Ev.scrape: scrape(w); return;
    default: clusterEvent(w, type, a, b);
  }
}
