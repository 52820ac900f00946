import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/scenario/limits.ts';
import { safeParseJson } from '../../src/scenario/safe-json.ts';

describe('safeParseJson', () => {
  it('parses ordinary JSON', () => {
    expect(safeParseJson('{"a":[1,{"b":null}],"c":"x"}')).toEqual({ ok: true, value: { a: [1, { b: null }], c: 'x' } });
  });

  it('reports bad JSON without throwing', () => {
    const result = safeParseJson('{"a": 1,}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^not valid JSON: /);
  });

  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__: the key "__proto__" is not allowed'],
    ['{"meta": {"x": [{"constructor": {"prototype": 1}}]}}', 'meta.x[0].constructor: the key "constructor" is not allowed'],
    ['{"nodes": [{"prototype": 1}]}', 'nodes[0].prototype: the key "prototype" is not allowed'],
  ])('refuses prototype keys anywhere: %s', (text, error) => {
    expect(safeParseJson(text)).toEqual({ ok: false, error });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the size of the text', () => {
    expect(safeParseJson('[1, 2, 3]', 5)).toEqual({ ok: false, error: 'the JSON is 9 characters long; the limit is 5' });
  });

  it('caps nesting depth (so later recursive walks cannot blow the stack)', () => {
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    const deep = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(safeParseJson(ok).ok).toBe(true);
    expect(safeParseJson(deep)).toEqual({ ok: false, error: `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep` });
  });

  it('survives nesting far deeper than the stack', () => {
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(safeParseJson(text).ok).toBe(false);
  });
});
