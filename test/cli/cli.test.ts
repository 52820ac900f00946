// The `nines` command as a user runs it: a real process (`node bin/nines.js`),
// real files, real exit codes. Bad input must give exit 1 and a message
// naming the field, usage mistakes exit 2, and nothing prints a stack trace.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeScenarioFragment } from '../../src/scenario/codec.ts';
import { getExample } from '../../src/scenario/examples/index.ts';
import type { Report } from '../../src/scenario/types.ts';
import { baseScenario } from '../scenario/fixtures.ts';
import { formatDurationMs } from '../../src/cli/duration.ts';
import { MAX_DURATION_MS } from '../../src/scenario/limits.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/nines.js');
const engineExists = existsSync(join(ROOT, 'src/engine/index.ts'));
const dir = mkdtempSync(join(tmpdir(), 'nines-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/nines.js ...args`; a hang fails the test instead of the suite. */
function nines(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 30_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let fileCount = 0;
/** Writes `content` (JSON-encoded unless a string) to a fresh file and returns its path. */
function file(content: unknown): string {
  const path = join(dir, `scenario-${fileCount++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;

describe.concurrent('validate', () => {
  it('accepts a valid file', async () => {
    const path = file(baseScenario());
    expect(await nines('validate', path)).toEqual({
      code: 0,
      stdout: `${path}: valid scenario "Fixture" (6 nodes, 5 links, 1 cluster, 1 fault, 1 alert)\n`,
      stderr: '',
    });
  });

  it('accepts a built-in example by name', async () => {
    const { code, stdout } = await nines('validate', 'fifty-nodes');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^example "fifty-nodes": valid scenario .*\(50 nodes, /);
  });

  const bad: Array<[string, unknown, string]> = [
    ['wrong type', { ...baseScenario(), seed: 'seven' }, 'seed: must be an unsigned 32-bit integer (0 to 4294967295) (got text "seven")'],
    ['unknown id', { ...baseScenario(), links: [{ from: 'users', to: 'ghost' }] }, 'links[0].to: no node with id "ghost"'],
    ['negative rate', withNode0({ rate: -5 }), 'nodes[0].rate: must be a number ≥ 0'],
    ['NaN (not JSON at all)', JSON.stringify(baseScenario()).replace('"rate":50', '"rate":NaN'), 'not valid JSON'],
    ['missing field', { ...baseScenario(), name: undefined }, 'name: is required'],
    ['duplicate id', { ...baseScenario(), nodes: [...baseScenario().nodes, { id: 'lb', type: 'server' }] }, 'nodes[6].id: duplicate id "lb" (also nodes[1])'],
    ['huge counts', { ...baseScenario(), nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, type: 'server' })) }, 'nodes: has 5000 items; the limit is 500'],
    ['a typo', withNode0({ timeoutMS: 100 }), 'nodes[0].timeoutMS: unknown field'],
    ['bad JSON', '{"format": "nines/scenario@1",', 'not valid JSON'],
    ['a prototype key', '{"__proto__": {"x": 1}}', '__proto__: the key "__proto__" is not allowed'],
    ['not an object', '[1, 2, 3]', 'scenario: must be an object (got a list)'],
    ['an empty file', '', 'not valid JSON'],
  ];
  it.each(bad)('%s → exit 1 naming the problem', async (_what, content, message) => {
    const path = file(content);
    const result = await nines('validate', path);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^nines: /);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  it('a missing file → exit 1, listing the examples', async () => {
    const result = await nines('validate', join(dir, 'nope.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.json: no such file, and no built-in example of that name \(examples: single-point-of-failure, /);
  });

  it('a directory or a device → exit 1 at once (never reads forever)', async () => {
    expect((await nines('validate', dir)).stderr).toBe(`nines: ${dir}: not a regular file\n`);
    if (existsSync('/dev/zero')) expect((await nines('validate', '/dev/zero')).code).toBe(1);
  });

  it('an oversized file → exit 1 without parsing it', async () => {
    const path = file(' '.repeat(3 * 1024 * 1024));
    const result = await nines('validate', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the file is 3145728 bytes; a scenario may be at most 2097152/);
  });
});

describe.concurrent('usage errors exit 2 and point at help', () => {
  it.each([
    [[], 'nines: no command given'],
    [['frobnicate'], 'nines: unknown command "frobnicate"'],
    [['run'], 'nines: "run" needs a scenario FILE (or the name of a built-in example)'],
    [['run', 'redundancy', '--sed', '7'], 'nines: unknown option "--sed" for "run" (it takes --seed, --duration, --set, --json)'],
    [['run', 'redundancy', '--seed', 'abc'], 'nines: --seed must be an unsigned 32-bit integer (0 to 4294967295), got "abc"'],
    [['run', 'redundancy', '--duration', '-5'], `nines: --duration must be a time > 0 and ≤ ${formatDurationMs(MAX_DURATION_MS)}: milliseconds, or a number with ms, s, m, h, d or y (e.g. 90s, 24h), got "-5"`],
    [['link', 'redundancy', '--base', 'ftp://x'], 'nines: --base must be an http or https URL, got "ftp://x"'],
    [['validate', 'a.json', 'b.json'], 'nines: unexpected argument "b.json"'],
    [['help', 'nonsense'], 'nines: no help for "nonsense"'],
  ])('%j', async (argv, message) => {
    expect(await nines(...argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\nRun "nines help" for usage.\n` });
  });

  it('help prints usage and exits 0', async () => {
    const result = await nines('help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nines run FILE [--seed N] [--duration D] [--set PATH=V]… [--json]');
    expect((await nines('link', '--help')).stdout).toMatch(/^nines link FILE \[--base URL\]/);
  });
});

