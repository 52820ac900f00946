// Student's t quantiles against published values (R's qt, SciPy's t.ppf, to
// the digits printed in statistical tables), from 1 degree of freedom to
// thousands, where t approaches the normal's 1.959964.
import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile, tQuantile975 } from '../../src/experiments/index.ts';
import { incompleteBeta, logGamma } from '../../src/experiments/student-t.ts';

describe("Student's t", () => {
  it.each([
    [1, 12.706204736174694],
    [2, 4.302652729749462],
    [3, 3.1824463052837078],
    [4, 2.7764451051977934],
    [5, 2.5705818356363146],
    [9, 2.262157162798205],
    [10, 2.228138851986274],
    [29, 2.045229642132703],
    [30, 2.0422724563012378],
    [100, 1.9839715185235518],
    [1000, 1.9623390808264083],
    [5000, 1.9604385517065073],
  ])('t₀.₉₇₅ with %i degrees of freedom is %f', (df, expected) => {
    expect(Math.abs(tQuantile975(df) - expected) / expected).toBeLessThan(1e-11);
  });

  it('approaches the normal quantile for very many degrees of freedom', () => {
    expect(tQuantile975(100_000)).toBeCloseTo(1.9599877075346095, 9);
    expect(tQuantile975(100_000)).toBeGreaterThan(1.959963984540054);
  });

  it.each([
    [0.995, 10, 3.16927267261695],
    [0.95, 5, 2.0150483733330233],
    [0.9995, 1, 636.6192487687897],
    [0.5, 7, 0],
  ])('the %f quantile with %i degrees of freedom is %f', (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 8);
  });

  it('the distribution function inverts the quantile', () => {
    for (const df of [1, 3, 17, 250]) {
      for (const p of [0.6, 0.9, 0.975, 0.999]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
    expect(tCdf(-2.228138851986274, 10)).toBeCloseTo(0.025, 12);
    expect(tCdf(0, 4)).toBe(0.5);
  });

  it('its building blocks match closed forms', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(1000.5)).toBeCloseTo(5908.674175848678, 8);
    // I_x(1, 1) = x; I_x(a, 1) = x^a.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 14);
  });

  it('refuses what has no answer', () => {
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
  });
});
