// Limits bounded by work, not by time: a run may last ten years, but the
// requests and probes it asks for are bounded, and a refusal says what to
// shorten. A default scrape interval is raised on long runs, never refused.
import { describe, expect, it } from 'vitest';
import { effectiveScrapeIntervalMs, expectedWork, minScrapeIntervalMs } from '../../src/scenario/work.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { errorsOf } from './fixtures.ts';

const YEAR_MS = 365 * 86_400_000;

/** One client → one server, with optional extras. */
function small(extra: Partial<Scenario> = {}, rate = 1): Scenario {
  return {
    format: 'nines/scenario@1',
    name: 'small',
    durationMs: YEAR_MS,
    nodes: [
      { id: 'users', type: 'client', rate },
      { id: 'web', type: 'server', failure: { mtbfMs: 30 * 86_400_000, mttrMs: 3_600_000 } },
    ],
    links: [{ from: 'users', to: 'web' }],
    ...extra,
  };
}

describe('the run may be long', () => {
  it('a year of MTBF/MTTR failures at 1 request/s is valid', () => {
    expect(validateScenario(small()).ok).toBe(true);
  });

  it('ten years is the longest run', () => {
    expect(validateScenario(small({ durationMs: 10 * YEAR_MS }, 0.5)).ok).toBe(true);
    expect(errorsOf(small({ durationMs: 10 * YEAR_MS + 1 }, 0.5))).toEqual([
      { path: 'durationMs', message: 'must be a number ≤ 315360000000' },
    ]);
  });

  it('faults may sit anywhere on a long run’s timeline', () => {
    const s = small({ faults: [{ atMs: 200 * 86_400_000, durationMs: 2 * 86_400_000, type: 'crash', target: 'web' }] });
    expect(validateScenario(s).ok).toBe(true);
  });
});

describe('the scrape interval adapts to long runs', () => {
  it('is max(100 ms, durationMs ÷ 100,000) at least', () => {
    expect(minScrapeIntervalMs(60_000)).toBe(100);
    expect(minScrapeIntervalMs(YEAR_MS)).toBe(315_360);
    // Rounded up to whole microseconds, so a run never gets more than 100,000 samples.
    expect(minScrapeIntervalMs(10_000_000_001)).toBe(100_000.001);
  });

  it('a default interval is raised to the bound; a set one is kept', () => {
    expect(effectiveScrapeIntervalMs({ durationMs: 60_000 })).toBe(1000);
    expect(effectiveScrapeIntervalMs({ durationMs: YEAR_MS })).toBe(315_360);
    expect(effectiveScrapeIntervalMs({ durationMs: YEAR_MS, monitoring: { scrapeIntervalMs: 400_000 } })).toBe(400_000);
    // The CLI's --duration overrides the scenario's.
    expect(effectiveScrapeIntervalMs({ durationMs: 60_000 }, YEAR_MS)).toBe(315_360);
  });

  it('a set interval below the bound is refused, saying what to use', () => {
    expect(errorsOf(small({ monitoring: { scrapeIntervalMs: 1000 } }))).toEqual([
      {
        path: 'monitoring.scrapeIntervalMs',
        message:
          '31536000000 ms sampled every 1000 ms is 31536000 samples; the limit is 100000: use at least 315360 ms for a run of 1 y, or leave it out to get that by default',
      },
    ]);
  });

  it('the engine samples a year-long run at the raised interval', async () => {
    const { compile } = await import('../../src/engine/config.ts');
    expect(compile(small()).scrapeUs).toBe(315_360_000);
    expect(compile(small(), { durationMs: 60_000 }).scrapeUs).toBe(1_000_000);
  });
});

describe('expected work is bounded', () => {
  it('counts client requests, surges at their factor for their length, and probes', () => {
    const s: Scenario = {
      format: 'nines/scenario@1',
      name: 'w',
      durationMs: 100_000,
      nodes: [
        { id: 'users', type: 'client', rate: 10 },
        { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 500 } },
        { id: 'a', type: 'server' },
        { id: 'b', type: 'server' },
        { id: 'db1', type: 'database' },
        { id: 'db2', type: 'database' },
      ],
      links: [{ from: 'users', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }, { from: 'a', to: 'db1' }],
      clusters: [{ id: 'c', members: ['db1', 'db2'], failover: { detectionMs: 2000 } }],
      // ×3 for 10 s adds 2 × 10/s × 10 s; a surge that starts after the end adds nothing.
      faults: [
        { atMs: 50_000, durationMs: 10_000, type: 'surge', target: 'users', factor: 3 },
        { atMs: 200_000, type: 'surge', target: 'users', factor: 3 },
      ],
    };
    const work = expectedWork(s);
    expect(work.requests).toBe(1000 + 200);
    expect(work.healthChecks).toBe(2 * (200 + 1));
    expect(work.heartbeats).toBe(2 * (500 + 1));
    expect(work.scrapes).toBe(101);
    expect(work.total).toBe(1200 + 402 + 1002 + 101);
  });

  it('ten years at 1 request/s is too much, and the message says what to shorten', () => {
    expect(errorsOf(small({ durationMs: 10 * YEAR_MS }))).toEqual([
      {
        path: 'durationMs',
        message:
          'a run of 10 y asks for about 315 million requests and probes (mostly client requests); the limit is 200 million: ' +
          'shorten durationMs to at most 199936599886 (6.34 y), or lower the clients’ rates',
      },
    ]);
  });

  it('a surge counts: the same day fits without it and not with it', () => {
    const day = small({ durationMs: 86_400_000 }, 2000);
    expect(validateScenario(day).ok).toBe(true);
    const surged = { ...day, faults: [{ atMs: 0, durationMs: 43_200_000, type: 'surge' as const, target: 'users', factor: 2 }] };
    expect(errorsOf(surged)[0].message).toMatch(/^a run of 1 d asks for about 259 million requests and probes \(mostly client requests\)/);
  });

  it('health checks and heartbeats count, and the advice names them', () => {
    const backends = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, type: 'server' as const }));
    const probes: Scenario = {
      format: 'nines/scenario@1',
      name: 'p',
      durationMs: 30 * 86_400_000,
      nodes: [{ id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: 100 } }, ...backends],
      links: backends.map((b) => ({ from: 'lb', to: b.id })),
    };
    expect(errorsOf(probes)[0].message).toMatch(/\(mostly health checks\).*or lengthen the health-check intervalMs$/);
    const dbs = Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, type: 'database' as const }));
    const cluster: Scenario = {
      format: 'nines/scenario@1',
      name: 'c',
      durationMs: YEAR_MS,
      nodes: dbs,
      clusters: [{ id: 'c', members: dbs.map((d) => d.id) }],
    };
    expect(errorsOf(cluster)[0].message).toMatch(/\(mostly heartbeats\).*or lengthen failover\.detectionMs$/);
  });

  it('a DNS node probes its endpoints even without a healthCheck of its own', () => {
    const s: Scenario = {
      format: 'nines/scenario@1',
      name: 'dns',
      durationMs: 10_000,
      nodes: [{ id: 'dns', type: 'dns' }, { id: 'a', type: 'loadBalancer' }, { id: 'b', type: 'loadBalancer' }],
      links: [{ from: 'dns', to: 'a' }, { from: 'dns', to: 'b' }],
    };
    expect(expectedWork(s).healthChecks).toBe(2 * (10 + 1));
  });
});
