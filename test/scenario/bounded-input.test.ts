// Hostile input is refused cheaply and described briefly: counts are checked
// before anything walks a long list, and however many errors a link holds,
// the message is a short list (at most 20 lines of at most 200 characters,
// then "… and 31 more").
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeScenarioFragment } from '../../src/scenario/codec.ts';
import { ENGINE_VERSION } from '../../src/scenario/engine-version.ts';
import { MAX_ERROR_MESSAGE_CHARS, MAX_JSON_ARRAY_LENGTH, MAX_JSON_VALUES, MAX_REPORTED_ERRORS } from '../../src/scenario/limits.ts';
import { crc32Hex, toBase64Url } from '../../src/scenario/link-bytes.ts';
import { safeParseJson } from '../../src/scenario/safe-json.ts';
import { clip, errorLines, validateScenario } from '../../src/scenario/validate.ts';
import { baseScenario } from './fixtures.ts';

function linkTo(value: unknown): string {
  const signed = `2.${ENGINE_VERSION}.${toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(value)), { level: 9 }))}`;
  return `#s=${signed}.${crc32Hex(signed)}`;
}

describe('counts come before deep walks', () => {
  const million = () => new Array(1_000_000).fill(0);
  it.each([
    ['nodes', (s: Record<string, unknown>) => (s.nodes = million())],
    ['meta.big', (s: Record<string, unknown>) => (s.meta = { big: million() })],
    ['clusters[0].members', (s: Record<string, unknown>) => (s.clusters = [{ id: 'c', members: million() }])],
  ])('a small link holding a million-element array at %s is refused by its length, before any walk', (path, put) => {
    const s = baseScenario() as unknown as Record<string, unknown>;
    put(s);
    const fragment = linkTo(s);
    expect(fragment.length).toBeLessThan(5000);
    expect(decodeScenarioFragment(fragment)).toEqual({
      ok: false,
      error: `This link is damaged: ${path}: a list of 1000000 items; the limit is ${MAX_JSON_ARRAY_LENGTH}.`,
    });
  });

  it('many short lists add up: the values of the whole document are counted', () => {
    const lists = Array.from({ length: 30 }, () => new Array(MAX_JSON_ARRAY_LENGTH).fill(0));
    expect(safeParseJson(JSON.stringify({ meta: { lists } }))).toEqual({
      ok: false,
      error: `the JSON holds more than ${MAX_JSON_VALUES} values, far more than any scenario needs`,
    });
  });
});

describe('error messages are bounded', () => {
  it('a link with 51 bad fields shows 20 of them and "… and 31 more"', () => {
    const s = baseScenario();
    s.nodes = Array.from({ length: 51 }, (_, i) => ({ id: `s${i}`, type: 'server' as const, workers: 0 }));
    s.links = [];
    s.clusters = [];
    s.faults = [];
    s.alerts = [];
    const result = decodeScenarioFragment(linkTo(s));
    if (result.ok) throw new Error('expected a refusal');
    const lines = result.error.split('\n');
    expect(lines[0]).toBe("This link's scenario is not valid:");
    expect(lines.slice(1)).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(lines[1]).toBe('nodes[0].workers: must be an integer ≥ 1');
    expect(lines[lines.length - 1]).toBe('… and 31 more');
    expect(result.errors).toHaveLength(51);
  });

  it('each line is at most 200 characters, however long the key or value', () => {
    const s = { ...baseScenario(), ['k'.repeat(5000)]: 1, name: 'n'.repeat(5000) } as unknown;
    const result = validateScenario(s);
    if (result.ok) throw new Error('expected a refusal');
    const lines = errorLines(result.errors);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_CHARS);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
  });

  it('clip never splits a character made of two UTF-16 units', () => {
    expect(clip('abc', 5)).toBe('abc');
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀def', 4)).toBe('ab…');
  });
});
