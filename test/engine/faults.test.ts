// Every fault type of the format has an effect a user can see in the report.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.ts';
import type { Fault, Report } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

const base = (faults: Fault[]) => scenario(
  [
    { id: 'c', type: 'client', rate: 100, timeoutMs: 500 },
    { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 500, timeoutMs: 200 } },
    { id: 's1', type: 'server', zone: 'a', workers: 8 },
    { id: 's2', type: 'server', zone: 'b', workers: 8 },
    { id: 'db', type: 'database', zone: 'b', workers: 8, serviceTimeMs: { type: 'exponential', mean: 5 } },
  ],
  [{ from: 'c', to: 'lb' }, { from: 'lb', to: 's1' }, { from: 'lb', to: 's2' }, { from: 's1', to: 'db' }, { from: 's2', to: 'db' }],
  { durationMs: 20_000, faults },
);

const at = { atMs: 5_000, durationMs: 10_000 };
const baseline = runScenario(base([]));
const run = (f: Fault): Report => runScenario(base([f]));

describe('every fault type has a visible effect', () => {
  it('the baseline is healthy', () => {
    expect(baseline.availability).toBe(1);
    expect(baseline.nodes.db.downtimeMs).toBe(0);
  });
  it('crash: the node is down for the duration and requests fail', () => {
    const r = run({ type: 'crash', target: 'db', ...at });
    expect(r.nodes.db.downtimeMs).toBe(10_000);
    expect(r.availability).toBeLessThan(0.6);
  });
  it('slow: service times are multiplied, so latency rises by (factor − 1) × service time at least', () => {
    // The database's mean service time is 5 ms; ×10 adds 45 ms, plus queueing.
    const r = run({ type: 'slow', target: 'db', factor: 10, atMs: 0 });
    expect(r.latencyMs.mean - baseline.latencyMs.mean).toBeGreaterThan(45);
    expect(r.nodes.db.utilization / baseline.nodes.db.utilization).toBeGreaterThan(9);
  });
  it('errors: that fraction of requests fail', () => {
    const r = run({ type: 'errors', target: 'db', rate: 0.5, ...at });
    // Half the requests for half the run.
    expect(r.requests.failed / r.requests.total).toBeGreaterThan(0.2);
    expect(r.requests.failed / r.requests.total).toBeLessThan(0.3);
  });
  it('zoneOutage: every node in the zone goes down', () => {
    const r = run({ type: 'zoneOutage', target: 'b', ...at });
    expect(r.nodes.s2.downtimeMs).toBe(10_000);
    expect(r.nodes.db.downtimeMs).toBe(10_000);
    expect(r.nodes.s1.downtimeMs).toBe(0);
    expect(r.availability).toBeLessThan(0.6);
  });
  it('partition of a link: nothing crosses it', () => {
    const r = run({ type: 'partition', target: 'c->lb', ...at });
    expect(r.requests.timedOut).toBeGreaterThan(0.45 * r.requests.total);
  });
  it('partition into groups: nothing crosses between them', () => {
    const r = run({ type: 'partition', groups: [['s1', 's2'], ['db']], ...at });
    expect(r.availability).toBeLessThan(0.6);
  });
  it('latency: added one way, so a round trip slows by twice as much', () => {
    const r = run({ type: 'latency', target: 'c->lb', addMs: 100, atMs: 0 });
    expect(r.latencyMs.p50 - baseline.latencyMs.p50).toBeGreaterThan(195);
    expect(r.latencyMs.p50 - baseline.latencyMs.p50).toBeLessThan(205);
  });
  it('loss: that fraction of messages each way is lost', () => {
    const r = run({ type: 'loss', target: 'c->lb', rate: 0.2, atMs: 0 });
    // A request survives if neither its request nor its response is lost: 0.8².
    expect(r.availability).toBeGreaterThan(0.64 - 0.03);
    expect(r.availability).toBeLessThan(0.64 + 0.03);
  });
  it('surge: the client sends more', () => {
    const r = run({ type: 'surge', target: 'c', factor: 3, ...at });
    // 100/s for 10 s plus 300/s for 10 s.
    expect(r.requests.total / baseline.requests.total).toBeGreaterThan(1.9);
    expect(r.requests.total / baseline.requests.total).toBeLessThan(2.1);
  });
  it('drain: the balancer routes around the node at once, and nothing fails', () => {
    const r = run({ type: 'drain', target: 's1', ...at });
    expect(r.nodes.s1.served).toBeLessThan(0.6 * baseline.nodes.s1.served);
    expect(r.availability).toBe(1);
  });
});

describe('drain on a balancer', () => {
  it('refuses new requests at once, so a client with two balancers and a retry goes to the other', () => {
    const s = scenario(
      [
        { id: 'c', type: 'client', rate: 100, timeoutMs: 500, retries: { max: 1, backoffMs: 0, jitter: false } },
        { id: 'lb1', type: 'loadBalancer' }, { id: 'lb2', type: 'loadBalancer' },
        { id: 's', type: 'server', workers: 16 },
      ],
      [{ from: 'c', to: 'lb1' }, { from: 'c', to: 'lb2' }, { from: 'lb1', to: 's' }, { from: 'lb2', to: 's' }],
      { durationMs: 20_000, faults: [{ type: 'drain', target: 'lb1', atMs: 5_000, durationMs: 10_000 }] },
    );
    const r = runScenario(s);
    expect(r.availability).toBe(1);
    expect(r.nodes.lb1.rejected).toBeGreaterThan(400);
    expect(r.requests.attempts - r.requests.total).toBe(r.nodes.lb1.rejected);
  });
});
