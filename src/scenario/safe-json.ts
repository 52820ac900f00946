// JSON.parse for untrusted text (share links, imported files). JSON.parse
// itself is safe from prototype pollution (it defines own properties), but a
// parsed `__proto__` key turns dangerous the moment some later code spreads
// or merges the object, so such keys are refused outright. Size and depth are
// capped so that a hostile file cannot exhaust memory or the stack of code
// that walks the result.
import { MAX_JSON_ARRAY_LENGTH, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_SCENARIO_JSON_CHARS } from './limits.ts';

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function safeParseJson(text: string, maxChars: number = MAX_SCENARIO_JSON_CHARS): JsonResult {
  if (typeof text !== 'string') return { ok: false, error: 'expected JSON text' };
  if (text.length > maxChars) {
    return { ok: false, error: `the JSON is ${text.length} characters long; the limit is ${maxChars}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${withLineAndColumn(err instanceof Error ? err.message : String(err), text)}` };
  }
  const problem = findProblem(value);
  return problem ? { ok: false, error: problem } : { ok: true, value };
}

/**
 * Engines report a character offset ("at position 1234"); people editing a
 * file need a line and column, so add them when the engine did not.
 */
function withLineAndColumn(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

/** One object or array still to look into; the path is rebuilt from parents only when there is a problem. */
interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string | number;
}

function pathOf(frame: Frame | null, last?: string | number): string {
  const keys: Array<string | number> = last === undefined ? [] : [last];
  for (let f = frame; f && f.parent; f = f.parent) keys.push(f.key);
  let out = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out || 'the JSON';
}

/**
 * Walks the parsed value without recursion (so depth cannot overflow our own
 * stack) and returns the first problem found, or undefined. Counts come
 * first: an array's length is checked before any of its items is looked at,
 * so a million-element array is refused at once rather than walked.
 * Primitives are never pushed, and no path is built unless something is wrong.
 */
function findProblem(root: unknown): string | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '' }];
  let values = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (depth >= MAX_JSON_DEPTH) return `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      if (value.length > MAX_JSON_ARRAY_LENGTH) {
        return `${pathOf(frame)}: a list of ${value.length} items; the limit is ${MAX_JSON_ARRAY_LENGTH}`;
      }
      values += value.length;
      if (values > MAX_JSON_VALUES) return `the JSON holds more than ${MAX_JSON_VALUES} values, far more than any scenario needs`;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, depth: depth + 1, parent: frame, key: i });
      }
      continue;
    }
    const keys = Object.keys(value);
    values += keys.length;
    if (values > MAX_JSON_VALUES) return `the JSON holds more than ${MAX_JSON_VALUES} values, far more than any scenario needs`;
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `${pathOf(frame, key)}: the key "${key}" is not allowed`;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, depth: depth + 1, parent: frame, key });
    }
  }
  return undefined;
}
