// `--set` and `--grid` against a loaded scenario: each value read for its
// field (a duration where the field is a time), each path resolved, and the
// overridden scenario validated again, so a bad path or value is bad input
// (exit 1) whose message names the path as the user wrote it.
import { applyOverrides, parseValue, type Grid, type Override } from '../experiments/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { InputError, checked } from './load.ts';

export interface Assignment {
  path: string;
  raw: string;
}

export function readSets(sets: readonly Assignment[]): Override[] {
  return sets.map(({ path, raw }) => ({ path, value: valueOf('set', path, raw) }));
}

export function readGrids(grids: ReadonlyArray<{ path: string; raws: string[] }>): Grid[] {
  return grids.map(({ path, raws }) => ({ path, values: raws.map((raw) => valueOf('grid', path, raw)) }));
}

function valueOf(flag: string, path: string, raw: string): unknown {
  const value = parseValue(path, raw);
  if (!value.ok) throw new InputError(`--${flag} ${value.error}`);
  return value.value;
}

/**
 * The scenario with `overrides` applied and validated; `source` names it in
 * messages, `flagOf` says which flag gave a path.
 */
export function overridden(
  scenario: Scenario,
  source: string,
  overrides: readonly Override[],
  flagOf: (path: string) => string = () => 'set',
): Scenario {
  if (overrides.length === 0) return scenario;
  for (const o of overrides) {
    const applied = applyOverrides(scenario, [o]);
    if (!applied.ok) throw new InputError(`${source}: --${flagOf(o.path)} ${applied.error}`);
  }
  const applied = applyOverrides(scenario, overrides);
  if (!applied.ok) throw new InputError(`${source}: ${applied.error}`);
  const flags = overrides.map((o) => `${o.path}=${JSON.stringify(o.value)}`).join(' ');
  return checked(applied.value, `${source} with ${flags}`);
}
