// validateScenario: the one gate every scenario passes through (file, link,
// editor import, CLI). Errors name the path of the bad field in the notation
// people type (`nodes[3].workers`), with a message that states the rule.
import type { z } from 'zod';
import { crossCheck } from './cross-checks.ts';
import {
  MAX_ALERTS, MAX_CLUSTERS, MAX_ERROR_MESSAGE_CHARS, MAX_FAULTS, MAX_LINKS, MAX_NODES, MAX_REPORTED_ERRORS,
} from './limits.ts';
import { describeValue } from './schema-parts.ts';
import { scenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';

export interface ValidationError {
  /** Where, e.g. `nodes[3].workers`; empty for the scenario as a whole. */
  path: string;
  /** What is wrong, e.g. `must be an integer ≥ 1`. */
  message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

type Issue = z.core.$ZodIssue;

export function validateScenario(input: unknown): ValidationResult {
  const tooMany = checkCounts(input);
  if (tooMany.length > 0) return { ok: false, errors: tooMany };

  const parsed = scenarioSchema.safeParse(input, { reportInput: true, error: fallbackMessage });
  if (!parsed.success) {
    const errors: ValidationError[] = [];
    for (const issue of parsed.error.issues) translate(issue, [], errors);
    return { ok: false, errors: dedupe(errors) };
  }
  // Cross-field rules need a well-formed scenario to reason about, so they
  // run only once every field is right on its own.
  const scenario = parsed.data as Scenario;
  const errors = crossCheck(scenario);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
}

/**
 * The lines to show for a list of errors, bounded whatever the input did: at
 * most `max` lines of at most MAX_ERROR_MESSAGE_CHARS characters each, then
 * "… and 31 more". A hostile link cannot make a notice or a terminal scroll
 * for pages.
 */
export function errorLines(errors: readonly ValidationError[], max: number = MAX_REPORTED_ERRORS): string[] {
  const lines = errors.slice(0, max).map((e) => clip(`${e.path || 'scenario'}: ${e.message}`, MAX_ERROR_MESSAGE_CHARS));
  if (errors.length > max) lines.push(`… and ${errors.length - max} more`);
  return lines;
}

/** One line per error: `nodes[3].workers: must be an integer ≥ 1` (bounded as errorLines says). */
export function formatErrors(errors: readonly ValidationError[], max: number = MAX_REPORTED_ERRORS): string {
  return errorLines(errors, max).join('\n');
}

/** `text` cut to `max` characters (an ellipsis included), never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

/** `['nodes', 3, 'workers']` → `nodes[3].workers`; odd keys are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Hostile input can hold a million nodes; refuse that before zod walks every
 * one of them.
 */
function checkCounts(input: unknown): ValidationError[] {
  if (input === null || typeof input !== 'object') return [];
  const caps: Array<[string, number]> = [
    ['nodes', MAX_NODES],
    ['links', MAX_LINKS],
    ['clusters', MAX_CLUSTERS],
    ['faults', MAX_FAULTS],
    ['alerts', MAX_ALERTS],
  ];
  const errors: ValidationError[] = [];
  for (const [key, max] of caps) {
    const value = (input as Record<string, unknown>)[key];
    if (Array.isArray(value) && value.length > max) {
      errors.push({ path: key, message: `has ${value.length} items; the limit is ${max}` });
    }
  }
  return errors;
}

/** Messages for issues no field helper worded (structure, unions). */
function fallbackMessage(iss: z.core.$ZodRawIssue): string | undefined {
  if (iss.code === 'invalid_type') {
    if (iss.input === undefined) return 'is required';
    const expected = iss.expected === 'object' ? 'an object' : iss.expected === 'array' ? 'a list' : `a ${iss.expected}`;
    return `must be ${expected} (got ${describeValue(iss.input)})`;
  }
  return undefined;
}

function translate(issue: Issue, prefix: readonly PropertyKey[], out: ValidationError[]): void {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    // One error per key, at the key's own path, so a typo points at itself.
    for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: 'unknown field' });
    return;
  }
  if (issue.code === 'invalid_union') {
    if (issue.discriminator !== undefined || ('options' in issue && issue.options && issue.options.length > 0)) {
      out.push({ path: formatPath(path), message: discriminatorMessage(issue) });
      return;
    }
    // A union such as "number or distribution object": report the errors of
    // the branch the input was evidently meant for (the one that got past the
    // type check), rather than "matched no option".
    const meant = issue.errors.filter((branch) => !branch.every((i) => i.path.length === 0 && i.code === 'invalid_type'));
    if (meant.length === 1) {
      for (const inner of meant[0]) translate(inner, path, out);
      return;
    }
  }
  out.push({ path: formatPath(path), message: issue.message });
}

function discriminatorMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const options = 'options' in issue && issue.options ? issue.options.map((o) => JSON.stringify(o)).join(', ') : '';
  const input = issue.input as Record<string, unknown> | undefined;
  const key = issue.discriminator ?? 'type';
  const got = input && typeof input === 'object' ? input[key] : undefined;
  if (got === undefined) return `is required (one of ${options})`;
  return `must be one of ${options} (got ${describeValue(got)})`;
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parses `input` with another schema built from the same parts (the lesson
 * format's, for one), with the same path-named messages as a scenario's.
 */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: T } | { ok: false; errors: ValidationError[] } {
  const parsed = schema.safeParse(input, { reportInput: true, error: fallbackMessage });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: ValidationError[] = [];
  for (const issue of parsed.error.issues) translate(issue, prefix, errors);
  return { ok: false, errors: dedupe(errors) };
}
