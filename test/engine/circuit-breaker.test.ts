// Circuit breakers as the spec says: with a dead dependency, only the
// half-open probes reach it while the breaker is open; requests fail fast
// (time to failure ≈ the round trip, not the timeout); it closes once the
// dependency is back. Spans tell what was sent when.
import { describe, expect, it } from 'vitest';
import { SPAN, SpanKind, Simulation, runScenario } from '../../src/engine/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { guarded } from './kinds-scenarios.ts';

const OPEN_MS = 3000;
const PROBES = 3;
const deadDb = [{ atMs: 20_000, type: 'crash' as const, target: 'db', durationMs: 20_000 }];

interface Run {
  log: { atMs: number; text: string }[];
  spans: Float64Array;
  report: ReturnType<Simulation['runToEnd']>;
}

function run(s: Scenario): Run {
  const sim = new Simulation(s, { recordSpans: true });
  const report = sim.runToEnd();
  return { log: sim.takeLog(), spans: sim.takeSpans(), report };
}

/** Send times of requests (not probes) over link `link`, forward. */
function requestsSent(spans: Float64Array, link: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < spans.length; i += SPAN.size) {
    const kind = spans[i + SPAN.kind];
    if (spans[i + SPAN.link] === link && spans[i + SPAN.direction] === 0 && (kind === SpanKind.request || kind === SpanKind.retry)) out.push(spans[i + SPAN.sentMs]);
  }
  return out;
}

/** Per user request that failed over link 0: its time to failure, by when it was sent. */
function failures(spans: Float64Array): { sentMs: number; afterMs: number }[] {
  const sent = new Map<number, number>();
  const out: { sentMs: number; afterMs: number }[] = [];
  for (let i = 0; i < spans.length; i += SPAN.size) {
    if (spans[i + SPAN.link] !== 0) continue;
    const req = spans[i + SPAN.request];
    if (spans[i + SPAN.direction] === 0) sent.set(req, spans[i + SPAN.sentMs]);
    else if (spans[i + SPAN.kind] === SpanKind.error) out.push({ sentMs: sent.get(req)!, afterMs: spans[i + SPAN.arrivesMs] - sent.get(req)! });
  }
  return out;
}

describe('circuit breaker on a server, with a dead dependency', () => {
  const r = run(guarded({ faults: deadDb }));
  const openings = r.log.filter((e) => e.text.startsWith('breaker opened')).map((e) => e.atMs);
  const closing = r.log.find((e) => e.text === 'breaker closed on web → db');

  it('opens, re-opens after each failed probe, and only the probes reach the dependency while it is open', () => {
    expect(openings.length).toBeGreaterThanOrEqual(4);
    expect(r.log.find((e) => e.text === 'breaker opened on web → db')!.atMs).toBe(openings[0]);
    const sent = requestsSent(r.spans, 1);
    for (let k = 0; k < openings.length; k++) {
      const open = openings[k];
      // Open: nothing is sent for openMs.
      expect(sent.filter((t) => t >= open && t < open + OPEN_MS)).toEqual([]);
      // Half-open until the next opening: exactly halfOpenCalls probes (while the dependency is still dead).
      if (k + 1 < openings.length) expect(sent.filter((t) => t >= open + OPEN_MS && t < openings[k + 1])).toHaveLength(PROBES);
    }
    expect(r.report.nodes.web.breakerOpened).toBe(openings.length);
  });

  it('requests fail fast while it is open: time to failure is the round trip, not the 1 s call timeout', () => {
    // Sent while open (and served before it turns half-open: a request reaching web in its last
    // few ms may become a probe, which waits for the call timeout).
    const fast = failures(r.spans).filter((f) => openings.some((o) => f.sentMs >= o && f.sentMs < o + OPEN_MS - 20));
    expect(fast.length).toBeGreaterThan(500);
    // 1 ms there, 5 ms of service, 1 ms back; just after the first opening, also the wait behind
    // the queue that built up while calls were still timing out.
    const times = fast.map((f) => f.afterMs).sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeCloseTo(7, 0);
    expect(times[times.length - 1]).toBeLessThan(200);
    const slow = failures(run(guarded({ faults: deadDb, breaker: false })).spans);
    expect(Math.min(...slow.map((f) => f.afterMs))).toBeGreaterThanOrEqual(1000);
  });

  it('closes again once the dependency is back (at the first half-open probes after recovery)', () => {
    expect(closing).toBeDefined();
    // A probe sent just before the recovery still times out (1 s) and opens it once more; the next probes close it.
    const last = openings[openings.length - 1];
    expect(last).toBeLessThan(40_000 + 1000 + 10);
    expect(closing!.atMs).toBeGreaterThan(last + OPEN_MS);
    // The probes are the next three requests (100/s): about 30 ms.
    expect(closing!.atMs).toBeLessThan(last + OPEN_MS + 100);
    const after = r.report.requests;
    expect(after.succeeded).toBeGreaterThan(0);
  });

  it('counts the requests it failed fast, at the server and for the users', () => {
    const q = r.report;
    expect(q.nodes.web.shortCircuited).toBeGreaterThan(500);
    // Each short-circuited call failed one user request — unless that user had
    // already given up (a request that waited in web's queue past its timeout):
    // it counts as timed out instead.
    expect(q.requests.shortCircuited).toBeLessThanOrEqual(q.nodes.web.shortCircuited!);
    expect(q.nodes.web.shortCircuited! - q.requests.shortCircuited!).toBeLessThanOrEqual(q.requests.timedOut);
    expect(q.requests.failed).toBeGreaterThanOrEqual(q.requests.shortCircuited!);
  });

  it('a healthy dependency never opens it, and the report carries no breaker fields without breakers', () => {
    const calm = runScenario(guarded({}));
    expect(calm.nodes.web.breakerOpened).toBe(0);
    expect(calm.requests.shortCircuited).toBe(0);
    const none = runScenario(guarded({ breaker: false }));
    expect('shortCircuited' in none.requests).toBe(false);
    expect('breakerOpened' in none.nodes.web).toBe(false);
  });
});

describe('circuit breaker on a client', () => {
  it('short-circuits attempts to a dead server; retried on the next link, they succeed at once', () => {
    const s: Scenario = {
      format: 'nines/scenario@1', name: 'client breaker', seed: 2, durationMs: 30_000,
      nodes: [
        { id: 'users', type: 'client', rate: 100, timeoutMs: 500, retries: { max: 1, backoffMs: 0 }, circuitBreaker: { minCalls: 10, windowMs: 2000, openMs: 5000 } },
        { id: 'web-a', type: 'server', serviceTimeMs: 2 },
        { id: 'web-b', type: 'server', serviceTimeMs: 2 },
      ],
      links: [{ from: 'users', to: 'web-a' }, { from: 'users', to: 'web-b' }],
      faults: [{ atMs: 10_000, type: 'crash', target: 'web-a' }],
    };
    const r = runScenario(s);
    expect(r.nodes.users.breakerOpened).toBeGreaterThan(0);
    expect(r.nodes.users.shortCircuited).toBeGreaterThan(500);
    // Every request still succeeds: the first attempt to web-a fails fast, the retry goes to web-b.
    expect(r.requests.succeeded).toBe(r.requests.total);
    expect(r.requests.shortCircuited).toBe(0);
  });
});
