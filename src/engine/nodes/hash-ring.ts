// A consistent-hash ring for the `consistentHash` balancer: each backend owns
// many virtual points, so removing one moves only its share of keys.

export interface HashRing {
  points: Uint32Array;
  owner: Int32Array;
}

const VIRTUAL_POINTS = 64;

/** A 32-bit integer hash (murmur3 finalizer): spreads keys and points evenly. */
export function hash32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function buildHashRing(backends: number): HashRing {
  const entries: [number, number][] = [];
  for (let b = 0; b < backends; b++) {
    for (let v = 0; v < VIRTUAL_POINTS; v++) entries.push([hash32(b * 7919 + v * 104729 + 1), b]);
  }
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return { points: Uint32Array.from(entries, (e) => e[0]), owner: Int32Array.from(entries, (e) => e[1]) };
}

/** First point at or after the key's hash (wrapping). */
export function ringStart(ring: HashRing, key: number): number {
  const h = hash32(key ^ 0x5bd1e995);
  let lo = 0, hi = ring.points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ring.points[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  return lo === ring.points.length ? 0 : lo;
}
