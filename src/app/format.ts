// Numbers for people: every value carries its unit, and widths stay steady
// (readouts use tabular numerals) so nothing jumps while a run plays.
const NBSP = '\u00a0';

const DAY_MS = 86_400_000;

/** Past two days, time is told in days and the clock: "123 d 04:05" (a year is 365 d). */
function formatDays(ms: number, seconds: boolean): string {
  const totalMin = Math.floor(ms / 60_000);
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor(totalMin / 60) % 24;
  const min = totalMin % 60;
  if (!seconds) return hours ? `${days}${NBSP}d ${hours}${NBSP}h` : `${days}${NBSP}d`;
  return `${days}${NBSP}d ${pad(hours)}:${pad(min)}`;
}

/** Simulated time: "12.3 s", "2 min 05.3 s", "1 h 02 min 05 s", "123 d 04:05". */
export function formatSimTime(ms: number): string {
  if (ms >= 2 * DAY_MS) return formatDays(ms, true);
  const totalTenths = Math.floor(Math.max(0, ms) / 100);
  const tenths = totalTenths % 10;
  const totalSec = Math.floor(totalTenths / 10);
  const sec = totalSec % 60;
  const min = Math.floor(totalSec / 60) % 60;
  const hours = Math.floor(totalSec / 3600);
  if (hours > 0) return `${hours}${NBSP}h ${pad(min)}${NBSP}min ${pad(sec)}${NBSP}s`;
  if (min > 0) return `${min}${NBSP}min ${pad(sec)}.${tenths}${NBSP}s`;
  return `${sec}.${tenths}${NBSP}s`;
}

/** A short time for axes and the log: "12 s", "1.5 s", "2 min 10 s", "12 d 4 h". */
export function formatShortTime(ms: number): string {
  if (ms >= 2 * DAY_MS) return formatDays(ms, false);
  if (ms < 10_000) return `${trim((ms / 1000).toFixed(1))}${NBSP}s`;
  if (ms < 120_000) return `${Math.round(ms / 1000)}${NBSP}s`;
  const totalSec = Math.round(ms / 1000);
  const min = Math.floor(totalSec / 60);
  const sec = totalSec % 60;
  if (min < 60) return sec ? `${min}${NBSP}min ${sec}${NBSP}s` : `${min}${NBSP}min`;
  return `${Math.floor(min / 60)}${NBSP}h ${pad(min % 60)}${NBSP}min`;
}

/** A fraction as a percentage, with more digits as it nears 100 %. */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  if (p >= 100) return `100${NBSP}%`;
  const digits = p >= 99.9 ? 3 : p >= 99 ? 2 : 1;
  // Never round 99.9996 up to "100.000 %": that would claim a perfect record.
  const factor = 10 ** digits;
  return `${(Math.floor(p * factor) / factor).toFixed(digits)}${NBSP}%`;
}

/** "3.3 nines"; a perfect record has no number of nines. */
export function formatNines(nines: number | null): string {
  if (nines === null) return 'no failed requests';
  return `${nines.toFixed(1)}${NBSP}nines`;
}

/** Latency: "0.4 ms", "42 ms", "1.25 s". */
export function formatLatency(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)}${NBSP}ms`;
  if (ms < 1000) return `${Math.round(ms)}${NBSP}ms`;
  return `${(ms / 1000).toFixed(2)}${NBSP}s`;
}

/** A rate in requests per second: "812 req/s", "12.5 k req/s". */
export function formatRate(perSec: number): string {
  return `${formatCount(perSec)}${NBSP}req/s`;
}

/** A count: "812", "12.5 k", "2.88 M". */
export function formatCount(n: number): string {
  const a = Math.abs(n);
  if (a < 1000) return `${Math.round(n)}`;
  if (a < 1e6) return `${trim((n / 1000).toFixed(a < 1e4 ? 2 : 1))}${NBSP}k`;
  if (a < 1e9) return `${trim((n / 1e6).toFixed(a < 1e7 ? 2 : 1))}${NBSP}M`;
  return `${trim((n / 1e9).toFixed(2))}${NBSP}G`;
}

/** A speed factor: "0.25×", "1×", "100×". */
export function formatSpeed(speed: number): string {
  return `${speed}×`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function trim(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
