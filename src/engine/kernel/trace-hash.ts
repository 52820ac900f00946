// A rolling 64-bit hash over the whole event trace (two 32-bit lanes with
// different constants, finished with murmur3's avalanche). Every processed event feeds its time, type and
// payload, so two runs agree on the hash only if they agree event for event.

export interface TraceHash {
  h1: number;
  h2: number;
}

export function createTraceHash(): TraceHash {
  return { h1: 0x2545f491, h2: 0x6c8e9cf5 };
}

/**
 * One word into a lane: rotate, xor, multiply by an odd constant (the step
 * of rustc's FxHash). Cheap enough for every event; the two lanes use
 * different constants and rotations, and the digest avalanches both.
 */
export function hashEvent(t: TraceHash, timeUs: number, type: number, a: number, b: number): void {
  const lo = timeUs | 0;
  // × 2^−32 is exact for whole µs (a power of two), the same as ÷ 2^32, and no division per event.
  const hi = ((timeUs * 2.3283064365386963e-10) | 0) ^ (type << 20);
  let h1 = t.h1, h2 = t.h2;
  h1 = Math.imul(((h1 << 5) | (h1 >>> 27)) ^ lo, 0x9e3779b1);
  h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ lo, 0x85ebca77);
  h1 = Math.imul(((h1 << 5) | (h1 >>> 27)) ^ hi, 0x9e3779b1);
  h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ hi, 0x85ebca77);
  h1 = Math.imul(((h1 << 5) | (h1 >>> 27)) ^ a, 0x9e3779b1);
  h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ a, 0x85ebca77);
  h1 = Math.imul(((h1 << 5) | (h1 >>> 27)) ^ b, 0x9e3779b1);
  h2 = Math.imul(((h2 << 7) | (h2 >>> 25)) ^ b, 0x85ebca77);
  t.h1 = h1;
  t.h2 = h2;
}

/** Final avalanche, as 16 hex digits. */
export function digest(t: TraceHash, events: number): string {
  const fmix = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const a = fmix(t.h1 ^ (events | 0));
  const b = fmix(t.h2 ^ ((events / 4294967296) | 0) ^ a);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
