// The editor refuses bad values of the new kinds' fields with the message
// about that field, as it does for every other field.
import { describe, expect, it } from 'vitest';
import { refusal, setField } from '../../src/app/editor/index.ts';
import { kindsScenario } from '../scenario/kinds-fixture.ts';

describe('validation as the user types, new kinds', () => {
  it('refuses a breaker failure rate outside (0, 1] and a Zipf s out of range', () => {
    const s = kindsScenario();
    const rate = ['nodes', 3, 'circuitBreaker', 'failureRate'];
    expect(refusal(s, setField(s, rate, 0), rate)).toMatch(/^must be a number > 0 and ≤ 1/);
    expect(refusal(s, setField(s, rate, 0.2), rate)).toBeNull();
    const zipf = ['nodes', 0, 'keyDistribution'];
    expect(refusal(s, setField(s, zipf, { type: 'zipf', s: 9 }), zipf)).toMatch(/^must be a number > 0 and ≤ 5/);
  });

  it('refuses a cache ttl of 0 and a queue that delivers nowhere', () => {
    const s = kindsScenario();
    const ttl = ['nodes', 4, 'ttlMs'];
    expect(refusal(s, setField(s, ttl, 0), ttl)).toBe('must be a number ≥ 0.001 (1 µs: times are kept in whole microseconds, and 0 has no meaning here)');
    const consumer = ['links', 7, 'to'];
    expect(refusal(s, setField(s, consumer, 'db'), consumer)).toBe('"db" is a database; a queue\'s consumers must be servers');
  });
});
