// Time axes for long runs: a simulated year is read in months, a fortnight in
// days, not as "8333 h 20 min". Ticks sit on whole days, months (a twelfth of
// a 365-day year) or years from the start of the run; runs up to two days keep
// the hours-and-minutes axis they always had.
const DAY_MS = 86_400_000;
const MONTH_MS = (365 * DAY_MS) / 12;
const YEAR_MS = 365 * DAY_MS;

/** Past this, axes count days, months or years. */
export const LONG_RUN_MS = 2 * DAY_MS;

const STEPS: ReadonlyArray<{ unitMs: number; unit: string; multiples: readonly number[] }> = [
  { unitMs: DAY_MS, unit: 'd', multiples: [1, 2, 5, 7, 14] },
  { unitMs: MONTH_MS, unit: 'mo', multiples: [1, 2, 3, 6] },
  { unitMs: YEAR_MS, unit: 'y', multiples: [1, 2, 5, 10] },
];

export interface LongTicks {
  values: number[];
  format(ms: number): string;
}

/** Ticks for a run of `endMs`, at most `maxTicks` of them past 0 and at least one; null for a short run. */
export function longRunTicks(endMs: number, maxTicks: number): LongTicks | null {
  if (!(endMs > LONG_RUN_MS)) return null;
  const limit = Math.max(1, maxTicks);
  const ticks = (stepMs: number, unitMs: number, unit: string): LongTicks => {
    const values: number[] = [];
    for (let i = 0; i * stepMs <= endMs + 1e-6 * stepMs; i++) values.push(i * stepMs);
    return { values, format: (ms) => (ms === 0 ? '0' : `${Math.round(ms / unitMs)}\u00a0${unit}`) };
  };
  for (const { unitMs, unit, multiples } of STEPS) {
    for (const k of multiples) {
      const count = endMs / (k * unitMs);
      if (count <= limit && count >= 1) return ticks(k * unitMs, unitMs, unit);
    }
  }
  // No round step fits (a narrow chart): whole units of the largest that fits once.
  const { unitMs, unit } = [...STEPS].reverse().find((s) => endMs >= s.unitMs) ?? STEPS[0];
  return ticks(Math.ceil(endMs / limit / unitMs) * unitMs, unitMs, unit);
}
