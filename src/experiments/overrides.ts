// `--set PATH=V` and `--grid PATH=V1,V2,…`: one field of the scenario
// overridden for every run. PATH is a dot path in the scenario's own terms:
// node, link, cluster and alert ids pick an item of their list
// (`nodes.web-1.workers`, `links.lb->web1.latencyMs`,
// `clusters.orders.failover.detectionMs`), a number picks a fault
// (`faults.0.atMs`), and other names are fields (`durationMs`,
// `nodes.lb.healthCheck.intervalMs`). Ids never hold a dot, so the split is
// unambiguous. The overridden scenario is validated again by the caller, so
// a value out of range is reported as any bad field is.
import { parseDurationMs, safeParseJson, type Scenario } from '../scenario/index.ts';

export interface Override {
  /** The path as the user wrote it; also the key in the sweep's `set`. */
  path: string;
  value: unknown;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Lists whose items are named by id (links by `from->to` when they have none). */
const BY_ID: Record<string, string> = { nodes: 'node', links: 'link', clusters: 'cluster', alerts: 'alert' };
const LISTS = new Set([...Object.keys(BY_ID), 'faults']);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const PATH_PATTERN = /^[A-Za-z0-9_>-]+(\.[A-Za-z0-9_>-]+)*$/;

/** Splits `PATH=V` at its first `=`; the path's syntax is checked here, its meaning on apply. */
export function splitAssignment(text: string): Parsed<{ path: string; raw: string }> {
  const eq = text.indexOf('=');
  if (eq <= 0) return { ok: false, error: `"${text}" is not PATH=VALUE (e.g. nodes.web-1.workers=8)` };
  const path = text.slice(0, eq);
  if (!PATH_PATTERN.test(path)) return { ok: false, error: `"${path}" is not a dot path such as nodes.web-1.workers` };
  return { ok: true, value: { path, raw: text.slice(eq + 1) } };
}

/** Splits a grid's values at top-level commas, so `{"type":"uniform","min":1,"max":5}` stays one value. */
export function splitValues(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inString = false;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  out.push(raw.slice(start));
  return out;
}

/**
 * A time field is one whose name, or an ancestor field's, ends in Ms
 * (`durationMs`, `nodes.web.serviceTimeMs.mean`); an id is not a field name.
 */
export function isTimePath(path: string): boolean {
  const segments = path.split('.');
  return segments.some((segment, i) => segment.endsWith('Ms') && !(i === 1 && LISTS.has(segments[0])));
}

/**
 * The value of `PATH=V`: a duration with units where the field is a time
 * (`1h`, `500ms`), else JSON (`8`, `true`, `{"type":"exponential","mean":5}`),
 * else the text itself, so `algorithm=leastConnections` needs no quotes.
 */
export function parseValue(path: string, raw: string): Parsed<unknown> {
  if (raw.trim() === '') return { ok: false, error: `${path}: needs a value after "="` };
  const duration = isTimePath(path) ? parseDurationMs(raw) : undefined;
  if (duration?.ok) return { ok: true, value: duration.ms };
  const json = safeParseJson(raw);
  if (json.ok) return { ok: true, value: json.value };
  // Meant as JSON (an object, a list, a quoted text) but broken: say so.
  if (/^\s*[[{"]/.test(raw)) return { ok: false, error: `${path}: ${json.error}` };
  if (duration && !duration.ok) return { ok: false, error: `${path}: ${duration.error}` };
  return { ok: true, value: raw };
}

/** A copy of `scenario` with every override applied, or the first path that names nothing. */
export function applyOverrides(scenario: Scenario, overrides: readonly Override[]): Parsed<Scenario> {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  for (const { path, value } of overrides) {
    const error = setAt(copy, path, structuredClone(value));
    if (error) return { ok: false, error: `${path}: ${error}` };
  }
  return { ok: true, value: copy as unknown as Scenario };
}

type Container = Record<string, unknown> | unknown[];

/** Sets the value at `path` in `root`; returns what is wrong with the path, if anything. */
function setAt(root: Record<string, unknown>, path: string, value: unknown): string | undefined {
  const segments = path.split('.');
  let here: Container = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (FORBIDDEN.has(segment)) return `"${segment}" is not allowed in a path`;
    let key: string | number = segment;
    if (Array.isArray(here)) {
      // Only the scenario's own lists (nodes, links, …) are named by id.
      const index = findItem(here, segment, i === 1 ? segments[0] : undefined);
      if (typeof index === 'string') return index;
      key = index;
    }
    const container = here as Record<string | number, unknown>;
    if (i === segments.length - 1) {
      container[key] = value;
      return undefined;
    }
    // An absent list has no items to name; an absent object on the way is
    // made, so `nodes.lb.healthCheck.intervalMs` works on a balancer without
    // one (validation names a misspelt field).
    if (i === 0 && LISTS.has(segment) && container[key] === undefined) return findItem([], segments[1], segment) as string;
    if (container[key] === undefined && !Array.isArray(here)) container[key] = {};
    const next = container[key];
    if (next === null || typeof next !== 'object') {
      return `${segments.slice(0, i + 1).join('.')} is ${describe(next)}, not an object`;
    }
    here = next as Container;
  }
  return undefined;
}

/** The index of the item `segment` names in `list`, or why there is none. */
function findItem(list: unknown[], segment: string, listName: string | undefined): number | string {
  const kind = listName === undefined ? undefined : BY_ID[listName];
  if (kind !== undefined) {
    const index = list.findIndex((item) => itemId(item, listName!) === segment);
    if (index >= 0) return index;
    const ids = list.map((item) => itemId(item, listName!)).filter((id) => id !== undefined);
    const shown = ids.slice(0, 12).join(', ') + (ids.length > 12 ? ', …' : '');
    return `no ${kind} with id "${segment}"${ids.length > 0 ? ` (${listName}: ${shown})` : ` (there are no ${listName})`}`;
  }
  const index = /^\d+$/.test(segment) ? Number(segment) : Number.NaN;
  if (index < list.length) return index;
  if (list.length === 0) return `there are no ${listName ?? 'items'} to pick "${segment}" from`;
  return `"${segment}" is not an index of a list of ${list.length} (0 to ${list.length - 1})`;
}

function itemId(item: unknown, listName: string): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const { id, from, to } = item as { id?: unknown; from?: unknown; to?: unknown };
  if (typeof id === 'string') return id;
  return listName === 'links' && typeof from === 'string' && typeof to === 'string' ? `${from}->${to}` : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `the ${typeof value} ${String(value)}`;
}
