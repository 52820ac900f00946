// The engine must be deterministic: no wall clock, no Math.random, no timers,
// no DOM. The lint rule catches direct use; this test also catches it in files
// the linter might skip, and aliases like `globalThis['Date']`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [
  /\bMath\s*\.\s*random\b/,
  /\bDate\s*[.(]/,
  /\bnew\s+Date\b/,
  /\bperformance\s*\./,
  /\bset(Timeout|Interval|Immediate)\s*\(/,
  /\brequestAnimationFrame\b/,
  /\bqueueMicrotask\b/,
  /\bwindow\s*\./,
  /\bdocument\s*\./,
  /globalThis\s*\[/,
  /\bcrypto\s*\./,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Drops comments and import lines, so that prose and module names (window.ts) do not trip it. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/^\s*(import|export)\b[^;]*\bfrom\s+'[^']*';/gm, '');
}

describe('engine purity', () => {
  const files = sourceFiles('src/engine');
  it('has engine sources to check', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file} uses no wall clock, randomness, timer or DOM`, () => {
      const text = code(readFileSync(file, 'utf8'));
      for (const pattern of FORBIDDEN) expect(text, `${file} matches ${pattern}`).not.toMatch(pattern);
    });
  }
});
