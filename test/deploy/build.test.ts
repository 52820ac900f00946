// The production build as a static host gets it: no warning, the main chunk
// at most 200 kB gzipped, no source maps, every URL relative (so the same
// files work at /, /nines/ or /courses/ha/lab/), the worker a file of its own
// (a blob: worker would break the CSP), and the policy in a <meta> tag.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createLogger, build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy, securityHeaders } from '../../security-headers.ts';

const MAIN_CHUNK_MAX_GZIP_BYTES = 200 * 1024;
const outDir = mkdtempSync(join(tmpdir(), 'nines-build-'));
const warnings: string[] = [];
let html = '';

beforeAll(async () => {
  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (msg) => void warnings.push(msg);
  logger.warnOnce = (msg) => void warnings.push(msg);
  await build({ logLevel: 'warn', customLogger: logger, build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const assets = () => readdirSync(join(outDir, 'assets'));

describe('the production build', () => {
  it('prints no warning', () => {
    expect(warnings).toEqual([]);
  });

  it('keeps the main chunk at most 200 kB gzipped', () => {
    const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const gzipped = gzipSync(readFileSync(join(outDir, 'assets', entry!))).length;
    expect(gzipped).toBeLessThanOrEqual(MAIN_CHUNK_MAX_GZIP_BYTES);
  });

  it('ships no source maps', () => {
    expect(assets().filter((name) => name.endsWith('.map'))).toEqual([]);
    for (const name of assets().filter((n) => n.endsWith('.js'))) {
      expect(readFileSync(join(outDir, 'assets', name), 'utf8')).not.toContain('sourceMappingURL');
    }
  });

  it('refers to every file relatively, and has no inline script', () => {
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith('./')).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('loads the worker from its own file, relative to the script that starts it', () => {
    const worker = assets().find((n) => n.startsWith('sim.worker-') && n.endsWith('.js'));
    expect(worker).toBeDefined();
    const code = assets().filter((n) => n.endsWith('.js')).map((n) => readFileSync(join(outDir, 'assets', n), 'utf8')).join('\n');
    expect(code).toContain(`new URL(\`${worker}\`,import.meta.url)`);
    expect(code).not.toMatch(/new Worker\([^)]*blob:/);
  });

  it('carries the policy of public/_headers in a <meta> tag, less frame-ancestors', () => {
    const policy = securityHeaders().get('Content-Security-Policy')!;
    expect(policy).toContain('frame-ancestors');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    expect(meta).toBe(metaContentSecurityPolicy(policy));
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("script-src 'self'");
  });
});
