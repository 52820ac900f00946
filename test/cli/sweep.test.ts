// `nines sweep`, `nines merge` and `nines compare` as users and job runners
// call them: separate processes, real files, real exit codes. The contract:
// a sweep's JSON is byte-identical however it was split (--jobs, --shard +
// merge), each run replays with `nines run`, bad flags exit 2, bad paths 1.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompareOutput, SweepOutput } from '../../src/experiments/index.ts';
import type { Report } from '../../src/scenario/types.ts';
import { nines, scratch } from './run-nines.ts';

const { dir } = scratch();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ok(...args: string[]): Promise<string> {
  const result = await nines(...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

// A small sweep with a grid, a --set in units and a link path that needs quoting in a shell.
const SWEEP = ['sweep', 'redundancy', '--seeds', '3..11', '--set', 'durationMs=4s', '--set', 'links.lb->web-1.latencyMs=2ms', '--grid', 'nodes.web-1.workers=4,8', '--json'];

describe('nines sweep: one document however it is split', () => {
  it('shards run in separate processes and merged give the unsharded output, byte for byte', async () => {
    const [whole, ...parts] = await Promise.all([ok(...SWEEP, '--jobs', '1'), ...[0, 1, 2].map((i) => ok(...SWEEP, '--jobs', '1', '--shard', `${i}/3`))]);
    const files = parts.map((text, i) => {
      const path = join(dir, `part-${i}.json`);
      writeFileSync(path, text);
      return path;
    });
    const part1 = JSON.parse(parts[1]) as SweepOutput;
    expect(part1.shard).toEqual({ index: 1, count: 3 });
    expect(part1.seeds).toEqual([3, 11]);
    expect(part1.points[0].runs.map((r) => r.seed)).toEqual([4, 7, 10]);
    expect(await ok('merge', files[2], files[0], files[1], '--json')).toBe(whole);
  });

  it('--jobs 2 gives the same JSON as --jobs 1', async () => {
    const [one, two] = await Promise.all([ok(...SWEEP, '--jobs', '1'), ok(...SWEEP, '--jobs', '2')]);
    expect(two).toBe(one);
    const sweep = JSON.parse(one) as SweepOutput;
    expect(sweep.runs).toBe(9);
    expect(sweep.points.map((p) => p.set)).toEqual([
      { durationMs: 4000, 'links.lb->web-1.latencyMs': 2, 'nodes.web-1.workers': 4 },
      { durationMs: 4000, 'links.lb->web-1.latencyMs': 2, 'nodes.web-1.workers': 8 },
    ]);
  });

  it('each run is an ordinary run: nines run with its seed and overrides gives the same numbers', async () => {
    const sweep = JSON.parse(await ok(...SWEEP, '--jobs', '1', '--seeds', '5..6')) as SweepOutput;
    const point = sweep.points[1];
    for (const run of point.runs) {
      const sets = Object.entries(point.set).flatMap(([path, value]) => ['--set', `${path}=${JSON.stringify(value)}`]);
      const report = JSON.parse(await ok('run', 'redundancy', '--seed', String(run.seed), ...sets, '--json')) as Report;
      expect(run).toEqual({ seed: run.seed, availability: report.availability, latencyP99Ms: report.latencyMs.p99, writesLost: report.data.writesLost, traceHash: report.traceHash });
    }
  });
});

describe('nines sweep: the readable table', () => {
  it('shows mean, interval, range and worst seed, and a replay command that reproduces the worst run', async () => {
    const text = await ok('sweep', 'single-point-of-failure', '--seeds', '1..6', '--set', 'durationMs=30s', '--jobs', '1');
    expect(text).toMatch(/^A single point of failure · seeds 1\.\.6 · 6 runs\n/);
    expect(text).toMatch(/mean +95 % interval +min +max +worst seed/);
    expect(text).toMatch(/\n {2}availability +\d+\.\d+% +\d+\.\d+% … \d+\.\d+% +/);
    expect(text).toMatch(/\n {2}mean availability: \d\.\d nines — [\d.]+ (h|days) of downtime a year\n/);
    const replay = /replay the worst availability: (nines run single-point-of-failure --seed (\d+) --set durationMs=30000)\n?$/.exec(text);
    expect(replay).not.toBeNull();
    const sweep = JSON.parse(await ok('sweep', 'single-point-of-failure', '--seeds', '1..6', '--set', 'durationMs=30s', '--json')) as SweepOutput;
    const worst = sweep.points[0].summary.availability;
    expect(Number(replay![2])).toBe(worst.worstSeed);
    const report = JSON.parse(await ok(...replay![1].split(' ').slice(1), '--json')) as Report;
    expect(report.availability).toBe(worst.min);
  });

  it('is quiet on stderr when stderr is not a terminal', async () => {
    expect((await nines('sweep', 'redundancy', '--seeds', '1..2', '--set', 'durationMs=1s')).stderr).toBe('');
  });
});

describe('nines compare', () => {
  it('prints the contract JSON with a paired interval, and the verdict in words', async () => {
    const args = ['single-point-of-failure', 'redundancy', '--seeds', '1..5', '--jobs', '2'];
    const [json, text] = await Promise.all([ok('compare', ...args, '--json'), ok('compare', ...args)]);
    const c = JSON.parse(json) as CompareOutput;
    expect(c.format).toBe('nines/compare@1');
    expect([c.seeds, c.runs]).toEqual([[1, 5], 5]);
    expect(Object.keys(c.metrics)).toEqual(['availability', 'latencyP99Ms', 'writesLost']);
    const m = c.metrics.availability;
    expect(m.diff).toBeCloseTo(m.b - m.a, 15);
    expect(m.ci95![0]).toBeLessThan(m.diff);
    expect(m.ci95![1]).toBeGreaterThan(m.diff);
    expect(m.ci95![0]).toBeGreaterThan(0.2);
    expect(text).toMatch(/\nB is better by \d+\.\d+ ± \d+\.\d+ points of availability on 5 seeds \(significant: /);
    expect(text).toMatch(/\nreplay A's worst availability: nines run single-point-of-failure --seed \d+\n/);
  });
});

describe('usage errors exit 2; bad paths and parts exit 1, naming them', () => {
  it.each([
    [['sweep', 'redundancy'], '"sweep" needs --seeds A..B (e.g. --seeds 1..30)'],
    [['sweep', '--seeds', '1..3'], '"sweep" needs a scenario FILE (or the name of a built-in example)'],
    [['sweep', 'redundancy', '--seeds', '5'], '--seeds must be a range A..B of unsigned 32-bit integers (e.g. 1..30), got "5"'],
    [['sweep', 'redundancy', '--seeds', '9..2'], '--seeds 9..2: the first seed is after the last'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--jobs', '0'], '--jobs must be an integer from 1 to 1024, got "0"'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--shard', '3/3'], '--shard must be I/N with 0 ≤ I < N'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--shard', '0/4'], '--shard 0/4: only 3 seeds to share among 4 shards'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--set', 'workers'], '--set "workers" is not PATH=VALUE (e.g. nodes.web-1.workers=8)'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--grid', 'durationMs=1s,,2s'], '--grid durationMs: an empty value in "1s,,2s" (write V1,V2,…)'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--set', 'durationMs=1s', '--grid', 'durationMs=2s,3s'], '--grid durationMs: that path is already overridden'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--seed', '4'], 'unknown option "--seed" for "sweep"'],
    [['compare', 'redundancy', '--seeds', '1..3'], '"compare" needs two scenarios, A and B'],
    [['compare', 'a', 'b', '--seeds', '1..3', '--shard', '0/2'], 'unknown option "--shard" for "compare"'],
    [['merge'], '"merge" needs the JSON outputs of every shard (SHARD.json…)'],
    [['run', 'redundancy', '--duration', '5 weeks'], '--duration must be a time > 0'],
  ])('%j', async (argv, message) => {
    const result = await nines(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`nines: ${message}`);
  });

  it.each([
    [['sweep', 'redundancy', '--seeds', '1..3', '--set', 'nodes.web-9.workers=8'], 'example "redundancy": --set nodes.web-9.workers: no node with id "web-9" (nodes: users, lb, web-1, web-2, web-3)'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--grid', 'links.lb->web-7.latencyMs=1,2'], '--grid links.lb->web-7.latencyMs: no link with id "lb->web-7"'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--set', 'nodes.web-1.wrokers=8'], 'nodes[2].wrokers: unknown field'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--grid', 'nodes.web-1.workers=4,0'], 'with nodes.web-1.workers=0 is not a valid scenario:\n  nodes[2].workers: must be an integer ≥ 1'],
    [['sweep', 'redundancy', '--seeds', '1..3', '--set', 'durationMs=soon'], '--set durationMs: "soon" is not a duration'],
    [['run', 'redundancy', '--set', 'clusters.main.replication=sync'], '--set clusters.main.replication: no cluster with id "main" (there are no clusters)'],
    [['merge', '/nonexistent/part.json'], '/nonexistent/part.json: cannot read the file (ENOENT)'],
  ])('%j', async (argv, message) => {
    const result = await nines(...argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('merge refuses parts of different sweeps and a missing part', async () => {
    const write = async (name: string, ...args: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, await ok('sweep', 'redundancy', '--seeds', '1..4', '--set', 'durationMs=1s', '--json', '--jobs', '1', ...args));
      return path;
    };
    const [a0, a1, other] = await Promise.all([write('a0.json', '--shard', '0/2'), write('a1.json', '--shard', '1/2'), write('b1.json', '--shard', '1/2', '--set', 'nodes.web-1.workers=2')]);
    const different = await nines('merge', a0, other);
    expect(different.code).toBe(1);
    expect(different.stderr).toContain(`nines: ${other} is not a part of the same sweep as ${a0}: grid points`);
    const missing = await nines('merge', a1);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('nines: shard 0/2 missing (have 1): give the output of every shard\n');
  });
});
