// The theory beside the measurement. A lesson's prediction is a formula; with
// an `expression` the check evaluates it for the design being checked (its
// own interval, its own number of servers), reads the metric it predicts on
// every seed, and says whether the two agree within the lesson's band — and,
// when they do not, the lesson's one-sentence reason (detection delay,
// correlated failures, noise of ±1/√failures…).
import { expectedAvailability, type Scenario } from '../scenario/index.ts';
import { evaluate, parseExpression } from './expression.ts';
import { resolveNumber, resolveRaw, type PathValue } from './path.ts';
import type { Prediction, PredictionResult } from './types.ts';

export const DEFAULT_TOLERANCE = 0.1;

/**
 * What a prediction's variables may read besides the scenario's own fields:
 * `count.server` (nodes of a type) and `algebra` (what MTBF/MTTR alone
 * predict for the whole design: src/scenario's availability algebra).
 */
export function variableRoot(s: Scenario): Record<string, unknown> {
  const count: Record<string, number> = {};
  for (const n of s.nodes) count[n.type] = (count[n.type] ?? 0) + 1;
  for (const t of ['client', 'loadBalancer', 'server', 'database', 'cache', 'queue', 'dns']) count[t] ??= 0;
  const algebra = expectedAvailability(s)?.availability;
  return { ...s, count, ...(algebra === undefined ? {} : { algebra }) };
}

export interface Predicted {
  value?: number;
  /** Half-width of the band, in the metric's units. */
  band?: number;
  /** Why the formula cannot be evaluated for this design. */
  missing?: string;
}

/** The prediction evaluated for scenario `s`. */
export function predictFor(p: Prediction, s: Scenario): Predicted {
  for (const c of p.when ?? []) {
    const got = resolveRaw(s, c.path);
    const actual = got.ok ? got.value : undefined;
    if (c.exists !== undefined) {
      if ((actual !== undefined) !== c.exists) return { missing: `it describes designs ${c.exists ? 'with' : 'without'} ${c.path}` };
      continue;
    }
    if (actual !== c.equals) {
      const shown = actual === undefined ? 'none' : JSON.stringify(actual);
      return { missing: `it describes designs whose ${c.path} is ${JSON.stringify(c.equals)}, and this one has ${shown}` };
    }
  }
  if (p.expression === undefined) return { value: p.value, band: Math.abs(p.value) * tolerance(p, new Map([['value', p.value]])) };
  const root = variableRoot(s);
  const vars = new Map<string, number>();
  for (const [name, v] of Object.entries(p.where ?? {})) {
    const path = typeof v === 'string' ? v : v.path;
    const got = resolveNumber(root, path);
    if (got.ok) vars.set(name, got.value);
    else if (typeof v !== 'string' && v.default !== undefined) vars.set(name, v.default);
    else return { missing: `the formula needs ${path}, which your design does not have` };
  }
  const parsed = parseExpression(p.expression);
  if (!parsed.ok) return { missing: `its expression does not parse (${parsed.error})` };
  const value = evaluate(parsed.expr, vars);
  if (!Number.isFinite(value)) return { missing: 'it has no finite value for your design' };
  // The band's expression may read the prediction itself as `value`.
  return { value, band: Math.abs(value) * tolerance(p, new Map([...vars, ['value', value]])) };
}

function tolerance(p: Prediction, vars: ReadonlyMap<string, number>): number {
  if (p.tolerance === undefined) return DEFAULT_TOLERANCE;
  if (typeof p.tolerance === 'number') return p.tolerance;
  const parsed = parseExpression(p.tolerance);
  const value = parsed.ok ? evaluate(parsed.expr, vars) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_TOLERANCE;
}

/** A number as people read it: 4 significant digits, no trailing zeros. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && Math.abs(x) < 1 && Math.abs(x) > 0.99) return String(Number(x.toFixed(5)));
  return String(Number(x.toPrecision(4)));
}

export function predictionResult(p: Prediction, s: Scenario, measured: PathValue[] | undefined): PredictionResult {
  const base = { label: p.label, formula: p.formula, value: p.value };
  const predicted = predictFor(p, s);
  if (p.metric === undefined || measured === undefined) {
    return { ...base, ...(predicted.value === undefined ? {} : { predicted: predicted.value }), note: `Theory: ${p.formula} = ${fmt(predicted.value ?? p.value)}.` };
  }
  const values = measured.map((m) => (m.ok ? m.value : null));
  const present = values.filter((v): v is number => v !== null);
  const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : undefined;
  const withMeasured = { ...base, metric: p.metric, measured: values, ...(mean === undefined ? {} : { mean }) };
  if (predicted.value === undefined) return { ...withMeasured, note: `The formula does not apply to this design: ${predicted.missing}.` };
  if (mean === undefined) {
    const error = measured.find((m): m is { ok: false; error: string } => !m.ok)?.error ?? 'no value';
    return { ...withMeasured, predicted: predicted.value, note: `Nothing to compare: ${error}.` };
  }
  const band = predicted.band ?? 0;
  const agrees = Math.abs(mean - predicted.value) <= band;
  const seeds = `mean of ${present.length} seed${present.length === 1 ? '' : 's'}`;
  const head = `Measured ${fmt(mean)} (${seeds}), predicted ${fmt(predicted.value)} ± ${fmt(band)}`;
  const note = agrees
    ? `${head}: they agree within the band.`
    : `${head}: they differ. ${p.explanation ?? 'The formula leaves out something this design does.'}`;
  return { ...withMeasured, predicted: predicted.value, band, agrees, note };
}
