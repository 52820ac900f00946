// JSON.parse for untrusted text (share links, imported files). JSON.parse
// itself is safe from prototype pollution (it defines own properties), but a
// parsed `__proto__` key turns dangerous the moment some later code spreads
// or merges the object, so such keys are refused outright. Size and depth are
// capped so that a hostile file cannot exhaust memory or the stack of code
// that walks the result.
import { MAX_JSON_DEPTH, MAX_SCENARIO_JSON_CHARS } from './limits.ts';

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

/**
 * Walks the parsed value without recursion (so depth cannot overflow our own
 * stack) and returns the first problem found, or undefined.
 */
function findProblem(root: unknown): string | undefined {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) return `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const keyPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return `${keyPath}: the key "${key}" is not allowed`;
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: keyPath });
    }
  }
  return undefined;
}
