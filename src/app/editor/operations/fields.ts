// Setting one field anywhere in the scenario, by path. The inspector edits
// every field through this one function, so each field edit is undoable and
// validated the same way.
import type { Scenario } from '../../../scenario/index.ts';

export type FieldPath = readonly (string | number)[];

/** `['nodes', 3, 'workers']` → `nodes[3].workers`, the validator's notation. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

export function getField(scenario: Scenario, path: FieldPath): unknown {
  let at: unknown = scenario;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

/**
 * Returns a copy with `value` at `path`, copying only the objects along the
 * path. `undefined` removes the key, so the format's default applies again.
 * Missing objects along the path are created.
 */
export function setField(scenario: Scenario, path: FieldPath, value: unknown): Scenario {
  if (path.length === 0) throw new Error('setField needs a path');
  if (Object.is(getField(scenario, path), value)) return scenario;
  return setIn(scenario, path, 0, value) as Scenario;
}

function setIn(container: unknown, path: FieldPath, depth: number, value: unknown): unknown {
  const key = path[depth];
  const isIndex = typeof key === 'number';
  const copy: Record<string | number, unknown> | unknown[] = Array.isArray(container)
    ? [...container]
    : container !== null && typeof container === 'object'
      ? { ...(container as object) }
      : isIndex
        ? []
        : {};
  const record = copy as Record<string | number, unknown>;
  if (depth === path.length - 1) {
    if (value === undefined && !Array.isArray(copy)) delete record[key];
    else record[key] = value;
    return copy;
  }
  record[key] = setIn(record[key], path, depth + 1, value);
  return copy;
}
