// DNS failover against its arithmetic: after the active region dies, every
// request in the detection time fails, and a resolver group keeps failing
// until its cached answer expires (kinds-scenarios.ts dnsFailed derives the
// exact expectation). Tolerances are 4 sd over seeds (measured, quoted).
import { describe, expect, it } from 'vitest';
import { LINK, Simulation, runScenario } from '../../src/engine/index.ts';
import { dnsFailed, regions } from './kinds-scenarios.ts';

// Health check defaults: 1 s apart, 0.5 s timeout, 2 strikes; the outage lands on a probe tick.
const DETECTION_SEC = (2 - 1) * 1 + 0.5;
// A lookup: 5 ms to the DNS node, 20 ms there, 5 ms back.
const LOOKUP_SEC = 0.03;

describe('DNS failover', () => {
  it.each([
    // ttl, outage at (late enough that the groups' expiries have spread over a ttl), sd over 20 seeds
    [5, 130_000, 88],
    [60, 400_000, 643],
  ])('ttl %d s: failed requests ≈ rate·(detection + what is left of each group\'s answer)', (ttlSec, atMs, sd) => {
    const r = runScenario(regions({
      rate: 1000, resolvers: 1000, ttlMs: ttlSec * 1000, seed: 4, durationMs: atMs + 70_000,
      faults: [{ atMs, type: 'zoneOutage', target: 'region-a' }],
    }));
    const failed = r.requests.total - r.requests.succeeded;
    const expected = dnsFailed({ rate: 1000, resolvers: 1000, ttlSec, detectionSec: DETECTION_SEC, lookupSec: LOOKUP_SEC });
    expect(Math.abs(failed - expected)).toBeLessThan(4 * sd);
    // The spec's rule of thumb, detection + ttl/2 per group, less half a group's gap between requests (1 s here):
    // A²/(2(A + m)) lies between A/2 − m/2 and A/2.
    const perGroup = expected / 1000 - DETECTION_SEC, half = (ttlSec + LOOKUP_SEC) / 2;
    expect(perGroup).toBeLessThanOrEqual(half);
    expect(perGroup).toBeGreaterThanOrEqual(half - 0.5);
    // They fail as timeouts: requests sent to a region that never answers.
    expect(r.requests.timedOut).toBe(failed);
  });

  it('logs when DNS starts answering the other region', () => {
    const sim = new Simulation(regions({ rate: 200, resolvers: 100, ttlMs: 5000, durationMs: 20_000, faults: [{ atMs: 10_000, type: 'zoneOutage', target: 'region-a' }] }), { recordSpans: true });
    sim.runToEnd();
    const texts = sim.takeLog().map((e) => `${e.atMs} ${e.text}`);
    expect(texts.some((t) => t.startsWith('11500 dns health check marked lb-a down'))).toBe(true);
    expect(texts.find((t) => t.endsWith('dns now answers lb-b'))).toBeDefined();
  });

  it('weighted answers split traffic by link weight (3 : 1)', () => {
    const r = runScenario(regions({ rate: 200, resolvers: 100, ttlMs: 5000, policy: 'weighted', weights: [3, 1], seed: 9 }));
    const a = r.nodes['lb-a'].served, b = r.nodes['lb-b'].served;
    // Measured 0.7498, sd 0.0091 over 20 seeds (engine 2; about 3,600 answers
    // of some 11 requests each give sd ≈ 0.0075 for independent draws).
    expect(Math.abs(a / (a + b) - 0.75)).toBeLessThan(4 * 0.0091);
  });

  it('round robin alternates the answers', () => {
    const r = runScenario(regions({ rate: 200, resolvers: 100, ttlMs: 5000, policy: 'roundRobin', seed: 9 }));
    const a = r.nodes['lb-a'].served, b = r.nodes['lb-b'].served;
    expect(Math.abs(a / (a + b) - 0.5)).toBeLessThan(0.03);
  });

  it('a lookup adds its time to the request that needs it', () => {
    // ttl 1 ms: every request looks up; ttl 1 h: almost none does.
    const always = runScenario(regions({ rate: 100, resolvers: 10, ttlMs: 1, durationMs: 20_000 }));
    const never = runScenario(regions({ rate: 100, resolvers: 10, ttlMs: 3_600_000, durationMs: 20_000 }));
    expect(always.latencyMs.p50 - never.latencyMs.p50).toBeCloseTo(LOOKUP_SEC * 1000, 0);
  });

  it('a crashed DNS node fails the lookups while cached answers keep working', () => {
    // ttl 60 s, DNS down for 10 s: about 10/60 of the groups need a lookup meanwhile.
    const crash = [{ atMs: 100_000, type: 'crash' as const, target: 'dns', durationMs: 10_000 }];
    const sim = new Simulation(regions({ rate: 1000, resolvers: 1000, ttlMs: 60_000, durationMs: 130_000, faults: crash }));
    sim.runUntil(99_999);
    const before = sim.report().requests;
    sim.runUntil(111_000);
    const during = sim.report().requests;
    const total = during.total - before.total;
    const failed = total - (during.succeeded - before.succeeded);
    expect(failed / total).toBeGreaterThan(0.03);
    expect(failed / total).toBeLessThan(0.3);
  });

  it('with no healthy endpoint it answers all of them (fails open)', () => {
    // Both routes cut: probes fail, so both are marked down; DNS still answers, among all.
    const s = regions({ rate: 100, resolvers: 50, ttlMs: 2000, durationMs: 30_000, faults: [
      { atMs: 10_000, type: 'partition', target: 'dns->lb-a' },
      { atMs: 10_000, type: 'partition', target: 'dns->lb-b' },
    ] });
    const sim = new Simulation(s, { recordSpans: true });
    sim.runUntil(20_000);
    const links = sim.linkStates();
    const share = (i: number) => links[i * LINK.size + LINK.dnsShare];
    expect(share(1) + share(2)).toBeCloseTo(1, 6);
    expect(sim.takeLog().some((e) => e.text === 'dns: no endpoint is healthy; it answers all of them')).toBe(true);
  });

  it('the view reads which endpoint each share of users resolves to', () => {
    const sim = new Simulation(regions({ rate: 200, resolvers: 100, ttlMs: 5000, durationMs: 40_000, faults: [{ atMs: 20_000, type: 'zoneOutage', target: 'region-a' }] }), { recordSpans: true });
    sim.runUntil(19_000);
    const before = sim.linkStates();
    // By 35 s every group has re-resolved: its answer expired by 26.5 s (detection
    // 1.5 s + ttl 5 s), and a group with 2 requests a second looks up again at once
    // (no request in 8.5 s: e^−17 per group).
    sim.runUntil(35_000);
    const after = sim.linkStates();
    expect([before[1 * LINK.size + LINK.dnsShare], before[2 * LINK.size + LINK.dnsShare]]).toEqual([1, 0]);
    expect([after[1 * LINK.size + LINK.dnsShare], after[2 * LINK.size + LINK.dnsShare]]).toEqual([0, 1]);
  });
});
