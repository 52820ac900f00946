// The lesson format, version 1 (../shared/spec/lesson-format.md), and the
// check's result (`nines/check@1`) as TypeScript types. Built-in lessons and
// a teacher's lesson files are the same kind of file. Fields may be added
// (optional); none may be renamed or reinterpreted.
import type { Scenario } from '../scenario/index.ts';

export const LESSON_FORMAT = 'nines/lesson@1' as const;
export const CHECK_FORMAT = 'nines/check@1' as const;

/**
 * What the check imposes on the learner's scenario. The contract's four are
 * `clients`, `faults`, `durationMs` and `slo` (the default). Added values:
 * `failures` imposes the lesson's random failures (`failure`, MTBF and MTTR)
 * on every node — by id, and a node the learner added gets the failures of
 * the lesson's first node of its type — so a learner cannot pass by making
 * servers immortal; `mtbf` imposes only the MTBF that way and leaves the MTTR
 * the learner's to tune.
 */
export type FixedPart = 'clients' | 'faults' | 'durationMs' | 'slo' | 'failures' | 'mtbf';
export const CONTRACT_FIXED: readonly FixedPart[] = ['clients', 'faults', 'durationMs', 'slo'];
export const FIXED_PARTS: readonly FixedPart[] = [...CONTRACT_FIXED, 'failures', 'mtbf'];

/** Node types a budget may cap (the contract's list; clients are fixed, never budgeted). */
export type BudgetType = 'server' | 'database' | 'loadBalancer' | 'cache' | 'queue' | 'dns';
export const BUDGET_TYPES: readonly BudgetType[] = ['server', 'database', 'loadBalancer', 'cache', 'queue', 'dns'];
export type Budget = Partial<Record<BudgetType, number>>;

export type GoalOp = '<' | '<=' | '==' | '>=' | '>';
export const GOAL_OPS: readonly GoalOp[] = ['<', '<=', '==', '>=', '>'];

/** Added: measure a goal over part of the run only (counts between two moments). */
export interface GoalWindow {
  fromMs: number;
  toMs: number;
}

export interface Goal {
  label: string;
  /** A dot path into the report: `availability`, `nodes.web-1.served`, `alerts.page.firedAtMs`. */
  metric: string;
  op: GoalOp;
  value: number;
  /**
   * Added: divide the metric by this one (another dot path), e.g.
   * `requests.attempts` per `requests.total`: attempts per request.
   */
  per?: string;
  /** Added: count only what happened between fromMs and toMs (see window.ts). */
  window?: GoalWindow;
}

/** A variable of a prediction's expression: a dot path into the checked scenario. */
export type PredictionVariable = string | { path: string; default?: number };

/** A design the formula describes: a field that equals a value, or (`exists`) a section it has. */
export interface PredictionCondition {
  path: string;
  equals?: string | number | boolean;
  exists?: boolean;
}

export interface Prediction {
  label: string;
  /** The formula as people write it: `λ/n × ((k − ½)·interval + timeout)`. */
  formula: string;
  /**
   * The prediction for the lesson's reference solution — or for its start,
   * when the formula describes only the start (`when` says so) or there is
   * no solution. With an `expression`, the course test holds it to that.
   */
  value: number;
  /** Added: what the prediction is compared with, a dot path into the report. */
  metric?: string;
  /** Added: as a goal's `per`. */
  per?: string;
  /** Added: as a goal's `window`. */
  window?: GoalWindow;
  /**
   * Added: the formula in a form the check evaluates for the learner's own
   * design (expression.ts), so the prediction follows their knobs.
   */
  expression?: string;
  /** Added: the expression's variables, each a dot path into the checked scenario. */
  where?: Record<string, PredictionVariable>;
  /**
   * Added: the designs the formula describes, e.g. `[{ "path":
   * "nodes.lb.algorithm", "equals": "leastConnections" }]`; for any other
   * design the check says so instead of comparing.
   */
  when?: PredictionCondition[];
  /**
   * Added: the band within which measurement and formula agree, relative to
   * the prediction (0.1 is ±10 %), or an expression for it such as
   * `3/sqrt(failures)` (noise of ±1/√failures, three times over), in which
   * `value` is the prediction itself. Default 0.1.
   */
  tolerance?: number | string;
  /** Added: one sentence that says why measurement and formula part when they do. */
  explanation?: string;
}

/** Added: an incident or article a lesson cites. */
export interface Source {
  title: string;
  url: string;
}

export interface Lesson {
  format: typeof LESSON_FORMAT;
  id: string;
  title: string;
  summary: string;
  concepts: string[];
  /** Markdown subset: paragraphs, **bold**, *italic*, `code`, lists, https links. Rendered as text. */
  body: string;
  scenario: Scenario;
  fixed?: FixedPart[];
  budget?: Budget;
  seeds?: number[];
  goals: Goal[];
  prediction?: Prediction;
  hints?: string[];
  solution?: Scenario;
  /**
   * Added: the knobs to turn, as paths into the scenario that the inspector
   * highlights: `nodes.lb.healthCheck.intervalMs`, `nodes.*.workers` (every
   * node), `clusters.orders.replication`.
   */
  knobs?: string[];
  /** Added: real incidents and articles, with https links. */
  sources?: Source[];
}

export const DEFAULT_SEEDS: readonly number[] = [1, 2, 3];

// ------------------------------------------------------------ the check

export interface GoalResult extends Goal {
  /** The value on each seed, in seed order; null where the metric does not exist. */
  measured: Array<number | null>;
  passed: boolean;
}

export interface BudgetResult {
  used: number;
  allowed: number;
  passed: boolean;
}

/** Added: the theory beside the measurement, for the design that was checked. */
export interface PredictionResult {
  label: string;
  formula: string;
  /** The lesson's figure (for its reference solution). */
  value: number;
  /** The formula evaluated for the checked design; absent when it cannot be. */
  predicted?: number;
  metric?: string;
  measured?: Array<number | null>;
  /** Mean of the measured values over seeds. */
  mean?: number;
  /** Half-width of the agreement band, in the metric's units. */
  band?: number;
  agrees?: boolean;
  /** One sentence: the verdict, and the reason when they disagree. */
  note: string;
}

export interface CheckResult {
  format: typeof CHECK_FORMAT;
  lesson: string;
  passed: boolean;
  /** Added: the seeds run, in order; `measured` follows it. */
  seeds: number[];
  goals: GoalResult[];
  budget: Partial<Record<BudgetType, BudgetResult>>;
  messages: string[];
  prediction?: PredictionResult;
}
