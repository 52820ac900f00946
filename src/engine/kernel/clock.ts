// The simulated clock's unit is the whole microsecond; the scenario speaks in
// milliseconds. Every conversion goes through here, so rounding happens in one
// place and in one way (half away from zero on .5, as Math.round does for the
// non-negative times the engine keeps).

/** Milliseconds to whole microseconds. */
export function us(timeMs: number): number {
  return Math.round(timeMs * 1000);
}

/** Microseconds to milliseconds (exact for whole µs below 2^53). */
export function ms(timeUs: number): number {
  return timeUs / 1000;
}
