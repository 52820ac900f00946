// A paired comparison: designs A and B run on the same seeds, so each seed
// gives one difference b − a, and the interval is that of the mean
// difference. With common random numbers (each node's own random streams)
// the two runs of a seed share their arrivals and failures, and the
// differences spread far less than two independent runs would.
import { paired, type PairedMetric } from './stats.ts';
import type { RunRow } from './sweep.ts';

export const COMPARE_FORMAT = 'nines/compare@1' as const;

export const METRICS = ['availability', 'latencyP99Ms', 'writesLost'] as const;
export type Metric = (typeof METRICS)[number];

export interface CompareOutput {
  format: typeof COMPARE_FORMAT;
  a: string;
  b: string;
  seeds: [number, number];
  runs: number;
  metrics: Record<Metric, PairedMetric>;
}

export interface CompareParts {
  a: string;
  b: string;
  seeds: [number, number];
  runsA: readonly RunRow[];
  runsB: readonly RunRow[];
}

/** The document, with A's and B's runs matched by seed whatever order they finished in. */
export function buildCompare(parts: CompareParts): CompareOutput {
  const bySeed = (rows: readonly RunRow[]) => [...rows].sort((x, y) => x.seed - y.seed);
  const a = bySeed(parts.runsA);
  const b = bySeed(parts.runsB);
  if (a.length !== b.length || a.some((row, i) => row.seed !== b[i].seed)) {
    throw new RangeError('buildCompare: A and B were not run on the same seeds');
  }
  const metric = (key: Metric) => paired(a.map((r) => r[key]), b.map((r) => r[key]));
  return {
    format: COMPARE_FORMAT,
    a: parts.a,
    b: parts.b,
    seeds: parts.seeds,
    runs: a.length,
    metrics: { availability: metric('availability'), latencyP99Ms: metric('latencyP99Ms'), writesLost: metric('writesLost') },
  };
}
