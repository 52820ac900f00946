// A rolling 64-bit hash over the whole event trace (two 32-bit murmur3 lanes
// with different seeds). Every processed event feeds its time, type and
// payload, so two runs agree on the hash only if they agree event for event.

export interface TraceHash {
  h1: number;
  h2: number;
}

export function createTraceHash(): TraceHash {
  return { h1: 0x2545f491, h2: 0x6c8e9cf5 };
}

function mix(h: number, w: number, c1: number, c2: number): number {
  let k = Math.imul(w, c1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, c2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

export function hashEvent(t: TraceHash, timeUs: number, type: number, a: number, b: number): void {
  const lo = timeUs | 0;
  const hi = (timeUs / 4294967296) | 0;
  let h1 = t.h1, h2 = t.h2;
  h1 = mix(h1, lo, 0xcc9e2d51, 0x1b873593);
  h2 = mix(h2, lo, 0x85ebca6b, 0xc2b2ae35);
  h1 = mix(h1, hi ^ (type << 16), 0xcc9e2d51, 0x1b873593);
  h2 = mix(h2, hi ^ (type << 16), 0x85ebca6b, 0xc2b2ae35);
  h1 = mix(h1, a, 0xcc9e2d51, 0x1b873593);
  h2 = mix(h2, a, 0x85ebca6b, 0xc2b2ae35);
  h1 = mix(h1, b, 0xcc9e2d51, 0x1b873593);
  h2 = mix(h2, b, 0x85ebca6b, 0xc2b2ae35);
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
