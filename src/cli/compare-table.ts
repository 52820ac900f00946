// The readable output of `nines compare`: each metric for A and B, the paired
// difference with its interval, the spreads that show what pairing bought,
// the verdict in words, and the commands that replay each design's worst seed.
import { METRICS, digitsFor, summarize, verdict, type CompareOutput, type Metric, type RunRow } from '../experiments/index.ts';
import { percent } from './summary.ts';
import { replayCommand, table } from './sweep-table.ts';

const NAMES: Record<Metric, string> = { availability: 'availability', latencyP99Ms: 'p99 latency', writesLost: 'lost writes' };

/** Availability differences in percentage points, the others in their own unit. */
const SCALE: Record<Metric, { scale: number; unit: string }> = {
  availability: { scale: 100, unit: 'points' },
  latencyP99Ms: { scale: 1, unit: 'ms' },
  writesLost: { scale: 1, unit: 'writes' },
};

const plain: Record<Metric, (v: number) => string> = {
  availability: percent,
  latencyP99Ms: (v) => `${v.toFixed(1)} ms`,
  writesLost: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2)),
};

export interface CompareContext {
  files: [string, string];
  runsA: readonly RunRow[];
  runsB: readonly RunRow[];
}

export function formatCompare(c: CompareOutput, ctx: CompareContext): string {
  const out: string[] = [];
  const sameName = c.a === c.b;
  out.push(`A: ${c.a}${sameName ? ` (${ctx.files[0]})` : ''}`);
  out.push(`B: ${c.b}${sameName ? ` (${ctx.files[1]})` : ''}`);
  out.push(`seeds ${c.seeds[0]}..${c.seeds[1]} · ${c.runs} pair${c.runs === 1 ? '' : 's'} of runs on common seeds`);
  out.push('');
  const rows = [['', 'A', 'B', 'B − A (95 % interval)', 'paired sd', 'unpaired sd']];
  for (const metric of METRICS) {
    const m = c.metrics[metric];
    const { scale, unit } = SCALE[metric];
    const half = m.ci95 ? ((m.ci95[1] - m.ci95[0]) / 2) * scale : 0;
    const digits = digitsFor(half > 0 ? half : Math.abs(m.diff * scale));
    const sign = m.diff > 0 ? '+' : m.diff < 0 ? '−' : '';
    const same = m.diff === 0 && half === 0;
    const diff = same ? `0 ${unit}` : `${sign}${Math.abs(m.diff * scale).toFixed(digits)}${m.ci95 ? ` ± ${half.toFixed(digits)}` : ''} ${unit}`;
    const sd = (v: number) => (v === 0 ? `0 ${unit}` : `${(v * scale).toFixed(digits + 1)} ${unit}`);
    rows.push([NAMES[metric], plain[metric](m.a), plain[metric](m.b), diff, sd(m.pairedSd), sd(m.unpairedSd)]);
  }
  out.push(...table(rows, '  '));
  out.push('');
  for (const metric of METRICS) {
    const v = verdict(metric, c.metrics[metric], c.runs);
    out.push(`${v.sentence} (${v.significance}).`);
  }
  out.push('');
  const worst = (runs: readonly RunRow[]) => summarize(runs.map((r) => r.availability), runs.map((r) => r.seed), 'lower').worstSeed;
  out.push(`replay A's worst availability: ${replayCommand(ctx.files[0], worst(ctx.runsA), {})}`);
  out.push(`replay B's worst availability: ${replayCommand(ctx.files[1], worst(ctx.runsB), {})}`);
  return out.join('\n');
}
