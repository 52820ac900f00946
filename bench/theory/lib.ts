// Shared pieces of the theory probes: run a scenario on several seeds, compare
// the mean (and each seed) with a closed form, print one row per probe.
import { runScenario } from '../../src/engine/index.ts';
import type { Report, Scenario, ScenarioNode, Link } from '../../src/scenario/index.ts';

export interface Row { probe: string; formula: string; expected: number; measured: number; sd: number; tol: string; ok: boolean }
export const rows: Row[] = [];

export function scenario(nodes: ScenarioNode[], links: Link[], extra: Partial<Scenario> = {}): Scenario {
  return { format: 'nines/scenario@1', name: 'probe', seed: 1, durationMs: 60_000, nodes, links, ...extra };
}

export function seeds(n: number, from = 1): number[] {
  return Array.from({ length: n }, (_, i) => from + i);
}

export function runSeeds(s: Scenario, ss: number[]): Report[] {
  return ss.map((seed) => runScenario({ ...s, seed }));
}

export function meanSd(xs: number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean, sd };
}

/**
 * Compares the mean over seeds with `expected`: relative tolerance `rel`, or
 * absolute `abs`; with `se`, also within that many standard errors of the
 * mean (for probes whose seed-to-seed spread is the whole story, such as
 * availability under a few hundred random failures).
 */
export function check(probe: string, formula: string, expected: number, xs: number[], tol: { rel?: number; abs?: number; se?: number }): Row {
  const { mean, sd } = meanSd(xs);
  const err = Math.abs(mean - expected);
  const bySe = tol.se !== undefined && xs.length > 1 && err <= (tol.se * sd) / Math.sqrt(xs.length);
  const ok = bySe || (tol.rel !== undefined ? err <= tol.rel * Math.abs(expected) : err <= (tol.abs ?? 0));
  const base = tol.rel !== undefined ? `±${(tol.rel * 100).toFixed(1)}%` : `±${tol.abs}`;
  const row = { probe, formula, expected, measured: mean, sd, tol: tol.se !== undefined ? `${base} or ${tol.se} se` : base, ok };
  rows.push(row);
  const f = (x: number) => (Math.abs(x) >= 1000 || (Math.abs(x) < 0.001 && x !== 0) ? x.toExponential(4) : x.toFixed(5));
  console.log(`${ok ? 'PASS' : 'FAIL'} | ${probe} | ${formula} | expected ${f(expected)} | measured ${f(mean)} (sd ${f(sd)}, n ${xs.length}) | tol ${row.tol}`);
  return row;
}

export function summary(): void {
  const bad = rows.filter((r) => !r.ok);
  console.log(`\n${rows.length - bad.length}/${rows.length} probes agree with theory`);
  if (bad.length) process.exitCode = 1;
}

// Erlang C lives with the engine tests' helpers: one copy.
export { erlangC } from '../../test/engine/helpers.ts';
