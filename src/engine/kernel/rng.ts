// The seeded PRNG behind every random draw of a run: sfc32 (Chris Doty-
// Humphrey's Small Fast Counting generator, 128-bit state, passes PractRand),
// as many independent streams as the run needs (kernel/streams.ts derives
// them). All states live in one Uint32Array, four words per stream, so a
// draw allocates nothing and a snapshot is a structured clone.

export interface Rng {
  /** Stream i's state is s[4i … 4i+3]. */
  s: Uint32Array;
}

/** Sets stream `stream`'s state to four words and warms it up (sfc32's own seeding: 12 outputs discarded). */
export function seedStream(rng: Rng, stream: number, a: number, b: number, c: number, d: number): void {
  const o = stream << 2;
  rng.s[o] = a; rng.s[o + 1] = b; rng.s[o + 2] = c; rng.s[o + 3] = d;
  for (let i = 0; i < 12; i++) nextU32(rng, stream);
}

/** One stream seeded from a 32-bit seed through splitmix32 (for tests and single-stream uses). */
export function createRng(seed: number): Rng {
  let x = seed >>> 0;
  const w = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    w[i] = (z ^ (z >>> 16)) >>> 0;
  }
  const rng = { s: new Uint32Array(4) };
  seedStream(rng, 0, w[0], w[1], w[2], w[3]);
  return rng;
}

/**
 * One sfc32 step of stream `stream`: the next word as a signed 32-bit
 * integer. Signed, so it is a small integer to V8 and crosses a call
 * unboxed; a word above 2^31 returned as itself would be a heap number.
 */
export function nextWord(rng: Rng, stream: number): number {
  const s = rng.s;
  const o = stream << 2;
  const a = s[o], b = s[o + 1], c = s[o + 2], d = s[o + 3];
  const t = (((a + b) | 0) + d) | 0;
  s[o + 3] = (d + 1) | 0;
  s[o] = b ^ (b >>> 9);
  s[o + 1] = (c + (c << 3)) | 0;
  s[o + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t;
}

export function nextU32(rng: Rng, stream: number): number {
  return nextWord(rng, stream) >>> 0;
}

/** Uniform on [0, 1), 32 bits of resolution. */
export function nextFloat(rng: Rng, stream: number): number {
  return (nextWord(rng, stream) >>> 0) * 2.3283064365386963e-10;
}

/** Uniform integer on [0, n): nextFloat's value written out (a float returned from a call that is not inlined is boxed). */
export function nextInt(rng: Rng, stream: number, n: number): number {
  return Math.floor((nextWord(rng, stream) >>> 0) * 2.3283064365386963e-10 * n);
}
