import { describe, expect, it } from 'vitest';
import { parseDurationMs } from '../../src/scenario/index.ts';

describe('parseDurationMs', () => {
  it('reads every unit the CLI contract names, and bare milliseconds', () => {
    const cases: Array<[string, number]> = [
      ['250', 250], ['500ms', 500], ['90s', 90_000], ['30m', 1_800_000], ['2min', 120_000],
      ['24h', 86_400_000], ['7d', 604_800_000], ['1y', 31_536_000_000], ['1.5s', 1500], ['.5h', 1_800_000], [' 10 s ', 10_000],
    ];
    for (const [text, ms] of cases) expect(parseDurationMs(text)).toEqual({ ok: true, ms });
  });

  it('refuses what is not a duration, saying what to write', () => {
    for (const text of ['', 's', '-5s', '1 week', '5x', '1e3', 'NaN']) {
      const r = parseDurationMs(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/not a duration/);
    }
  });
});
