// The zod schema of lesson format v1 (spec/lesson-format.md): strict (an
// unknown key is an error, so typos surface) and bounded, built from the
// scenario schema's parts so that messages read the same ("must be an
// integer ≥ 1"). The lesson's `scenario` and `solution` pass through here
// untouched: validate.ts gives them to the scenario validator itself.
import { z } from 'zod';
import { MAX_NODES, MAX_SEED, schemaParts as p } from '../scenario/index.ts';
import { BUDGET_TYPES, FIXED_PARTS, GOAL_OPS, LESSON_FORMAT } from './types.ts';

export const LESSON_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
/** `availability`, `nodes.web-1.served`, `faults[0].timeToDetectMs` (or `faults.0.…`). */
export const METRIC_PATH_PATTERN = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+|\[\d{1,4}\])*$/;
/**
 * As a metric path, but into a scenario: `*` stands for every node or
 * cluster, and link ids may hold the `>` of `from->to`.
 */
export const KNOB_PATTERN = /^[A-Za-z0-9_-]+(?:\.(?:[A-Za-z0-9_>-]+|\*)|\[\d{1,4}\])*$/;
/** A prediction's variable name: a letter, then letters, digits or _. */
export const VARIABLE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

export const MAX_LESSON_BODY = 20_000;
export const MAX_GOALS = 50;
export const MAX_LESSON_SEEDS = 20;
export const MAX_TEXT = 500;
export const MAX_EXPRESSION = 500;

function pattern(re: RegExp, rule: string, max = 200) {
  return z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be ${rule} (got ${p.describeValue(iss.input)})`) })
    .max(max)
    .regex(re);
}

const metricPath = () => pattern(METRIC_PATH_PATTERN, 'a dot path into the report such as "availability" or "nodes.web-1.served"');

const httpsUrl = () =>
  pattern(/^https:\/\/[^\s<>"']+$/, 'an https:// address', 2000).refine((u) => URL.canParse(u), { error: 'must be a valid https:// address' });

/** A list whose items must differ (seeds, fixed parts). */
function distinct<T extends z.ZodType>(item: T, max: number) {
  return p
    .list(item, max)
    .refine((xs) => new Set(xs as unknown[]).size === (xs as unknown[]).length, { error: 'must not list the same value twice' });
}

const windowSchema = p
  .record({ fromMs: p.timeMs(), toMs: p.timeMs(true) })
  .refine((w) => w.toMs > w.fromMs, { error: (iss) => `must be after fromMs (${(iss.input as { fromMs: number }).fromMs})`, path: ['toMs'] });

const goalSchema = p.record({
  label: p.text(MAX_TEXT),
  metric: metricPath(),
  op: p.oneOf(GOAL_OPS as [string, ...string[]]),
  value: p.finite(),
  per: metricPath().optional(),
  window: windowSchema.optional(),
});

const variableSchema = z.union(
  [pattern(KNOB_PATTERN, 'a dot path into the scenario'), p.record({ path: pattern(KNOB_PATTERN, 'a dot path into the scenario'), default: p.finite().optional() })],
  { error: 'must be a dot path into the scenario, or {"path": …, "default": …}' },
);

const predictionSchema = p.record({
  label: p.text(MAX_TEXT),
  formula: p.text(MAX_TEXT),
  value: p.finite(),
  metric: metricPath().optional(),
  per: metricPath().optional(),
  window: windowSchema.optional(),
  expression: p.text(MAX_EXPRESSION).optional(),
  where: z
    .record(pattern(VARIABLE_PATTERN, 'a variable name (a letter, then letters, digits or _)', 32), variableSchema, { error: 'must be an object' })
    .optional(),
  when: p
    .list(
      p.record({
        path: pattern(KNOB_PATTERN, 'a dot path into the scenario'),
        equals: z.union([z.string().max(200), p.finite(), p.bool()], { error: 'must be text, a number or true/false' }).optional(),
        exists: p.bool().optional(),
      }).refine((c) => (c.equals === undefined) !== (c.exists === undefined), { error: 'give either equals or exists' }),
      10,
    )
    .optional(),
  tolerance: z.union([p.numIn(0, 1000), p.text(MAX_EXPRESSION)], { error: 'must be a number ≥ 0 or an expression' }).optional(),
  explanation: p.text(MAX_TEXT).optional(),
});

const budgetShape = Object.fromEntries(BUDGET_TYPES.map((t) => [t, p.intIn(0, MAX_NODES).optional()])) as Record<
  (typeof BUDGET_TYPES)[number],
  z.ZodOptional<ReturnType<typeof p.intIn>>
>;

export const lessonSchema = p.record({
  format: z.literal(LESSON_FORMAT, {
    error: (iss) =>
      iss.input === undefined ? `is required ("${LESSON_FORMAT}")` : `must be "${LESSON_FORMAT}" (got ${p.describeValue(iss.input)})`,
  }),
  id: pattern(LESSON_ID_PATTERN, '1–64 of a-z 0-9 -', 64),
  title: p.text(120),
  summary: p.text(MAX_TEXT),
  concepts: p.list(p.text(80), 20).min(1),
  body: p.text(MAX_LESSON_BODY),
  // Checked by the scenario validator, which names its own fields.
  scenario: z.unknown(),
  fixed: distinct(p.oneOf(FIXED_PARTS as [string, ...string[]]), FIXED_PARTS.length).optional(),
  budget: p.record(budgetShape).optional(),
  seeds: distinct(p.intIn(0, MAX_SEED, `an unsigned 32-bit integer (0 to ${MAX_SEED})`), MAX_LESSON_SEEDS).min(1).optional(),
  goals: p.list(goalSchema, MAX_GOALS).min(1),
  prediction: predictionSchema.optional(),
  hints: p.list(p.text(MAX_TEXT * 2), 20).optional(),
  solution: z.unknown().optional(),
  knobs: p.list(pattern(KNOB_PATTERN, 'a dot path into the scenario such as "nodes.lb.healthCheck.intervalMs"'), 50).optional(),
  sources: p.list(p.record({ title: p.text(200), url: httpsUrl() }), 20).optional(),
});
