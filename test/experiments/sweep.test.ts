// The sweep document: rows are exactly what single runs give, summaries are
// the statistics of those rows, shards partition the seeds, and merging the
// shards' documents gives the unsharded document whatever order they come in.
import { describe, expect, it } from 'vitest';
import {
  MergeError,
  buildSweep,
  gridPoints,
  mergeSweeps,
  readSweep,
  runOne,
  shardSeeds,
  summarize,
  sweepId,
  type RunRow,
  type Shard,
  type SweepOutput,
} from '../../src/experiments/index.ts';
import { runScenario } from '../../src/engine/index.ts';
import { getExample } from '../../src/scenario/examples/index.ts';

const scenario = { ...getExample('redundancy').scenario, durationMs: 5000 };

describe('runs and summaries', () => {
  it("each row is that seed's ordinary run, and the summary is the statistics of the rows", () => {
    const seeds = [4, 5, 6, 7, 8];
    const rows = seeds.map((seed) => runOne(scenario, seed));
    seeds.forEach((seed, i) => {
      const report = runScenario(scenario, { seed });
      expect(rows[i]).toEqual({
        seed,
        availability: report.availability,
        latencyP99Ms: report.latencyMs.p99,
        writesLost: report.data.writesLost,
        traceHash: report.traceHash,
      });
    });
    const sweep = build(rows, { index: 0, count: 1 }, [4, 8]);
    expect(sweep.points[0].summary.availability).toEqual(summarize(rows.map((r) => r.availability), seeds, 'lower'));
    expect(sweep.points[0].summary.latencyP99Ms).toEqual(summarize(rows.map((r) => r.latencyP99Ms), seeds, 'higher'));
    expect(sweep.points[0].summary.writesLost).toEqual(summarize(rows.map((r) => r.writesLost), seeds, 'higher'));
  });

  it('a long run reports its progress as a share of simulated time, and slicing changes nothing', () => {
    const fractions: number[] = [];
    const long = { ...scenario, durationMs: 20_000 };
    const row = runOne(long, 3, (f) => fractions.push(f), 5000);
    expect(row.traceHash).toBe(runScenario(long, { seed: 3 }).traceHash);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f > 0 && f <= 1)).toBe(true);
  });

  it('orders runs by seed whatever order they finished in', () => {
    const rows = [3, 1, 2].map((seed) => fakeRow(seed));
    expect(build(rows, { index: 0, count: 1 }, [1, 3]).points[0].runs.map((r) => r.seed)).toEqual([1, 2, 3]);
  });
});

describe('shards and grids', () => {
  it('shards partition the seeds by position modulo N', () => {
    expect(shardSeeds(10, 19, { index: 0, count: 3 })).toEqual([10, 13, 16, 19]);
    expect(shardSeeds(10, 19, { index: 2, count: 3 })).toEqual([12, 15, 18]);
    const all = [0, 1, 2, 3].flatMap((index) => shardSeeds(1, 30, { index, count: 4 }));
    expect(all.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(shardSeeds(5, 5, { index: 0, count: 1 })).toEqual([5]);
  });

  it('grids form their product, the first varying slowest, after the --set overrides', () => {
    const set = { path: 'durationMs', value: 1000 };
    const points = gridPoints([set], [{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y', 'z'] }]);
    expect(points.map((p) => p.map((o) => o.value))).toEqual([
      [1000, 1, 'x'], [1000, 1, 'y'], [1000, 1, 'z'], [1000, 2, 'x'], [1000, 2, 'y'], [1000, 2, 'z'],
    ]);
    expect(gridPoints([], [])).toEqual([[]]);
  });

  it('the sweep id changes with the scenario, the overrides and the seeds', () => {
    const id = sweepId(scenario, [[]], [1, 10]);
    expect(sweepId(structuredClone(scenario), [[]], [1, 10])).toBe(id);
    expect(sweepId({ ...scenario, durationMs: 5001 }, [[]], [1, 10])).not.toBe(id);
    expect(sweepId(scenario, [[{ path: 'durationMs', value: 5 }]], [1, 10])).not.toBe(id);
    expect(sweepId(scenario, [[]], [1, 11])).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('merge', () => {
  const seeds: [number, number] = [1, 10];
  const rows = Array.from({ length: 10 }, (_, i) => fakeRow(i + 1));
  const whole = build(rows, { index: 0, count: 1 }, seeds);
  const part = (index: number, count = 3): SweepOutput => {
    const mine = new Set(shardSeeds(1, 10, { index, count }));
    // Through JSON, as parts arrive from other machines.
    return JSON.parse(JSON.stringify(build(rows.filter((r) => mine.has(r.seed)), { index, count }, seeds))) as SweepOutput;
  };
  const files = (...parts: SweepOutput[]) => parts.map((sweep, i) => ({ source: `part-${i}.json`, sweep: readSweep(sweep, `part-${i}.json`) }));

  it('joins the parts, in any order, into exactly the unsharded document', () => {
    const merged = mergeSweeps(files(part(2), part(0), part(1)));
    expect(JSON.stringify(merged, null, 2)).toBe(JSON.stringify(whole, null, 2));
    expect(part(1).runs).toBe(3);
    expect(part(1).seeds).toEqual([1, 10]);
  });

  it.each([
    ['a missing part', () => files(part(0), part(2)), 'shard 1/3 missing (have 0, 2): give the output of every shard'],
    ['a part given twice', () => files(part(0), part(1), part(1), part(2)), 'part-1.json and part-2.json are both shard 1/3: give each part once'],
    ['parts of different shard counts', () => files(part(0), part(1, 2)), 'part-1.json is not a part of the same sweep as part-0.json: shard count 2, not 3'],
    ['parts of different sweeps', () => files(part(0), { ...part(1), sweepId: 'ffffffffffffffff' }, part(2)), 'the scenario file or the engine version changed between them'],
    ['a part with a run missing', () => files(part(0), { ...part(1), points: [{ ...part(1).points[0], runs: part(1).points[0].runs.slice(1) }] }, part(2)), 'seed 2 is missing'],
    ['nothing', () => [], 'nothing to merge'],
  ])('refuses %s', (_what, make, message) => {
    expect(() => mergeSweeps(make())).toThrow(MergeError);
    expect(() => mergeSweeps(make())).toThrow(message);
  });

  it.each([
    [{ format: 'nines/report@1' }, 'x.json: format: must be "nines/sweep@1" (got "nines/report@1")'],
    [{ ...whole, shard: { index: 3, count: 3 } }, 'x.json: shard: must be { "index": I, "count": N } with 0 ≤ I < N'],
    [{ ...whole, points: [{ ...whole.points[0], runs: [{ ...rows[0], availability: 'high' }] }] }, 'x.json: points[0].runs[0].availability: must be a number'],
    [{ ...whole, sweepId: undefined }, 'x.json: sweepId: is missing'],
    [[1, 2], 'x.json: document: must be a nines/sweep@1 object'],
  ])('a malformed part is refused naming the field: %#', (doc, message) => {
    expect(() => readSweep(doc, 'x.json')).toThrow(message);
  });
});

function fakeRow(seed: number): RunRow {
  return { seed, availability: 0.99 + (seed % 7) / 1000, latencyP99Ms: 100 + ((seed * 37) % 11), writesLost: seed % 3, traceHash: `h${seed}` };
}

function build(rows: RunRow[], shard: Shard, seeds: [number, number]): SweepOutput {
  return buildSweep({ scenario: scenario.name, seeds, shard, sweepId: sweepId(scenario, [[]], seeds), points: [{ set: {}, runs: rows }] });
}
