import { describe, expect, it } from 'vitest';
import { refusal, setField } from '../../src/app/editor/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';
import { sample } from './fixtures.ts';

describe('validation as the user types', () => {
  it('refuses a value with the message about that field', () => {
    const s = sample();
    const path = ['nodes', 2, 'workers'];
    expect(refusal(s, setField(s, path, -3), path)).toBe('must be an integer ≥ 1');
    expect(refusal(s, setField(s, path, 8), path)).toBeNull();
    const mean = ['nodes', 2, 'serviceTimeMs'];
    expect(refusal(s, setField(s, mean, { type: 'exponential', mean: -1 }), mean)).toBe('must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)');
  });

  it('lets a scenario that arrived with a problem elsewhere still be edited', () => {
    const broken: Scenario = setField(sample(), ['nodes', 0, 'rate'], -5);
    const path = ['nodes', 2, 'workers'];
    expect(refusal(broken, setField(broken, path, 8), path)).toBeNull();
  });

  it('names the field of a new error elsewhere (a cross-field rule)', () => {
    const s = sample();
    const path = ['alerts', 0, 'node'];
    expect(refusal(s, setField(s, path, 'nobody'), path)).toMatch(/nobody/);
  });
});
