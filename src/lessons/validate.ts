// validateLesson: the one gate every lesson passes through (built-in, file,
// link, import). Errors name the path of the bad field as a scenario's do —
// `goals[2].op`, and inside the lesson's systems `scenario.nodes[3].workers`
// or `solution.links[0].to`, from the scenario validator itself.
import { parseWithSchema, validateScenario, type Scenario, type ValidationError } from '../scenario/index.ts';
import { parseExpression, variablesOf } from './expression.ts';
import { splitPath } from './path.ts';
import { lessonSchema } from './schema.ts';
import type { Lesson } from './types.ts';

export type LessonValidation = { ok: true; lesson: Lesson } | { ok: false; errors: ValidationError[] };

export function validateLesson(input: unknown): LessonValidation {
  const parsed = parseWithSchema(lessonSchema, input);
  if (!parsed.ok) return parsed;
  const raw = parsed.value;
  const errors: ValidationError[] = [];
  const scenario = systemAt('scenario', raw.scenario, errors, true);
  const solution = raw.solution === undefined ? undefined : systemAt('solution', raw.solution, errors, false);
  if (errors.length > 0) return { ok: false, errors };
  const lesson = { ...raw, scenario, ...(solution ? { solution } : {}) } as Lesson;
  crossCheck(lesson, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lesson };
}

function systemAt(field: string, value: unknown, errors: ValidationError[], required: boolean): Scenario | undefined {
  if (value === undefined) {
    if (required) errors.push({ path: field, message: 'is required' });
    return undefined;
  }
  const result = validateScenario(value);
  if (result.ok) return result.scenario;
  for (const e of result.errors) errors.push({ path: e.path ? `${field}.${e.path}` : field, message: e.message });
  return undefined;
}

/** Rules that span fields: expressions that parse, variables that exist, knobs that point at something. */
function crossCheck(lesson: Lesson, errors: ValidationError[]): void {
  const err = (path: string, message: string) => errors.push({ path, message });
  const p = lesson.prediction;
  const defined = (name: string, extra: string[]) => extra.includes(name) || (p?.where !== undefined && Object.prototype.hasOwnProperty.call(p.where, name));
  const expressionAt = (path: string, text: string, extra: string[]) => {
    const parsed = parseExpression(text);
    if (!parsed.ok) return err(path, `does not parse: ${parsed.error}`);
    for (const name of variablesOf(parsed.expr)) if (!defined(name, extra)) err(path, `uses "${name}", which prediction.where does not define`);
  };
  if (p?.expression !== undefined) expressionAt('prediction.expression', p.expression, []);
  // The band may also read the prediction itself, as `value`.
  if (typeof p?.tolerance === 'string') expressionAt('prediction.tolerance', p.tolerance, ['value']);
  if ((p?.per !== undefined || p?.window !== undefined || p?.expression !== undefined) && p.metric === undefined) {
    err('prediction.metric', 'is required when the prediction has per, window or expression (what would it be compared with?)');
  }
  const ids = new Set([...lesson.scenario.nodes, ...(lesson.solution?.nodes ?? [])].map((n) => n.id));
  const clusters = new Set([...(lesson.scenario.clusters ?? []), ...(lesson.solution?.clusters ?? [])].map((c) => c.id));
  (lesson.knobs ?? []).forEach((knob, i) => {
    const [room, id] = splitPath(knob);
    if (room === 'nodes' && id !== undefined && id !== '*' && !ids.has(id)) err(`knobs[${i}]`, `no node "${id}" in the lesson's scenario or solution`);
    if (room === 'clusters' && id !== undefined && id !== '*' && !clusters.has(id)) err(`knobs[${i}]`, `no cluster "${id}" in the lesson's scenario or solution`);
  });
  const durationMs = lesson.scenario.durationMs;
  lesson.goals.forEach((g, i) => {
    if (g.window && durationMs !== undefined && g.window.toMs > durationMs) err(`goals[${i}].window.toMs`, `is after the run ends (durationMs ${durationMs})`);
  });
}
