// Distributions of the scenario format, compiled to plain data (no closures,
// so the world stays structured-clonable) and sampled from a PRNG stream.
import type { Dist } from '../../scenario/index.ts';
import { us } from './clock.ts';
import { cos, exp, ln, sqrt } from './math.ts';
import { nextFloat, nextWord, type Rng } from './rng.ts';

export const DistKind = { constant: 0, exponential: 1, uniform: 2, normal: 3, lognormal: 4 } as const;

export interface CompiledDist {
  kind: number;
  a: number;
  b: number;
  /** The distribution's mean, ms (for the availability maths beside the run). */
  meanMs: number;
}

/** z of the standard normal's 99th percentile. */
const Z99 = 2.3263478740408408;

export function compileDist(d: Dist): CompiledDist {
  if (typeof d === 'number') return { kind: DistKind.constant, a: d, b: 0, meanMs: d };
  switch (d.type) {
    case 'constant':
      return { kind: DistKind.constant, a: d.value, b: 0, meanMs: d.value };
    case 'exponential':
      return { kind: DistKind.exponential, a: d.mean, b: 0, meanMs: d.mean };
    case 'uniform':
      return { kind: DistKind.uniform, a: d.min, b: d.max, meanMs: (d.min + d.max) / 2 };
    case 'normal':
      return { kind: DistKind.normal, a: d.mean, b: d.stddev, meanMs: d.mean };
    case 'lognormal': {
      const mu = ln(d.median);
      const sigma = d.p99 > d.median ? ln(d.p99 / d.median) / Z99 : 0;
      return { kind: DistKind.lognormal, a: mu, b: sigma, meanMs: exp(mu + (sigma * sigma) / 2) };
    }
  }
}

/** A standard normal draw (Box–Muller; the second value is discarded to keep the draw order simple). */
function standardNormal(rng: Rng, stream: number): number {
  const u1 = 1 - nextFloat(rng, stream);
  const u2 = nextFloat(rng, stream);
  return sqrt(-2 * ln(u1)) * cos(2 * Math.PI * u2);
}

/** One sample, in ms (never negative). */
export function sampleMs(rng: Rng, stream: number, d: CompiledDist): number {
  switch (d.kind) {
    case DistKind.constant:
      return d.a;
    case DistKind.exponential:
      return -d.a * ln(1 - nextFloat(rng, stream));
    case DistKind.uniform:
      return d.a + (d.b - d.a) * nextFloat(rng, stream);
    case DistKind.normal: {
      // Truncated at 0 by rejection, so the shape above 0 is kept; a normal
      // almost all below 0 gives up after a bounded number of tries.
      for (let i = 0; i < 64; i++) {
        const v = d.a + d.b * standardNormal(rng, stream);
        if (v >= 0) return v;
      }
      return 0;
    }
    default:
      return exp(d.a + d.b * standardNormal(rng, stream));
  }
}

/** One sample, in whole µs (the clock's unit). */
export function sampleUs(rng: Rng, stream: number, d: CompiledDist): number {
  // The two most common kinds first, with the very expressions sampleMs has.
  if (d.kind === DistKind.constant) return us(d.a);
  // nextFloat written out: a float returned from a call that is not inlined is boxed.
  if (d.kind === DistKind.exponential) return us(-d.a * ln(1 - (nextWord(rng, stream) >>> 0) * 2.3283064365386963e-10));
  return us(sampleMs(rng, stream, d));
}
