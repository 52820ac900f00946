// Durations as people write them: `500ms`, `90s`, `30m`, `24h`, `7d`, `1y`
// (a year is 365 days), or a bare number of milliseconds. The CLI's
// `--duration`/`--set` and the editor's time fields read them the same way.

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  y: 365 * 86_400_000,
};

const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(ms|s|min|m|h|d|y)?\s*$/;

export type DurationResult = { ok: true; ms: number } | { ok: false; error: string };

/** Parses `text` into milliseconds; a bare number is milliseconds. Never throws. */
export function parseDurationMs(text: string): DurationResult {
  const match = DURATION_PATTERN.exec(text);
  if (!match) {
    return { ok: false, error: `"${text.slice(0, 40)}" is not a duration: write milliseconds or a number with ms, s, m, h, d or y (e.g. 90s, 1h)` };
  }
  const ms = Number(match[1]) * UNIT_MS[match[2] ?? 'ms'];
  if (!Number.isFinite(ms)) return { ok: false, error: `"${text.slice(0, 40)}" is too long a duration` };
  return { ok: true, ms };
}
