// A sweep: one scenario run on a range of seeds at each grid point, and the
// `nines/sweep@1` document that records it. Pure data in, pure data out, so
// the CLI (worker threads, shards over machines) and the app (Web Workers)
// build the very same document from the same runs.
import { ENGINE_VERSION, type Report, type Scenario } from '../scenario/index.ts';
import { fingerprint } from './fingerprint.ts';
import type { Override } from './overrides.ts';
import { summarize, type MetricSummary } from './stats.ts';

export const SWEEP_FORMAT = 'nines/sweep@1' as const;

/** What a sweep keeps of one run: enough to summarise it and to replay it. */
export interface RunRow {
  seed: number;
  availability: number;
  latencyP99Ms: number;
  writesLost: number;
  traceHash: string;
}

export interface PointSummary {
  availability: MetricSummary;
  latencyP99Ms: MetricSummary;
  writesLost: MetricSummary;
}

export interface SweepPoint {
  /** Every override of this point, `--set` ones first, by the path as written. */
  set: Record<string, unknown>;
  runs: RunRow[];
  summary: PointSummary;
}

export interface Shard {
  index: number;
  count: number;
}

export interface SweepOutput {
  format: typeof SWEEP_FORMAT;
  scenario: string;
  /** The whole sweep's seed range, first and last included, even in a shard. */
  seeds: [number, number];
  /** Seeds run in this output (at each point). */
  runs: number;
  shard: Shard;
  points: SweepPoint[];
  /**
   * Added field: a digest of the scenario, its overrides, the seed range and
   * the engine version. Shards of one sweep share it, so `nines merge` can
   * refuse parts of different sweeps (or of the same file edited in between).
   */
  sweepId: string;
}

export function rowFromReport(report: Report): RunRow {
  return {
    seed: report.seed,
    availability: report.availability,
    latencyP99Ms: report.latencyMs.p99,
    writesLost: report.data.writesLost,
    traceHash: report.traceHash,
  };
}

/** The seeds of `first..last` whose position modulo `shard.count` is `shard.index`. */
export function shardSeeds(first: number, last: number, shard: Shard): number[] {
  const seeds: number[] = [];
  for (let seed = first + shard.index; seed <= last; seed += shard.count) seeds.push(seed);
  return seeds;
}

export interface Grid {
  path: string;
  values: unknown[];
}

/**
 * The points of a sweep: the `--set` overrides with every combination of the
 * grids' values, the first grid varying slowest. No grid: one point.
 */
export function gridPoints(sets: readonly Override[], grids: readonly Grid[]): Override[][] {
  let points: Override[][] = [[...sets]];
  for (const grid of grids) {
    points = points.flatMap((point) => grid.values.map((value) => [...point, { path: grid.path, value }]));
  }
  return points;
}

export function setOf(point: readonly Override[]): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const { path, value } of point) set[path] = value;
  return set;
}

/** The digest that ties the shards of one sweep together. */
export function sweepId(scenario: Scenario, points: readonly Override[][], seeds: [number, number]): string {
  return fingerprint(JSON.stringify([ENGINE_VERSION, scenario, points.map(setOf), seeds]));
}

export function summarizeRuns(runs: readonly RunRow[]): PointSummary {
  const seeds = runs.map((r) => r.seed);
  return {
    availability: summarize(runs.map((r) => r.availability), seeds, 'lower'),
    latencyP99Ms: summarize(runs.map((r) => r.latencyP99Ms), seeds, 'higher'),
    writesLost: summarize(runs.map((r) => r.writesLost), seeds, 'higher'),
  };
}

export interface SweepParts {
  scenario: string;
  seeds: [number, number];
  shard: Shard;
  sweepId: string;
  points: Array<{ set: Record<string, unknown>; runs: RunRow[] }>;
}

/** The document: runs ordered by seed whatever order they finished in. */
export function buildSweep(parts: SweepParts): SweepOutput {
  const points = parts.points.map(({ set, runs }) => {
    const sorted = [...runs].sort((a, b) => a.seed - b.seed);
    return { set, runs: sorted, summary: summarizeRuns(sorted) };
  });
  return {
    format: SWEEP_FORMAT,
    scenario: parts.scenario,
    seeds: parts.seeds,
    runs: points[0]?.runs.length ?? 0,
    shard: parts.shard,
    points,
    sweepId: parts.sweepId,
  };
}
