// Durations on the command line (`--duration 90s`, `--duration 1y`): read by
// the scenario room's parseDurationMs, so the CLI, `--set` and the editor
// agree on what `30m` means. A malformed one is a usage error (exit 2): the
// caller throws it, so this file needs nothing from args.ts.
import { MAX_DURATION_MS, parseDurationMs } from '../scenario/index.ts';

const UNITS: Array<[number, string]> = [
  [365 * 86_400_000, 'y'],
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1000, 's'],
];

/** 86400000 → "24 h", 315360000000 → "10 y": the largest unit that divides it. */
export function formatDurationMs(ms: number): string {
  for (const [size, unit] of UNITS) if (ms >= size && ms % size === 0) return `${ms / size} ${unit}`;
  return `${ms} ms`;
}

/** The value of a duration flag in milliseconds, > 0 and at most the format's longest run. */
export function parseDurationFlag(flag: string, text: string, maxMs: number = MAX_DURATION_MS): { ok: true; ms: number } | { ok: false; error: string } {
  const parsed = parseDurationMs(text);
  if (parsed.ok && parsed.ms > 0 && parsed.ms <= maxMs) return parsed;
  return {
    ok: false,
    error: `--${flag} must be a time > 0 and ≤ ${formatDurationMs(maxMs)}: milliseconds, or a number with ms, s, m, h, d or y (e.g. 90s, 24h), got "${text}"`,
  };
}
