// The readable output of `nines sweep` and `nines merge`: per grid point, the
// mean of each metric with its 95 % interval, the range, the worst seed, and
// the `nines run` command that replays the worst run.
import { ninesAndDowntime, parseValue, type MetricSummary, type SweepOutput } from '../experiments/index.ts';
import { percent } from './summary.ts';

type Format = (value: number) => string;

const ROWS: Array<{ key: 'availability' | 'latencyP99Ms' | 'writesLost'; name: string; format: Format }> = [
  { key: 'availability', name: 'availability', format: percent },
  { key: 'latencyP99Ms', name: 'p99 latency', format: (v) => `${v.toFixed(1)} ms` },
  { key: 'writesLost', name: 'lost writes', format: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2)) },
];

/** `file` is how the user named the scenario, for the replay command. */
export function formatSweep(sweep: SweepOutput, file: string): string {
  const out: string[] = [];
  const [first, last] = sweep.seeds;
  const { index, count } = sweep.shard;
  out.push(`${sweep.scenario} · seeds ${first}..${last} · ${sweep.runs} run${sweep.runs === 1 ? '' : 's'}${sweep.points.length > 1 ? ` at each of ${sweep.points.length} grid points` : ''}`);
  if (count > 1) out.push(`shard ${index}/${count}: this part's runs only; write each shard with --json and join them with nines merge`);
  for (const point of sweep.points) {
    out.push('');
    const sets = Object.entries(point.set);
    if (sets.length > 0) out.push(sets.map(([path, value]) => `${path}=${replayValue(path, value)}`).join('  '));
    const rows = [['', 'mean', '95 % interval', 'min', 'max', 'worst seed']];
    for (const { key, name, format } of ROWS) rows.push(metricRow(name, point.summary[key], format));
    out.push(...table(rows, '  '));
    out.push(`  mean availability: ${ninesAndDowntime(point.summary.availability.mean)}`);
    const worst = point.summary.availability.worstSeed;
    out.push(`  replay the worst availability: ${replayCommand(file, worst, point.set)}`);
  }
  return out.join('\n');
}

function metricRow(name: string, s: MetricSummary, format: Format): string[] {
  const interval = s.ci95 ? `${format(s.ci95[0])} … ${format(s.ci95[1])}` : 'none (one seed)';
  return [name, format(s.mean), interval, format(s.min), format(s.max), String(s.worstSeed)];
}

/** The command that replays one run: `nines run FILE --seed N --set PATH=V…`, quoted for a shell. */
export function replayCommand(file: string, seed: number, set: Record<string, unknown>): string {
  const words = ['nines', 'run', file, '--seed', String(seed)];
  for (const [path, value] of Object.entries(set)) words.push('--set', `${path}=${replayValue(path, value)}`);
  return words.map(shellQuote).join(' ');
}

/** A value as `--set` reads it back: bare text where it would read back the same, else JSON. */
function replayValue(path: string, value: unknown): string {
  if (typeof value === 'string') {
    const back = parseValue(path, value);
    if (back.ok && back.value === value) return value;
  }
  return JSON.stringify(value);
}

export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./=:,+@%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Left-aligned columns, first row a header, each line indented by `indent`. */
export function table(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => indent + row.map((cell, c) => cell.padEnd(widths[c])).join('   ').trimEnd());
}
