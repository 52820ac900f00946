// `nines merge`: the outputs of a sharded sweep joined into exactly the
// document the unsharded sweep prints. Parts come from other machines, so
// each is checked before it is trusted, and a merge that would be wrong
// (parts of different sweeps, a part missing or given twice) is refused
// with a message that says which file is the problem.
import { buildSweep, SWEEP_FORMAT, type RunRow, type SweepOutput } from './sweep.ts';

export class MergeError extends Error {}

export interface SweepFile {
  /** How to name the part in messages: its path. */
  source: string;
  sweep: SweepOutput;
}

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks that `value` is a `nines/sweep@1` document; the error names the field. */
export function readSweep(value: unknown, source: string): SweepOutput {
  const fail = (path: string, what: string): never => {
    throw new MergeError(`${source}: ${path}: ${what}`);
  };
  if (!isObject(value)) return fail('document', 'must be a nines/sweep@1 object');
  if (value.format !== SWEEP_FORMAT) fail('format', `must be "${SWEEP_FORMAT}" (got ${JSON.stringify(value.format)})`);
  if (typeof value.scenario !== 'string') fail('scenario', 'must be a text');
  if (typeof value.sweepId !== 'string') fail('sweepId', 'is missing: this output was not written by nines sweep');
  const seeds = value.seeds;
  if (!Array.isArray(seeds) || seeds.length !== 2 || !isInt(seeds[0]) || !isInt(seeds[1]) || seeds[0] > seeds[1]) {
    fail('seeds', 'must be [first, last]');
  }
  const shard = value.shard;
  if (!isObject(shard) || !isInt(shard.count) || !isInt(shard.index) || shard.count < 1 || shard.index < 0 || shard.index >= shard.count) {
    fail('shard', 'must be { "index": I, "count": N } with 0 ≤ I < N');
  }
  if (!Array.isArray(value.points) || value.points.length === 0) fail('points', 'must be a non-empty list');
  (value.points as unknown[]).forEach((point, p) => {
    if (!isObject(point) || !isObject(point.set) || !Array.isArray(point.runs)) {
      fail(`points[${p}]`, 'must have "set" and "runs"');
    }
    ((point as { runs: unknown[] }).runs).forEach((run, r) => checkRun(run, `points[${p}].runs[${r}]`, fail));
  });
  return value as unknown as SweepOutput;
}

function checkRun(run: unknown, path: string, fail: (path: string, what: string) => never): void {
  if (!isObject(run)) fail(path, 'must be a run');
  const r = run as Record<string, unknown>;
  if (!isInt(r.seed)) fail(`${path}.seed`, 'must be an integer');
  for (const key of ['availability', 'latencyP99Ms', 'writesLost'] as const) {
    if (typeof r[key] !== 'number' || !Number.isFinite(r[key])) fail(`${path}.${key}`, 'must be a number');
  }
  if (typeof r.traceHash !== 'string') fail(`${path}.traceHash`, 'must be a text');
}

/** Joins every shard of one sweep; the result is the unsharded sweep's document. */
export function mergeSweeps(files: readonly SweepFile[]): SweepOutput {
  if (files.length === 0) throw new MergeError('nothing to merge: give the output of every shard');
  const first = files[0];
  const count = first.sweep.shard.count;
  const byIndex = new Map<number, SweepFile>();
  for (const file of files) {
    checkSameSweep(first, file);
    const { index } = file.sweep.shard;
    const twin = byIndex.get(index);
    if (twin) throw new MergeError(`${twin.source} and ${file.source} are both shard ${index}/${count}: give each part once`);
    byIndex.set(index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const have = [...byIndex.keys()].sort((a, b) => a - b).join(', ');
    throw new MergeError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing (have ${have}): give the output of every shard`);
  }
  const [firstSeed, lastSeed] = first.sweep.seeds;
  const points = first.sweep.points.map((point, p) => {
    const runs: RunRow[] = files.flatMap((f) => f.sweep.points[p].runs);
    runs.sort((a, b) => a.seed - b.seed);
    runs.forEach((run, i) => {
      if (run.seed !== firstSeed + i) {
        const owner = files.find((f) => f.sweep.points[p].runs.includes(run))!;
        throw new MergeError(`${owner.source}: points[${p}]: seed ${run.seed} is ${run.seed < firstSeed + i ? 'given twice' : 'out of place'}; seed ${firstSeed + i} is missing`);
      }
    });
    if (runs.length !== lastSeed - firstSeed + 1) {
      throw new MergeError(`points[${p}]: ${runs.length} runs for the ${lastSeed - firstSeed + 1} seeds ${firstSeed}..${lastSeed}`);
    }
    return { set: point.set, runs };
  });
  return buildSweep({ scenario: first.sweep.scenario, seeds: [firstSeed, lastSeed], shard: { index: 0, count: 1 }, sweepId: first.sweep.sweepId, points });
}

function checkSameSweep(first: SweepFile, other: SweepFile): void {
  const a = first.sweep;
  const b = other.sweep;
  const differ = (what: string, x: unknown, y: unknown) =>
    new MergeError(`${other.source} is not a part of the same sweep as ${first.source}: ${what} ${JSON.stringify(y)}, not ${JSON.stringify(x)}`);
  if (a.scenario !== b.scenario) throw differ('scenario', a.scenario, b.scenario);
  if (a.seeds[0] !== b.seeds[0] || a.seeds[1] !== b.seeds[1]) throw differ('seeds', a.seeds, b.seeds);
  if (a.shard.count !== b.shard.count) throw differ('shard count', a.shard.count, b.shard.count);
  const sets = (s: SweepOutput) => s.points.map((p) => p.set);
  if (JSON.stringify(sets(a)) !== JSON.stringify(sets(b))) throw differ('grid points', sets(a), sets(b));
  if (a.sweepId !== b.sweepId) {
    throw new MergeError(
      `${other.source} is not a part of the same sweep as ${first.source}: the same names and seeds, but sweepId ${b.sweepId}, not ${a.sweepId} (the scenario file or the engine version changed between them)`,
    );
  }
}
