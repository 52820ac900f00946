// The engine's generated scenarios are valid ones: the determinism properties
// exercise what users can actually load, not inputs the validator refuses.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { formatErrors, validateScenario } from '../../src/scenario/index.ts';
import { scenarioArb } from './arbitrary.ts';

it('every generated scenario passes validation', () => {
  fc.assert(fc.property(scenarioArb, (s) => {
    const result = validateScenario(s);
    expect(result.ok, result.ok ? '' : formatErrors(result.errors)).toBe(true);
  }), { numRuns: 200, seed: 3 });
});
