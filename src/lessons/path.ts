// Dot paths into a report or a scenario: `availability`, `latencyMs.p99`,
// `nodes.web-1.served`, `faults[0].timeToDetectMs` (or `faults.0.…`). Ids
// may hold `-` (and link ids `>`), never a dot, so splitting at dots is
// exact. In a list of things with ids (a scenario's nodes, a report's alert
// firings) a segment that is not a number picks by id: `alerts.page.firedAtMs`
// is the first firing of alert `page`, `alerts.page.1.firedAtMs` its second,
// and `alerts.page.count` how many times it fired (0 when never, provided the
// design has such an alert).

export type PathValue = { ok: true; value: number } | { ok: false; error: string };

export interface PathOptions {
  /** Ids known to exist although a list holds none of them (alerts that never fired), by list name. */
  knownIds?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `faults[0].x` → ['faults', '0', 'x']. */
export function splitPath(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((s) => s !== '');
}

/** The id of a list item: its `id`, or a link's default `from->to`. */
function idOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  if (typeof o.id === 'string') return o.id;
  if (typeof o.from === 'string' && typeof o.to === 'string') return `${o.from}->${o.to}`;
  return undefined;
}

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Follows `path` from `root` to a raw value (anything), or says where it stops. */
export function resolveRaw(root: unknown, path: string, options: PathOptions = {}): { ok: true; value: unknown } | { ok: false; error: string } {
  const segments = splitPath(path);
  const missing = (why: string) => ({ ok: false as const, error: `"${path}" does not exist: ${why}` });
  let value: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const where = segments.slice(0, i).join('.') || 'the top level';
    if (Array.isArray(value)) {
      if (/^\d+$/.test(seg)) {
        if (Number(seg) >= value.length) return missing(`${where} has ${value.length} item${value.length === 1 ? '' : 's'}`);
        value = value[Number(seg)];
        continue;
      }
      const matches = value.filter((item) => idOf(item) === seg);
      const known = matches.length > 0 || options.knownIds?.get(segments[i - 1] ?? '')?.has(seg) === true;
      if (segments[i + 1] === 'count' && i + 2 === segments.length) {
        return known ? { ok: true, value: matches.length } : missing(`no "${seg}" in ${where}`);
      }
      if (matches.length === 0) return missing(known ? `"${seg}" has no entry in ${where} (it never happened)` : `no "${seg}" in ${where}`);
      // `alerts.page.1.firedAtMs`: the second firing of page; otherwise the first.
      const nth = segments[i + 1];
      if (nth !== undefined && /^\d+$/.test(nth)) {
        if (Number(nth) >= matches.length) return missing(`"${seg}" has ${matches.length} entr${matches.length === 1 ? 'y' : 'ies'} in ${where}`);
        value = matches[Number(nth)];
        i++;
        continue;
      }
      value = matches[0];
      continue;
    }
    if (value === null || typeof value !== 'object' || !own(value, seg)) {
      return missing(value !== null && typeof value === 'object' ? `no "${seg}" in ${where}` : `${where} is not a section`);
    }
    value = (value as Record<string, unknown>)[seg];
  }
  return { ok: true, value };
}

/** Follows `path` to a number; true/false count as 1/0 (so `slo.met == 1` reads naturally). */
export function resolveNumber(root: unknown, path: string, options: PathOptions = {}): PathValue {
  const raw = resolveRaw(root, path, options);
  if (!raw.ok) return raw;
  if (typeof raw.value === 'boolean') return { ok: true, value: raw.value ? 1 : 0 };
  if (typeof raw.value === 'number' && !Number.isNaN(raw.value)) return { ok: true, value: raw.value };
  if (raw.value === undefined || raw.value === null) return { ok: false, error: `"${path}" does not exist: it has no value` };
  return { ok: false, error: `"${path}" is not a number (it is ${Array.isArray(raw.value) ? 'a list' : typeof raw.value === 'object' ? 'a section' : typeof raw.value})` };
}
