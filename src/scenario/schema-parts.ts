// Small zod building blocks whose error messages state the whole rule
// ("must be an integer ≥ 1"), not zod's generic wording, so that a person
// fixing a file by hand reads what the field wants, not what zod checked.
import { z } from 'zod';
import {
  ID_PATTERN, LINK_ID_PATTERN, MAX_DURATION_MS, MAX_ID_LENGTH, MAX_TIME_FIELD_MS, MIN_POSITIVE_TIME_MS, MIN_PROBE_INTERVAL_MS,
} from './limits.ts';

// No generated code: zod can compile object parsers with `new Function`, and
// merely probing whether it may makes a strict Content-Security-Policy (no
// 'unsafe-eval') report a violation. Set before any schema is built (this
// module is evaluated before schema.ts defines one); scenarios are small, so
// the interpreted parser is fast enough.
z.config({ jitless: true });

/** What an issue looks like to an error function (enough for our messages). */
interface RawIssue {
  code?: string;
  input?: unknown;
}

/** A short, safe description of a bad value for "(got …)" (never the whole value). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 24 ? `text "${value.slice(0, 24)}…"` : `text "${value}"`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/**
 * Messages for a number field: `low` when the value is below range, not an
 * integer or not a number at all; `high` when above range.
 */
function numberError(low: string, high: string) {
  return (iss: RawIssue): string => {
    const input = iss.input;
    if (input === undefined) return 'is required';
    if (typeof input !== 'number') return `${low} (got ${describeValue(input)})`;
    if (!Number.isFinite(input)) return `must be a finite number (got ${String(input)})`;
    return iss.code === 'too_big' ? high : low;
  };
}

/**
 * An integer in [min, max]. `what`, when given, names the whole rule for
 * every failure (e.g. "an unsigned 32-bit integer").
 */
export function intIn(min: number, max: number, what?: string) {
  const low = `must be ${what ?? `an integer ≥ ${min}`}`;
  const high = what ? low : `must be an integer ≤ ${max}`;
  return z
    .number({ error: numberError(low, high) })
    .int()
    .min(min)
    .max(max);
}

/**
 * A finite number ≥ min (or > min when `exclusive`) and ≤ max. `why`, when
 * given, is added to the low message (e.g. " (1 µs, the clock's step)").
 */
export function numIn(min: number, max: number, exclusive = false, why = '') {
  const low = `must be a number ${exclusive ? '>' : '≥'} ${min}${why}`;
  const schema = z.number({ error: numberError(low, `must be a number ≤ ${max}`) });
  return (exclusive ? schema.gt(min) : schema.min(min)).max(max);
}

/** A fraction such as a loss or error rate: [0, 1]. */
export function fraction() {
  const msg = 'must be a number between 0 and 1';
  return z.number({ error: numberError(msg, msg) }).min(0).max(1);
}

const WHOLE_MICROSECONDS = " (1 µs: times are kept in whole microseconds, and 0 has no meaning here)";

/**
 * A simulated time in ms, ≥ 0, at most 24 h. A `positive` one must be at
 * least 1 µs, so that it is not 0 once rounded to the engine's clock.
 */
export function timeMs(positive = false, max: number = MAX_TIME_FIELD_MS) {
  return positive ? numIn(MIN_POSITIVE_TIME_MS, max, false, WHOLE_MICROSECONDS) : numIn(0, max);
}

/** A time on the run's own timeline (a fault's start and length): as long as the longest run. */
export function timelineMs(positive = false) {
  return timeMs(positive, MAX_DURATION_MS);
}

/** How often something probes (health checks, failure detection): at least 100 ms apart. */
export function probeIntervalMs() {
  return numIn(MIN_PROBE_INTERVAL_MS, MAX_TIME_FIELD_MS, false, ' (probing more often than every 100 ms is a busy loop, not a design)');
}

/** Any finite number (alert thresholds may be negative, e.g. a lag delta). */
export function finite() {
  const msg = 'must be a finite number';
  return z.number({ error: numberError(msg, msg) });
}

function stringError(rule: string, maxLength?: number) {
  return (iss: RawIssue): string => {
    if (iss.input === undefined) return 'is required';
    if (typeof iss.input === 'string' && iss.code === 'too_big' && maxLength !== undefined) {
      return `is ${iss.input.length} characters long; the limit is ${maxLength}`;
    }
    return `must be ${rule} (got ${describeValue(iss.input)})`;
  };
}

/** A node, cluster, alert id or a zone name. */
export function id() {
  return z.string({ error: stringError(`1–${MAX_ID_LENGTH} characters of A-Z a-z 0-9 _ -`) }).regex(ID_PATTERN);
}

/** A link id: like a node id, but may hold the `->` of the default `from->to`. */
export function linkId() {
  return z.string({ error: stringError('1–130 characters of A-Z a-z 0-9 _ - >') }).regex(LINK_ID_PATTERN);
}

/** Plain text of at most `max` characters. */
export function text(max: number) {
  return z.string({ error: stringError(`text of at most ${max} characters`, max) }).max(max);
}

export function bool() {
  return z.boolean({
    error: (iss) => (iss.input === undefined ? 'is required' : `must be true or false (got ${describeValue(iss.input)})`),
  });
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const choices = values.map((v) => `"${v}"`).join(', ');
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined ? `is required (one of ${choices})` : `must be one of ${choices} (got ${describeValue(iss.input)})`,
  });
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item, {
      error: (iss) => {
        if (iss.input === undefined) return 'is required';
        if (!Array.isArray(iss.input)) return `must be a list (got ${describeValue(iss.input)})`;
        // Typed for the array's own issue, but checks (.max, .min) report here too.
        if ((iss.code as string) === 'too_big') return `has ${iss.input.length} items; the limit is ${max}`;
        return 'must not be empty';
      },
    })
    .max(max);
}

/** A strict object: unknown keys are errors (so typos surface). */
export function record<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') return undefined;
      return iss.input === undefined ? 'is required' : `must be an object (got ${describeValue(iss.input)})`;
    },
  });
}
