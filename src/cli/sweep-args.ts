// Arguments of the experiment commands: `sweep`, `merge` and `compare`.
// They take repeated flags (`--set`, `--grid`) and several files, so they
// have their own small parser; it is as strict as args.ts: an unknown or
// malformed flag is a usage error (exit 2), never silently ignored.
import type { Shard } from '../experiments/index.ts';
import { splitAssignment, splitValues } from '../experiments/index.ts';
import { MAX_SEED } from '../scenario/index.ts';
import { UsageError, type Args } from './args.ts';

export type ExperimentCommand = 'sweep' | 'merge' | 'compare';

export interface Assignment {
  path: string;
  raw: string;
}

export interface ExperimentArgs {
  /** sweep: the scenario; compare: A and B; merge: the shards' outputs. */
  files: string[];
  seeds?: [number, number];
  sets: Assignment[];
  grids: Array<{ path: string; raws: string[] }>;
  jobs?: number;
  shard?: Shard;
  quiet: boolean;
}

/** Most runs one sweep may ask for (seeds × grid points). */
export const MAX_SWEEP_RUNS = 1_000_000;
export const MAX_JOBS = 1024;

type Flag = 'seeds' | 'set' | 'grid' | 'jobs' | 'shard' | 'json' | 'quiet';

const FLAGS: Record<ExperimentCommand, readonly Flag[]> = {
  sweep: ['seeds', 'set', 'grid', 'jobs', 'shard', 'json', 'quiet'],
  compare: ['seeds', 'jobs', 'json', 'quiet'],
  merge: ['json'],
};

export function isExperimentCommand(name: string | undefined): name is ExperimentCommand {
  return name === 'sweep' || name === 'merge' || name === 'compare';
}

export function parseExperimentArgs(command: ExperimentCommand, argv: readonly string[]): Args {
  const x: ExperimentArgs = { files: [], sets: [], grids: [], quiet: false };
  const args: Args = { command, json: false, help: false, experiment: x };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '--help' || token === '-h') {
      args.help = true;
      continue;
    }
    if (!token.startsWith('-') || token === '-') {
      x.files.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    if (!token.startsWith('--') || !(FLAGS[command] as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option "${token}" for "${command}" (it takes ${FLAGS[command].map((f) => `--${f}`).join(', ')})`);
    }
    const flag = name as Flag;
    if (flag === 'json' || flag === 'quiet') {
      if (eq !== -1) throw new UsageError(`--${flag} takes no value`);
      if (flag === 'json') args.json = true;
      else x.quiet = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value`);
    take(x, flag, value);
  }
  if (!args.help) finish(command, x);
  args.file = x.files[0];
  return args;
}

function take(x: ExperimentArgs, flag: Exclude<Flag, 'json' | 'quiet'>, value: string): void {
  if (flag === 'seeds') x.seeds = parseSeeds(value);
  else if (flag === 'jobs') x.jobs = parseJobs(value);
  else if (flag === 'shard') x.shard = parseShard(value);
  else {
    const split = splitAssignment(value);
    if (!split.ok) throw new UsageError(`--${flag} ${split.error}`);
    const { path, raw } = split.value;
    if ([...x.sets, ...x.grids].some((o) => o.path === path)) throw new UsageError(`--${flag} ${path}: that path is already overridden`);
    if (flag === 'set') x.sets.push({ path, raw });
    else {
      const raws = splitValues(raw);
      if (raws.some((r) => r.trim() === '')) throw new UsageError(`--grid ${path}: an empty value in "${raw}" (write V1,V2,…)`);
      x.grids.push({ path, raws });
    }
  }
}

function finish(command: ExperimentCommand, x: ExperimentArgs): void {
  const wanted = { sweep: 'a scenario FILE (or the name of a built-in example)', compare: 'two scenarios, A and B', merge: 'the JSON outputs of every shard (SHARD.json…)' }[command];
  if (command === 'sweep' && x.files.length !== 1) throw new UsageError(x.files.length === 0 ? `"sweep" needs ${wanted}` : `unexpected argument "${x.files[1]}"`);
  if (command === 'compare' && x.files.length !== 2) throw new UsageError(x.files.length > 2 ? `unexpected argument "${x.files[2]}"` : `"compare" needs ${wanted}`);
  if (command === 'merge' && x.files.length === 0) throw new UsageError(`"merge" needs ${wanted}`);
  if (command === 'merge') return;
  if (!x.seeds) throw new UsageError(`"${command}" needs --seeds A..B (e.g. --seeds 1..30)`);
  const seeds = x.seeds[1] - x.seeds[0] + 1;
  const points = command === 'compare' ? 2 : x.grids.reduce((n, g) => n * g.raws.length, 1);
  if (seeds * points > MAX_SWEEP_RUNS) {
    const what = command === 'compare' ? `${seeds} seeds of two designs` : `${seeds} seeds × ${points} grid points`;
    throw new UsageError(`${what} is ${seeds * points} runs; the limit is ${MAX_SWEEP_RUNS.toLocaleString('en-US')}`);
  }
  if (x.shard && x.shard.count > seeds) {
    throw new UsageError(`--shard ${x.shard.index}/${x.shard.count}: only ${seeds} seed${seeds === 1 ? '' : 's'} to share among ${x.shard.count} shards`);
  }
}

function parseSeeds(text: string): [number, number] {
  const match = /^(\d{1,10})\.\.(\d{1,10})$/.exec(text);
  const first = match ? Number(match[1]) : Number.NaN;
  const last = match ? Number(match[2]) : Number.NaN;
  if (!(first <= MAX_SEED && last <= MAX_SEED)) {
    throw new UsageError(`--seeds must be a range A..B of unsigned 32-bit integers (e.g. 1..30), got "${text}"`);
  }
  if (first > last) throw new UsageError(`--seeds ${text}: the first seed is after the last`);
  return [first, last];
}

function parseJobs(text: string): number {
  const jobs = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be an integer from 1 to ${MAX_JOBS}, got "${text}"`);
  return jobs;
}

function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text);
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!(count >= 1 && index >= 0 && index < count)) {
    throw new UsageError(`--shard must be I/N with 0 ≤ I < N (e.g. 0/4; a Kubernetes Indexed Job passes $JOB_COMPLETION_INDEX as I), got "${text}"`);
  }
  return { index, count };
}
