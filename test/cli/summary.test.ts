import { describe, expect, it } from 'vitest';
import { formatSummary, nines, percent } from '../../src/cli/summary.ts';
import type { Report, Scenario } from '../../src/scenario/types.ts';

const scenario: Scenario = {
  format: 'nines/scenario@1',
  name: 'Tiny',
  nodes: [
    { id: 'users', type: 'client' },
    { id: 'web', type: 'server' },
    { id: 'db', type: 'database' },
  ],
  alerts: [{ id: 'errors', name: 'Errors above 1%', metric: 'errorRate', op: '>', threshold: 0.01 }],
  slo: { availability: 0.999 },
};

const report: Report = {
  format: 'nines/report@1',
  scenario: 'Tiny',
  seed: 7,
  durationMs: 60_000,
  events: 123_456,
  traceHash: 'abc123',
  requests: { total: 1000, succeeded: 999, failed: 1, timedOut: 0, rejected: 0, attempts: 1001 },
  availability: 0.999,
  latencyMs: { mean: 12.34, p50: 10, p95: 20.05, p99: 31.5, max: 80 },
  throughputPerSec: 16.65,
  nodes: {
    db: { served: 999, rejected: 0, utilization: 0.25, meanQueue: 0.5, downtimeMs: 0 },
    web: { served: 999, rejected: 0, utilization: 0.5, meanQueue: 1.25, downtimeMs: 15_000 },
    users: { served: 0, rejected: 0, utilization: 0, meanQueue: 0, downtimeMs: 0 },
  },
  data: { writesAcked: 10, writesLost: 2, staleReads: 3, failovers: 1, noPrimaryMs: 4000, splitBrainMs: 0 },
  alerts: [{ id: 'errors', firedAtMs: 20_000, resolvedAtMs: 35_500 }],
  slo: { met: true, availability: 0.999, errorBudgetSpent: 1 },
};

describe('formatSummary', () => {
  const text = formatSummary(report, scenario);

  it('leads with availability in % and in nines, and latency percentiles in ms', () => {
    expect(text).toContain('Availability  99.900%  (3.0 nines)');
    expect(text).toContain('Latency       p50 10.0 ms  p95 20.1 ms  p99 31.5 ms  (mean 12.3 ms, max 80.0 ms)');
    expect(text).toContain('seed 7 · 60.0 s simulated · 123,456 events · trace abc123');
  });

  it('counts requests by outcome', () => {
    expect(text).toMatch(/total\s+succeeded\s+failed\s+timed out\s+rejected\s+attempts\n\s+1000\s+999\s+1\s+0\s+0\s+1001/);
  });

  it('lists nodes in scenario order with their figures', () => {
    const rows = text.split('\n').filter((line) => /^\s+(users|web|db)\s/.test(line));
    expect(rows.map((r) => r.trim().split(/\s+/)[0])).toEqual(['users', 'web', 'db']);
    expect(rows[1].trim().split(/\s+/)).toEqual(['web', 'server', '999', '0', '50.0%', '1.25', '15.0', 's']);
  });

  it('has a data section when there are databases, and alerts and SLO lines', () => {
    expect(text).toMatch(/writes acked\s+writes lost\s+stale reads\s+failovers\s+no primary\s+split brain\n\s+10\s+2\s+3\s+1\s+4\.0 s\s+0 ms/);
    expect(text).toContain('Alerts        Errors above 1%: fired at 20.0 s, resolved at 35.5 s');
    expect(text).toContain('SLO           met (availability ≥ 99.900%; error budget spent 100.0%)');
  });

  it('names the default SLO target when the scenario sets none', () => {
    const noSlo = { ...scenario, slo: undefined };
    expect(formatSummary(report, noSlo)).toContain('SLO           met (availability ≥ 99.900%, the default; error budget spent 100.0%)');
  });

  it('says when the latency target is what missed the SLO (a run at 100 % is not "MISSED" for no reason)', () => {
    const slow: Report = { ...report, availability: 1, slo: { met: false, availability: 1, errorBudgetSpent: 0, latencyMs: 407.55, target: { availability: 0.999, latencyMs: 300, percentile: 99 } } };
    expect(formatSummary(slow, scenario)).toContain('SLO           MISSED (availability ≥ 99.900%; p99 407.6 ms > 300.0 ms, the default; error budget spent 0.0%)');
    const own = { ...scenario, slo: { availability: 0.999, latencyMs: 200, percentile: 95 } };
    const slow95: Report = { ...slow, slo: { ...slow.slo, latencyMs: 250, target: { availability: 0.999, latencyMs: 200, percentile: 95 } } };
    expect(formatSummary(slow95, own)).toContain('MISSED (availability ≥ 99.900%; p95 250.0 ms > 200.0 ms; error budget spent 0.0%)');
  });

  it("shows a cache's hit ratio under the nodes", () => {
    const withCache: Scenario = { ...scenario, nodes: [...scenario.nodes, { id: 'hot', type: 'cache' }] };
    const cached: Report = { ...report, nodes: { ...report.nodes, hot: { served: 999, rejected: 0, utilization: 0, meanQueue: 0, downtimeMs: 0, hits: 908, misses: 91, hitRatio: 908 / 999 } } };
    expect(formatSummary(cached, withCache)).toContain('  hot: hit ratio 90.9% (908 hits, 91 misses)');
  });

  it('says the expected line counts detection and failover, not overload', () => {
    const failing: Scenario = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'web' ? { ...n, failure: { mtbfMs: 9000, mttrMs: 1000 } } : n)), links: [{ from: 'users', to: 'web' }] };
    expect(formatSummary(report, failing)).toContain('  expected    90.0%  from MTBF/MTTR, health-check detection and failover');
  });

  it('leaves out the data section when there is no database', () => {
    const noDb = { ...scenario, nodes: scenario.nodes.slice(0, 2) };
    expect(formatSummary(report, noDb)).not.toContain('writes acked');
  });
});

describe('number formats', () => {
  it.each([
    [0.999, 1, '3.0 nines'],
    [0.99999, 1, '5.0 nines'],
    [0.9, 5, '1.0 nines'],
    [1, 0, 'no failed requests'],
    [0, 10, '0 nines'],
  ])('nines(%d)', (availability, failures, text) => {
    expect(nines(availability, failures)).toBe(text);
  });

  it.each([
    [0.5, '50.0%'],
    [0.99912, '99.912%'],
    [1, '100.0%'],
    [0, '0.0%'],
  ])('percent(%d)', (fraction, text) => {
    expect(percent(fraction)).toBe(text);
  });
});