describe.concurrent('link', () => {
  it('prints a link to the default app URL that decodes to the same scenario', async () => {
    const scenario = baseScenario();
    const { code, stdout } = await nines('link', file(scenario));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^http:\/\/localhost:5173\/#s=2\.\d+\.[A-Za-z0-9_-]+\.[0-9a-f]{8}\n$/);
    expect(decodeScenarioFragment(stdout.trim().slice(stdout.indexOf('#')))).toMatchObject({ ok: true, scenario });
  });

  it('uses --base, for an example by name', async () => {
    const { stdout } = await nines('link', 'zone-outage', '--base', 'https://example.org/nines/');
    expect(stdout.startsWith('https://example.org/nines/#s=2.')).toBe(true);
    const decoded = decodeScenarioFragment(stdout.trim().slice(stdout.indexOf('#')));
    expect(decoded).toMatchObject({ ok: true, scenario: getExample('zone-outage').scenario });
  });
});

describe.concurrent('run', () => {
  it.skipIf(!engineExists)('--json prints a report honouring --duration and --seed', async () => {
    const { code, stdout, stderr } = await nines('run', 'redundancy', '--duration', '5000', '--seed', '7', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.format).toBe('nines/report@1');
    expect(report.scenario).toBe(getExample('redundancy').scenario.name);
    expect(report.seed).toBe(7);
    expect(report.durationMs).toBe(5000);
    const r = report.requests;
    expect(r.total).toBeGreaterThan(0);
    expect(r.succeeded + r.failed + r.timedOut + r.rejected).toBe(r.total);
    expect(Object.keys(report.nodes).sort()).toEqual(['lb', 'users', 'web-1', 'web-2', 'web-3']);
    // Same seed, same run: the CLI adds no nondeterminism of its own.
    const again = JSON.parse((await nines('run', 'redundancy', '--duration', '5000', '--seed', '7', '--json')).stdout) as Report;
    expect(again.traceHash).toBe(report.traceHash);
  });

  it.skipIf(!engineExists)('prints a readable summary', async () => {
    const { code, stdout } = await nines('run', 'single-point-of-failure', '--duration', '5000');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^A single point of failure\nseed 1 · 5\.0 s simulated/);
    expect(stdout).toMatch(/Availability {2}\d+\.\d+% {2}\((\d+\.\d nines|no failed requests)\)/);
    expect(stdout).toMatch(/Latency {7}p50 [\d.]+ ms {2}p95 [\d.]+ ms {2}p99 [\d.]+ ms/);
    expect(stdout).toMatch(/\n {2}web +server +\d+/);
  });

  it('a bad scenario stops before the engine, with exit 1', async () => {
    const result = await nines('run', file(withNode0({ rate: 'lots' })));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nodes[0].rate: must be a number ≥ 0 (got text "lots")');
  });

  it('--duration within the flag range still obeys the scenario limits', async () => {
    const path = file({ ...baseScenario(), monitoring: { scrapeIntervalMs: 100 } });
    const result = await nines('run', path, '--duration', '86400000');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('monitoring.scrapeIntervalMs: 86400000 ms sampled every 100 ms is 864000 samples');
  });
});

/** The base scenario with extra fields on its client node. */
function withNode0(fields: Record<string, unknown>): unknown {
  const s = baseScenario();
  return { ...s, nodes: [{ ...s.nodes[0], ...fields }, ...s.nodes.slice(1)] };
}
