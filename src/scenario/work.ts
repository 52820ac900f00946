// Limits bounded by work, not by time (spec/scenario-format.md, *Limits*): a
// run may last ten years, but the work it asks of the engine — client
// requests plus periodic probes — is bounded. Both the validator (which
// refuses what is too much, saying what to shorten) and the engine (which
// raises a default scrape interval on long runs) read these functions, so
// they can never disagree.
import { CLIENT_DEFAULTS, CLUSTER_DEFAULTS, DEFAULT_DURATION_MS, HEALTH_CHECK_DEFAULTS, MONITORING_DEFAULTS } from './defaults.ts';
import { MAX_EXPECTED_WORK, MAX_SCRAPE_SAMPLES, MIN_SCRAPE_INTERVAL_MS } from './limits.ts';
import type { Scenario } from './types.ts';

/** The part of a scenario that decides its scrape interval. */
type ScrapeInputs = Pick<Scenario, 'durationMs' | 'monitoring'>;

/**
 * The closest that scrapes may be: max(100 ms, durationMs ÷ 100,000), in
 * whole microseconds (rounded up, so a run never gets more than 100,000).
 */
export function minScrapeIntervalMs(durationMs: number): number {
  return Math.max(MIN_SCRAPE_INTERVAL_MS, Math.ceil((durationMs * 1000) / MAX_SCRAPE_SAMPLES) / 1000);
}

/**
 * The scrape interval a run really uses: the scenario's own, or — when it
 * leaves it out — the default raised to the bound for long runs, so a year-long
 * run samples every 5.3 minutes instead of being refused. `durationMs`
 * overrides the scenario's (the CLI's --duration).
 */
export function effectiveScrapeIntervalMs(scenario: ScrapeInputs, durationMs?: number): number {
  const set = scenario.monitoring?.scrapeIntervalMs;
  if (set !== undefined) return set;
  const runMs = durationMs ?? scenario.durationMs ?? DEFAULT_DURATION_MS;
  return Math.max(MONITORING_DEFAULTS.scrapeIntervalMs, minScrapeIntervalMs(runMs));
}

/** What one run is expected to ask of the engine, by source (events, roughly one per request or probe). */
export interface ExpectedWork {
  /** Client requests: Σ rate × duration, surges at their factor for their length; retries not counted. */
  requests: number;
  /** Health-check probes of balancers and DNS nodes: each backend or endpoint once per interval. */
  healthChecks: number;
  /** Clusters' heartbeats: ten ticks per detection window (10 ms to 1 s apart), one message per member. */
  heartbeats: number;
  scrapes: number;
  total: number;
}

/** Expected work of a validated scenario (its fields are each well-formed). */
export function expectedWork(s: Scenario, durationMs: number = s.durationMs ?? DEFAULT_DURATION_MS): ExpectedWork {
  const runSec = durationMs / 1000;
  const rateOf = new Map<string, number>();
  let requests = 0;
  for (const node of s.nodes) {
    if (node.type !== 'client') continue;
    const rate = node.rate ?? CLIENT_DEFAULTS.rate;
    rateOf.set(node.id, rate);
    requests += rate * runSec;
  }
  for (const fault of s.faults ?? []) {
    if (fault.type !== 'surge') continue;
    const rate = rateOf.get(fault.target);
    if (rate === undefined) continue;
    const endMs = Math.min(durationMs, fault.atMs + (fault.durationMs ?? Number.POSITIVE_INFINITY));
    const overlapSec = Math.max(0, endMs - fault.atMs) / 1000;
    requests += rate * (fault.factor - 1) * overlapSec;
  }

  const backends = new Map<string, number>();
  for (const link of s.links ?? []) backends.set(link.from, (backends.get(link.from) ?? 0) + 1);
  let healthChecks = 0;
  for (const node of s.nodes) {
    // A balancer probes only with a healthCheck; a DNS node always does (with the balancer's defaults).
    const probing = (node.type === 'loadBalancer' && node.healthCheck) || node.type === 'dns';
    if (!probing) continue;
    const intervalMs = node.healthCheck?.intervalMs ?? HEALTH_CHECK_DEFAULTS.intervalMs;
    healthChecks += (backends.get(node.id) ?? 0) * (durationMs / intervalMs + 1);
  }

  let heartbeats = 0;
  for (const cluster of s.clusters ?? []) {
    const detectionMs = cluster.failover?.detectionMs ?? CLUSTER_DEFAULTS.failover.detectionMs;
    const tickMs = Math.min(1000, Math.max(10, detectionMs / 10));
    heartbeats += cluster.members.length * (durationMs / tickMs + 1);
  }

  const scrapes = durationMs / effectiveScrapeIntervalMs(s, durationMs) + 1;
  return { requests, healthChecks, heartbeats, scrapes, total: requests + healthChecks + heartbeats + scrapes };
}

/**
 * Why a scenario asks too much, or null when it does not: the message says
 * where the work comes from and what to shorten (every part grows with the
 * run's length, so the longest duration that fits is a fair first answer).
 */
export function workRefusal(s: Scenario, durationMs: number = s.durationMs ?? DEFAULT_DURATION_MS): string | null {
  const work = expectedWork(s, durationMs);
  if (work.total <= MAX_EXPECTED_WORK) return null;
  const parts: Array<[string, number]> = [
    ['client requests', work.requests],
    ['health checks', work.healthChecks],
    ['heartbeats', work.heartbeats],
    ['scrapes', work.scrapes],
  ];
  const biggest = parts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const fitsMs = Math.floor((durationMs * MAX_EXPECTED_WORK) / work.total);
  const advice =
    biggest[0] === 'client requests'
      ? 'or lower the clients\u2019 rates'
      : biggest[0] === 'health checks'
        ? 'or lengthen the health-check intervalMs'
        : biggest[0] === 'heartbeats'
          ? 'or lengthen failover.detectionMs'
          : 'or lengthen monitoring.scrapeIntervalMs';
  return (
    `a run of ${describeMs(durationMs)} asks for about ${count(work.total)} requests and probes ` +
    `(mostly ${biggest[0]}); the limit is ${count(MAX_EXPECTED_WORK)}: shorten durationMs to at most ` +
    `${fitsMs} (${describeMs(fitsMs)}), ${advice}`
  );
}

/** 3.2e8 → "320 million"; smaller numbers in full with thousands separators. */
function count(n: number): string {
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(3))} billion`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))} million`;
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A duration in the largest unit that keeps it readable: "200 d", "7.5 h", "90 s". */
export function describeMs(ms: number): string {
  const units: Array<[string, number]> = [['y', 31_536_000_000], ['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]];
  for (const [unit, size] of units) {
    if (ms >= size) return `${Number((ms / size).toPrecision(3))} ${unit}`;
  }
  return `${Number(ms.toPrecision(3))} ms`;
}
