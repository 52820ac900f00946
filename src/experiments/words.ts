// Results said the way people say them: "B is better by 0.6 ± 0.1 points on
// 30 seeds", and whether that could be noise. The CLI's tables and the
// app's panel use the same words.
import type { Metric } from './compare.ts';
import { isSignificant, type PairedMetric } from './stats.ts';

interface Wording {
  /** The unit the difference is said in, and how to scale it. */
  unit: string;
  scale: number;
  /** Which sign of b − a is better. */
  higherIsBetter: boolean;
  name: string;
}

const WORDING: Record<Metric, Wording> = {
  availability: { unit: 'points', scale: 100, higherIsBetter: true, name: 'availability' },
  latencyP99Ms: { unit: 'ms', scale: 1, higherIsBetter: false, name: 'p99 latency' },
  writesLost: { unit: 'writes', scale: 1, higherIsBetter: false, name: 'lost writes' },
};

/** Digits enough to show the first two significant digits of `spread` (at most 6). */
export function digitsFor(spread: number): number {
  if (!(spread > 0) || !Number.isFinite(spread)) return 1;
  return Math.min(6, Math.max(0, 1 - Math.floor(Math.log10(spread))));
}

export interface Verdict {
  /** "B is better by 0.6 ± 0.1 points on 30 seeds". */
  sentence: string;
  /** Whether the 95 % interval excludes 0. */
  significant: boolean;
  /** "significant: …" or "not significant: …". */
  significance: string;
}

/** What the paired difference of one metric says, in words. */
export function verdict(metric: Metric, m: PairedMetric, seeds: number, names = { a: 'A', b: 'B' }): Verdict {
  const w = WORDING[metric];
  const half = m.ci95 ? ((m.ci95[1] - m.ci95[0]) / 2) * w.scale : 0;
  const diff = m.diff * w.scale;
  const digits = digitsFor(half > 0 ? half : Math.abs(diff));
  const on = `on ${seeds} seed${seeds === 1 ? '' : 's'}`;
  const significant = isSignificant(m.ci95);
  const size = `${Math.abs(diff).toFixed(digits)}${m.ci95 ? ` ± ${half.toFixed(digits)}` : ''} ${w.unit}`;
  let sentence: string;
  if (diff === 0 && half === 0) sentence = `${names.a} and ${names.b} have the same ${w.name} ${on}`;
  else {
    const bBetter = w.higherIsBetter ? diff > 0 : diff < 0;
    sentence = `${bBetter ? names.b : names.a} is better by ${size} of ${w.name} ${on}`;
  }
  let significance: string;
  if (m.ci95 === null) significance = 'no interval from a single seed: run more seeds';
  else if (significant) significance = 'significant: the 95 % interval of the difference excludes 0';
  else if (diff === 0 && half === 0) significance = 'no difference on any seed';
  else significance = 'not significant: the 95 % interval of the difference includes 0, so it may be noise';
  return { sentence, significant, significance };
}

const YEAR_MS = 365 * 86_400_000;

/** A span of time as people say it: "42 s", "17 min", "5.7 h", "3.1 days". */
export function spokenDuration(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 48 * 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  return `${(ms / 86_400_000).toFixed(1)} days`;
}

/**
 * Availability in the terms people use: "3.2 nines — 5.7 h of downtime a
 * year" (the unavailable share of a year; a perfect record has no nines).
 */
export function ninesAndDowntime(availability: number): string {
  if (!(availability < 1)) return 'no downtime';
  const nines = availability <= 0 ? 0 : -Math.log10(1 - availability);
  return `${nines.toFixed(1)} nines — ${spokenDuration((1 - availability) * YEAR_MS)} of downtime a year`;
}
