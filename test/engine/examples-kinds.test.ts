// What each example of the new kinds teaches, checked on the engine: the
// lesson holds as the description tells it, and the change its hint suggests
// makes the difference it promises.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import { getExample } from '../../src/scenario/examples/index.ts';
import type { Scenario, ScenarioNode } from '../../src/scenario/types.ts';

const node = (s: Scenario, id: string) => s.nodes.find((n) => n.id === id) as ScenarioNode & Record<string, unknown>;
const alertSpans = (r: ReturnType<typeof runScenario>, id: string) =>
  r.alerts.filter((a) => a.id === id).reduce((sum, a) => sum + (a.resolvedAtMs ?? r.durationMs) - a.firedAtMs, 0);

describe('examples of the new kinds', () => {
  it('cache-stampede: without coalescing the flush leaves the database saturated to the end; coalescing saves it', () => {
    for (const seed of [1, 2, 3]) {
      const s = getExample('cache-stampede').scenario;
      s.seed = seed;
      const plain = runScenario(s);
      node(s, 'cache').coalesce = true;
      const coalesced = runScenario(s);
      // Saturated: its queue alert fires after the flush and never resolves; about one request in ten fails.
      const queue = plain.alerts.filter((a) => a.id === 'db-queue');
      expect(queue.some((a) => a.firedAtMs > 30_000 && a.resolvedAtMs === undefined)).toBe(true);
      expect(plain.availability).toBeLessThan(0.97);
      expect(coalesced.availability).toBe(1);
      // One database call per key to warm up, one per key after the flush.
      expect(coalesced.nodes.db.served).toBe(2 * 150);
    }
  });

  it('queue-absorbs-outage: the synchronous users fail during the outage, those behind the queue never do', () => {
    const s = getExample('queue-absorbs-outage').scenario;
    const r = runScenario(s);
    const q = r.nodes.orders;
    expect([q.lost, q.deadLettered]).toEqual([0, 0]);
    // At most the few in the processor's hands when the run ends.
    expect(q.pending).toBeLessThanOrEqual(4);
    expect(q.maxDepth).toBeGreaterThan(2900);
    expect(q.enqueued).toBe(r.nodes['api-async'].served);
    expect(r.nodes['processor-async'].served).toBe(q.enqueued! - q.pending!);
    // The synchronous half fails for about the 30 s outage: roughly a quarter of all requests.
    expect(r.requests.total - r.requests.succeeded).toBeGreaterThan(2500);
    // Behind the queue, every order was accepted: the API answered each one OK.
    expect(r.nodes['api-async'].rejected).toBe(0);
    // The synchronous API loses the outage's ~3,000 orders, less up to the 1,000 its queue
    // (queueLimit) holds and answers OK once the processor is back, to users long gone.
    expect(r.nodes['api-sync'].served).toBeLessThan(r.nodes['api-async'].served - 1500);
    expect(alertSpans(r, 'backlog')).toBeGreaterThan(30_000);
  });

  it('dns-failover: with ttl 300 s most users fail for the rest of the run; with 5 s, a few seconds', () => {
    const s = getExample('dns-failover').scenario;
    expect(node(s, 'dns').ttlMs).toBe(300_000);
    expect(s.description).toMatch(/5 s/);
    expect(s.description).toMatch(/300 s/);
    const slow = runScenario(s);
    node(s, 'dns').ttlMs = 5000;
    const fast = runScenario(s);
    expect(slow.availability).toBeLessThan(0.7);
    expect(fast.availability).toBeGreaterThan(0.97);
  });

  it('circuit-breaker: the breaker opens and closes; without it latency stays high far longer and web-1 piles up', () => {
    const s = getExample('circuit-breaker').scenario;
    const guarded = runScenario(s);
    delete node(s, 'web-1').circuitBreaker;
    const bare = runScenario(s);
    expect(guarded.nodes['web-1'].breakerOpened).toBeGreaterThan(0);
    expect(guarded.availability).toBe(1);
    expect(bare.availability).toBe(1);
    expect(alertSpans(bare, 'slow')).toBeGreaterThan(alertSpans(guarded, 'slow') + 10_000);
    expect(bare.latencyMs.p95).toBeGreaterThan(10 * guarded.latencyMs.p95);
    expect(bare.nodes['web-1'].meanQueue).toBeGreaterThan(10 * guarded.nodes['web-1'].meanQueue);
  });
});
