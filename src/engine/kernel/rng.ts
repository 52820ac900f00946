// The one seeded PRNG behind every random draw of a run: sfc32 (Chris Doty-
// Humphrey's Small Fast Counting generator, 128-bit state, passes PractRand).
// Its state is a plain Uint32Array so a snapshot is a structured clone.

export interface Rng {
  s: Uint32Array;
}

/** Seeds sfc32 from a 32-bit seed through splitmix32, then warms it up. */
export function createRng(seed: number): Rng {
  let x = seed >>> 0;
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    s[i] = (z ^ (z >>> 16)) >>> 0;
  }
  const rng = { s };
  for (let i = 0; i < 12; i++) nextU32(rng);
  return rng;
}

export function nextU32(rng: Rng): number {
  const s = rng.s;
  const a = s[0], b = s[1], c = s[2], d = s[3];
  const t = (((a + b) | 0) + d) | 0;
  s[3] = (d + 1) | 0;
  s[0] = b ^ (b >>> 9);
  s[1] = (c + (c << 3)) | 0;
  const r = (c << 21) | (c >>> 11);
  s[2] = (r + t) | 0;
  return t >>> 0;
}

/** Uniform on [0, 1), 32 bits of resolution. */
export function nextFloat(rng: Rng): number {
  return nextU32(rng) * 2.3283064365386963e-10;
}

/** Uniform integer on [0, n). */
export function nextInt(rng: Rng, n: number): number {
  return Math.floor(nextFloat(rng) * n);
}
