// The check (`nines check`, the app's Check button): impose the lesson's
// fixed parts and budget on the learner's design, run it once per seed, read
// each goal from the report, and say what passed, what failed and by how
// much — with the theory beside the measurement. Split in three steps so the
// app can run the seeds in Web Workers: prepare, run each seed, finish.
import { formatErrors, validateScenario, type Scenario } from '../scenario/index.ts';
import { checkBudget, impose } from './impose.ts';
import { fmt, predictionResult } from './prediction.ts';
import { runSeed, type Measure, type SeedRun } from './run.ts';
import { CHECK_FORMAT, DEFAULT_SEEDS, type BudgetResult, type BudgetType, type CheckResult, type Goal, type GoalResult, type Lesson } from './types.ts';

export interface PreparedCheck {
  lessonId: string;
  /** The learner's design with the fixed parts imposed; undefined when it cannot run. */
  scenario?: Scenario;
  seeds: number[];
  /** The goals' measures, then the prediction's when it has a metric. */
  measures: Measure[];
  budget: Partial<Record<BudgetType, BudgetResult>>;
  messages: string[];
  /** Reasons the design cannot pass, whatever the runs say. */
  problems: string[];
}

export function prepareCheck(lesson: Lesson, learner: Scenario, seeds: readonly number[] = lesson.seeds ?? DEFAULT_SEEDS): PreparedCheck {
  const imposed = impose(lesson, learner);
  const measures: Measure[] = lesson.goals.map(({ metric, per, window }) => ({ metric, ...(per && { per }), ...(window && { window }) }));
  const p = lesson.prediction;
  if (p?.metric !== undefined) measures.push({ metric: p.metric, ...(p.per && { per: p.per }), ...(p.window && { window: p.window }) });
  const prepared: PreparedCheck = {
    lessonId: lesson.id,
    seeds: [...seeds],
    measures,
    budget: checkBudget(lesson, imposed.scenario),
    messages: imposed.messages,
    problems: imposed.problems,
  };
  if (imposed.problems.length === 0) {
    const valid = validateScenario(imposed.scenario);
    if (valid.ok) prepared.scenario = valid.scenario;
    else prepared.problems.push(`With the lesson's fixed parts your design is not valid:\n${formatErrors(valid.errors)}`);
  }
  return prepared;
}

/** Runs one seed of a prepared check (in a worker, or here). */
export function runCheckSeed(prepared: PreparedCheck, seed: number): SeedRun {
  if (!prepared.scenario) throw new Error('this design cannot run: see the check\'s problems');
  return runSeed(prepared.scenario, seed, prepared.measures);
}

const holds = (x: number, op: Goal['op'], v: number): boolean =>
  op === '<' ? x < v : op === '<=' ? x <= v : op === '==' ? x === v : op === '>=' ? x >= v : x > v;

/** Puts the seeds' runs together into `nines/check@1`. */
export function finishCheck(lesson: Lesson, prepared: PreparedCheck, runs: readonly SeedRun[]): CheckResult {
  const messages = [...prepared.messages, ...prepared.problems];
  const bySeed = new Map(runs.map((r) => [r.seed, r]));
  const goals: GoalResult[] = lesson.goals.map((goal, g) => {
    const values = prepared.seeds.map((seed) => bySeed.get(seed)?.values[g]);
    const measured = values.map((v) => (v?.ok ? v.value : null));
    const passed = prepared.problems.length === 0 && measured.every((m) => m !== null && holds(m, goal.op, goal.value));
    const error = values.find((v) => v !== undefined && !v.ok);
    if (error && !error.ok) messages.push(`Goal "${goal.label}": ${error.error}.`);
    else if (!passed && prepared.problems.length === 0) messages.push(shortfall(goal, measured as number[], prepared.seeds));
    return { ...goal, measured, passed };
  });
  for (const [type, b] of Object.entries(prepared.budget)) {
    if (!b.passed) messages.push(`Over budget: ${b.used} ${type} nodes; the lesson allows ${b.allowed}.`);
  }
  const budgetOk = Object.values(prepared.budget).every((b) => b.passed);
  const passed = prepared.problems.length === 0 && budgetOk && goals.every((g) => g.passed);
  const result: CheckResult = { format: CHECK_FORMAT, lesson: lesson.id, passed, seeds: prepared.seeds, goals, budget: prepared.budget, messages };
  if (lesson.prediction && prepared.scenario) {
    const at = lesson.goals.length;
    const measured = lesson.prediction.metric === undefined ? undefined : prepared.seeds.map((seed) => bySeed.get(seed)?.values[at] ?? { ok: false as const, error: 'not run' });
    result.prediction = predictionResult(lesson.prediction, prepared.scenario, measured);
  }
  return result;
}

/** How the goal's operator reads in a sentence. */
export const OP_SIGNS: Record<Goal['op'], string> = { '<': '<', '<=': '≤', '==': '=', '>=': '≥', '>': '>' };

/** `Goal "…" not met on seed 2: measured 0.9912, needs ≥ 0.995 (short by 0.0038).` */
function shortfall(goal: Goal, measured: number[], seeds: readonly number[]): string {
  let worst = -1;
  let gap = -Infinity;
  measured.forEach((m, i) => {
    if (holds(m, goal.op, goal.value)) return;
    const d = Math.abs(m - goal.value);
    if (d > gap) {
      gap = d;
      worst = i;
    }
  });
  const failing = measured.filter((m) => !holds(m, goal.op, goal.value)).length;
  const on = failing === measured.length ? `on every seed` : `on ${failing} of ${measured.length} seeds`;
  const by = goal.op === '==' ? `off by ${fmt(gap)}` : `${goal.op.startsWith('<') ? 'over' : 'short'} by ${fmt(gap)}`;
  return `Goal "${goal.label}" not met ${on}: worst seed ${seeds[worst]} measured ${fmt(measured[worst])}, needs ${OP_SIGNS[goal.op]} ${fmt(goal.value)} (${by}).`;
}

/** The whole check in one call (the CLI, tests). */
export function checkLesson(lesson: Lesson, learner: Scenario, seeds?: readonly number[]): CheckResult {
  const prepared = prepareCheck(lesson, learner, seeds);
  const runs = prepared.scenario ? prepared.seeds.map((seed) => runCheckSeed(prepared, seed)) : [];
  return finishCheck(lesson, prepared, runs);
}
