// The share-link codec: valid scenarios survive the trip exactly; anything
// else (garbage, truncation, zip bombs, other versions) is refused with a
// human message and never throws.
import { deflateSync } from 'fflate';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_APP_URL,
  decodeScenarioFragment,
  encodeScenarioFragment,
  encodeScenarioLink,
  fromBase64Url,
  toBase64Url,
} from '../../src/scenario/codec.ts';
import { ENGINE_VERSION } from '../../src/scenario/engine-version.ts';
import { MAX_FRAGMENT_LENGTH } from '../../src/scenario/limits.ts';
import { crc32Hex } from '../../src/scenario/link-bytes.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { scenarioArb } from './arbitraries.ts';
import { baseScenario } from './fixtures.ts';

/** A fragment holding arbitrary bytes, deflated and checked as the codec would. */
const fragmentOf = (bytes: Uint8Array) => {
  const signed = `2.${ENGINE_VERSION}.${toBase64Url(deflateSync(bytes))}`;
  return `#s=${signed}.${crc32Hex(signed)}`;
};
/** The same, as links were made before the integrity check (`#s=1.`). */
const legacyFragmentOf = (bytes: Uint8Array) => `#s=1.${toBase64Url(deflateSync(bytes))}`;
const opened = (scenario: unknown) => ({ ok: true, scenario, engineVersion: ENGINE_VERSION, warning: null });
const fragmentOfText = (text: string) => fragmentOf(new TextEncoder().encode(text));

describe('round trip', () => {
  it('the arbitrary makes valid scenarios (else the properties below prove little)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = validateScenario(s);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }),
      { numRuns: 200 },
    );
  });

  it('decode(encode(s)) is s, for arbitrary valid scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(decodeScenarioFragment(encodeScenarioFragment(s))).toEqual(opened(s));
      }),
      { numRuns: 200 },
    );
  });

  it('a link is the base URL (without its own fragment) plus the fragment', () => {
    const s = baseScenario();
    const fragment = encodeScenarioFragment(s);
    expect(fragment).toMatch(new RegExp(`^#s=2\\.${ENGINE_VERSION}\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
    expect(encodeScenarioLink(s)).toBe(DEFAULT_APP_URL + fragment);
    expect(encodeScenarioLink(s, 'https://nines.example/app/#old')).toBe(`https://nines.example/app/${fragment}`);
    expect(decodeScenarioFragment(fragment.slice(1))).toEqual(opened(s));
  });

  it('is deterministic: the same scenario always gives the same link', () => {
    expect(encodeScenarioFragment(baseScenario())).toBe(encodeScenarioFragment(baseScenario()));
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses to make a link too long to open', () => {
    // Pseudo-random text barely compresses, so 150 000 characters of it
    // cannot fit in a 64 KB link.
    let x = 1;
    const noise = Array.from({ length: 150_000 }, () => ((x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0) >>> 16) % 36)
      .map((d) => d.toString(36))
      .join('');
    const s = { ...baseScenario(), meta: { noise } };
    expect(() => encodeScenarioFragment(s)).toThrow(/too large for a link .* export it as a file instead/);
  });
});

describe('hostile and damaged fragments', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = decodeScenarioFragment(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on well-formed fragments with random payloads', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/), (payload) => {
        for (const fragment of [`#s=1.${payload}`, `#s=2.1.${payload}.${crc32Hex(`2.1.${payload}`)}`]) {
          const result = decodeScenarioFragment(fragment);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatch(/^This link is damaged: |^This link's scenario is not valid:/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on validly compressed random bytes or random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }).map(fragmentOf), fc.jsonValue().map((v) => fragmentOfText(JSON.stringify(v)))), (fragment) => {
        expect(decodeScenarioFragment(fragment).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when one character of a good link is changed or the link is cut', () => {
    const good = encodeScenarioFragment(baseScenario());
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.constantFrom(...'Aa0_-Zz9%#'), fc.boolean(), (at, char, cut) => {
        const bad = cut ? good.slice(0, at) : good.slice(0, at) + char + good.slice(at + 1);
        const result = decodeScenarioFragment(bad);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a zip bomb without inflating it (a 40 KB link that unpacks to 40 MB)', () => {
    const bomb = fragmentOf(new Uint8Array(40 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const before = process.memoryUsage().arrayBuffers;
    expect(decodeScenarioFragment(bomb)).toEqual({
      ok: false,
      error: 'This link is damaged: it unpacks to more than 2 MB, far more than any scenario needs.',
    });
    // The cap is on the running output, so memory grows by a few MB at most (with room
    // for what other tests in the process leave to the garbage collector), never by 40 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it.each([
    ['empty', '', 'This link is damaged: it holds no scenario.'],
    ['wrong key', '#x=1.abc', 'This link is damaged: it should hold #s= followed only by letters, digits, dots, - and _.'],
    ['markup', '#s=1.ab<script>', 'This link is damaged: it should hold #s=1. followed only by letters, digits, - and _.'],
    ['two scenarios', '#s=1.AAAA&s=1.AAAA', 'This link is damaged: it should hold #s= followed only by letters, digits, dots, - and _.'],
    ['impossible base64 length', '#s=1.A', 'This link is damaged: its data was cut short or changed.'],
    ['not deflate', '#s=1.AAAA', 'This link is damaged: its compressed data is corrupt (perhaps cut short when copied).'],
    ['other version', '#s=3.AAAA', 'This link was made by another version of Nines (link version 3); this version opens link versions 1 and 2.'],
    ['no check', '#s=2.1.AAAA', 'This link is damaged: its parts are not all there (perhaps it was cut short when copied).'],
    ['wrong check', '#s=2.1.AAAA.00000000', 'This link is damaged: its integrity check does not match, so it was changed or cut short when copied.'],
    ['too long', `#s=1.${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, `This link is damaged: it is ${MAX_FRAGMENT_LENGTH + 4} characters long; the limit is ${MAX_FRAGMENT_LENGTH}.`],
    ['not UTF-8', fragmentOf(new Uint8Array([0xff, 0xfe, 0x00])), 'This link is damaged: its data is not text.'],
    ['bad JSON', fragmentOfText('{"format": '), expect.stringMatching(/^This link is damaged: not valid JSON: /)],
    ['prototype key', fragmentOfText('{"__proto__": {}}'), 'This link is damaged: __proto__: the key "__proto__" is not allowed.'],
  ])('%s', (_name, fragment, error) => {
    expect(decodeScenarioFragment(fragment as string)).toEqual({ ok: false, error });
  });

  it('a link made before the integrity check passes the same gates', () => {
    const legacy = (text: string) => decodeScenarioFragment(legacyFragmentOf(new TextEncoder().encode(text)));
    expect(legacy('{"__proto__": {}}')).toEqual({ ok: false, error: 'This link is damaged: __proto__: the key "__proto__" is not allowed.' });
    expect(decodeScenarioFragment(legacyFragmentOf(new Uint8Array(12 * 1024 * 1024).fill(0x20)))).toEqual({
      ok: false,
      error: 'This link is damaged: it unpacks to more than 2 MB, far more than any scenario needs.',
    });
  });

  it('a link to an invalid scenario names the bad fields', () => {
    const s = { ...baseScenario(), seed: -1 };
    const fragment = fragmentOfText(JSON.stringify(s));
    expect(decodeScenarioFragment(fragment)).toEqual({
      ok: false,
      error: "This link's scenario is not valid:\nseed: must be an unsigned 32-bit integer (0 to 4294967295)",
      errors: [{ path: 'seed', message: 'must be an unsigned 32-bit integer (0 to 4294967295)' }],
    });
  });
});
