// The shape of a distribution for its preview: density over a range that
// shows the body and the tail, plus the mean and 99th percentile a person
// reasons with. Same parameter meanings as the engine (spec: Distributions).
import type { Dist, DistType } from '../../scenario/index.ts';

/** z for the 99th percentile of a standard normal. */
const Z99 = 2.3263478740408408;

export type DistObject = Exclude<Dist, number>;

export function asObject(dist: Dist): DistObject {
  return typeof dist === 'number' ? { type: 'constant', value: dist } : dist;
}

export function summary(dist: Dist): { mean: number; p99: number } {
  const d = asObject(dist);
  switch (d.type) {
    case 'constant':
      return { mean: d.value, p99: d.value };
    case 'exponential':
      return { mean: d.mean, p99: d.mean * Math.log(100) };
    case 'uniform':
      return { mean: (d.min + d.max) / 2, p99: d.min + 0.99 * (d.max - d.min) };
    case 'normal':
      return { mean: d.mean, p99: Math.max(0, d.mean + Z99 * d.stddev) };
    case 'lognormal': {
      const sigma = Math.log(d.p99 / d.median) / Z99;
      return { mean: d.median * Math.exp((sigma * sigma) / 2), p99: d.p99 };
    }
  }
}

/** Density at x (unnormalised is fine: the preview scales to its height). */
export function density(dist: Dist, x: number): number {
  const d = asObject(dist);
  switch (d.type) {
    case 'constant':
      return 0;
    case 'exponential':
      return x < 0 ? 0 : Math.exp(-x / d.mean) / d.mean;
    case 'uniform':
      return x >= d.min && x <= d.max && d.max > d.min ? 1 / (d.max - d.min) : 0;
    case 'normal': {
      if (x < 0 || d.stddev <= 0) return 0;
      const z = (x - d.mean) / d.stddev;
      return Math.exp(-0.5 * z * z);
    }
    case 'lognormal': {
      if (x <= 0 || d.median <= 0 || d.p99 <= d.median) return 0;
      const sigma = Math.log(d.p99 / d.median) / Z99;
      const z = (Math.log(x) - Math.log(d.median)) / sigma;
      return Math.exp(-0.5 * z * z) / x;
    }
  }
}

/** The x range the preview spans: 0 to a little past the 99th percentile. */
export function span(dist: Dist): number {
  const { p99, mean } = summary(dist);
  const top = Math.max(p99, mean) * 1.15;
  return top > 0 && Number.isFinite(top) ? top : 1;
}

/**
 * The same distribution in another family, keeping its mean where it can,
 * so switching the type keeps the numbers in a sensible range.
 */
export function convert(dist: Dist, type: DistType): Dist {
  const m = Math.max(0, summary(dist).mean) || 1;
  const round = (v: number) => Number(v.toPrecision(3));
  switch (type) {
    case 'constant':
      return round(m);
    case 'exponential':
      return { type, mean: round(m) };
    case 'uniform':
      return { type, min: round(m / 2), max: round((m * 3) / 2) };
    case 'normal':
      return { type, mean: round(m), stddev: round(m / 4) };
    case 'lognormal':
      return { type, median: round(m), p99: round(m * 3) };
  }
}

export const DIST_PARAMS: Record<DistType, readonly { key: string; label: string }[]> = {
  constant: [{ key: 'value', label: 'Value' }],
  exponential: [{ key: 'mean', label: 'Mean' }],
  uniform: [
    { key: 'min', label: 'Minimum' },
    { key: 'max', label: 'Maximum' },
  ],
  normal: [
    { key: 'mean', label: 'Mean' },
    { key: 'stddev', label: 'Std. deviation' },
  ],
  lognormal: [
    { key: 'median', label: 'Median' },
    { key: 'p99', label: '99th percentile' },
  ],
};

export const DIST_NAMES: Record<DistType, string> = {
  constant: 'Constant',
  exponential: 'Exponential',
  uniform: 'Uniform',
  normal: 'Normal',
  lognormal: 'Log-normal',
};

export function describe(dist: Dist, unit: string): string {
  const d = asObject(dist);
  const params = DIST_PARAMS[d.type]
    .map((p) => `${p.label.toLowerCase()} ${(d as unknown as Record<string, number>)[p.key]} ${unit}`)
    .join(', ');
  return `${DIST_NAMES[d.type]}, ${params}`;
}
