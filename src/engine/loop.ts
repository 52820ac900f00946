// The event loop: pop the earliest event, hash it into the trace, dispatch it
// through one table indexed by event type — the engine's own events, every
// node kind's (nodes/) and the clusters' (data/) — so a new kind adds its
// events in its own module and nothing here.
import { hashEvent, ms, peekTime, popHeapHead, type Popped } from './kernel/index.ts';
import { Ev, MAX_EVENT_TYPES, Outcome } from './events.ts';
import type { World } from './state.ts';
import { deliver, dnsShareOfNode, expireCall, nodeEvents, nodeLagMs, openBreakers, response, type EventRun, type KindEvent } from './nodes/index.ts';
import { fireDeadlines } from './net/index.ts';
import { failureToggle, faultEnd, faultStart } from './faults/index.ts';
import { finishAreas, scrape, type ScrapeView } from './monitor/index.ts';
import { CLUSTER_EVENTS, dataSoFar } from './data/index.ts';

/** What a scrape reads of the rooms above the monitor. */
const SCRAPE_VIEW: ScrapeView = { lagMs: nodeLagMs, dataSoFar, breakersOpen: openBreakers, dnsShare: dnsShareOfNode };

const ENGINE_EVENTS: readonly KindEvent[] = [
  { type: Ev.deliver, run: deliver },
  { type: Ev.responseBase + Outcome.ok, run: (w, a, b) => response(w, a, b, Outcome.ok) },
  { type: Ev.responseBase + Outcome.error, run: (w, a, b) => response(w, a, b, Outcome.error) },
  { type: Ev.responseBase + Outcome.reject, run: (w, a, b) => response(w, a, b, Outcome.reject) },
  { type: Ev.responseBase + Outcome.timeout, run: (w, a, b) => response(w, a, b, Outcome.timeout) },
  { type: Ev.deadline, run: (w, a) => fireDeadlines(w, a, expireCall) },
  { type: Ev.faultStart, run: faultStart },
  { type: Ev.faultEnd, run: faultEnd },
  { type: Ev.failure, run: failureToggle },
  { type: Ev.scrape, run: (w) => scrape(w, SCRAPE_VIEW) },
];

function unknownEvent(_w: World, a: number, b: number): void {
  throw new Error(`event of an unknown type (payload ${a}, ${b})`);
}

/** One handler per event type; built once, when the engine loads. */
function eventTable(entries: readonly KindEvent[]): EventRun[] {
  const table: EventRun[] = new Array<EventRun>(MAX_EVENT_TYPES).fill(unknownEvent);
  for (const e of entries) {
    if (!(e.type > 0 && e.type < MAX_EVENT_TYPES) || table[e.type] !== unknownEvent) {
      throw new Error(`event type ${e.type} is out of range or claimed twice (events.ts lists the numbers taken)`);
    }
    table[e.type] = e.run;
  }
  return table;
}

const HANDLERS = eventTable([...ENGINE_EVENTS, ...nodeEvents(), ...CLUSTER_EVENTS]);

const popped: Popped = { time: 0, type: 0, a: 0, b: 0 };

/**
 * The simulated clock must advance (spec: Limits). Far more events than any
 * valid scenario runs at one instant: a process whose period rounds to 0 µs
 * would otherwise spin forever without time moving.
 */
export const MAX_EVENTS_AT_ONE_INSTANT = 1_000_000;

/** Thrown when the clock stops advancing; the run cannot go on. */
export class ClockStuckError extends Error {
  constructor(atUs: number, type: number) {
    super(`the simulated clock is stuck at ${ms(atUs)} ms: ${MAX_EVENTS_AT_ONE_INSTANT.toLocaleString('en-US')} events `
      + `without time moving (the last of type ${type}); some period or delay in the scenario rounds to 0 µs`);
    this.name = 'ClockStuckError';
  }
}

/**
 * Runs every event with time ≤ limitUs, or stops after maxEvents. Past
 * durationMs it goes on only while requests started within it are still open.
 * Returns the number of events processed.
 */
export function runUntil(w: World, limitUs: number, maxEvents: number): number {
  const q = w.queue;
  const durationUs = w.cfg.durationUs;
  const counters = w.counters, hash = w.hash;
  let n = 0;
  while (n < maxEvents && !w.done) {
    let time: number, type: number, a: number, b: number;
    if (q.nowLen > 0 && !(q.heapSize > 0 && q.time[0] === q.floorUs)) {
      // The FIFO of the current instant, read in place: the clock does not move.
      time = q.floorUs;
      if (time > durationUs && counters.outstanding === 0) {
        end(w);
        break;
      }
      if (time > limitUs) break;
      const i = q.nowHead;
      type = q.nowType[i]; a = q.nowA[i]; b = q.nowB[i];
      q.nowHead = (i + 1) & (q.nowType.length - 1);
      q.nowLen--;
      q.size--;
    } else if (q.heapSize === 0) {
      // Nothing is left to happen: the run is over once no request is open.
      if (counters.outstanding === 0) end(w);
      break;
    } else {
      // Read straight from the heap's times: a time that merged with a
      // constant such as Infinity would be boxed, one heap number per event
      // once times pass 2^31 µs (36 simulated minutes).
      time = q.time[0];
      if (time > durationUs && counters.outstanding === 0) {
        end(w);
        break;
      }
      if (time > limitUs) break;
      popHeapHead(q, popped);
      type = popped.type; a = popped.a; b = popped.b;
    }
    if (time !== w.nowUs) {
      w.eventsAtNow = 0;
      w.nowUs = time;
    } else if (++w.eventsAtNow >= MAX_EVENTS_AT_ONE_INSTANT) throw new ClockStuckError(time, type);
    w.events++;
    n++;
    hashEvent(hash, time, type, a, b);
    HANDLERS[type](w, a, b);
  }
  if (!w.done && w.nowUs < limitUs && n < maxEvents) w.nowUs = Math.max(w.nowUs, Math.min(limitUs, peekTime(q)));
  return n;
}

function end(w: World): void {
  w.done = true;
  if (w.nowUs < w.cfg.durationUs) w.nowUs = w.cfg.durationUs;
  finishAreas(w);
}
