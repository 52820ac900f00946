// A simulated year in the CLI: one server, MTBF 30 days, MTTR 1 hour, one
// request per second (31.5 million requests). Its downtime fraction must
// agree with MTTR / (MTBF + MTTR) = 1/721 within statistical error. For an
// alternating renewal process with exponential up (mean u) and down (mean d)
// times, the time down over a long T has variance 2·u²·d²·T / (u + d)³
// (about (4.9 h)² in a year: a year holds only ~12 failures), so we accept
// the formula ± 3 sd. And each request made while the server is down fails,
// so the failed share of requests must match the downtime fraction closely.
// The wall time is printed, not asserted (timed tests flake on busy
// machines); `npm run bench` measures it too.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report, Scenario } from '../../src/scenario/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nines-year-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const YEAR_MS = 365 * DAY_MS;
const MTBF_MS = 30 * DAY_MS;
const MTTR_MS = HOUR_MS;

const yearScenario: Scenario = {
  format: 'nines/scenario@1',
  name: 'A year of one server (MTBF 30 d, MTTR 1 h)',
  seed: 1,
  durationMs: YEAR_MS,
  nodes: [
    { id: 'users', type: 'client', rate: 1 },
    { id: 'web', type: 'server', failure: { mtbfMs: MTBF_MS, mttrMs: MTTR_MS } },
  ],
  links: [{ from: 'users', to: 'web' }],
};

describe('a simulated year', () => {
  it('downtime agrees with MTTR / (MTBF + MTTR) within 3 standard deviations', async () => {
    const path = join(dir, 'year.json');
    writeFileSync(path, JSON.stringify(yearScenario));
    const start = performance.now();
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [join(ROOT, 'bin/nines.js'), 'run', path, '--seed', '1', '--json'], { cwd: ROOT, timeout: 600_000, maxBuffer: 16 << 20 }, (err, out, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(out),
      );
    });
    const wallSec = (performance.now() - start) / 1000;
    const report = JSON.parse(stdout) as Report;
    const down = report.nodes.web.downtimeMs / YEAR_MS;
    const expected = MTTR_MS / (MTBF_MS + MTTR_MS);
    const sd = Math.sqrt((2 * MTBF_MS ** 2 * MTTR_MS ** 2 * YEAR_MS) / (MTBF_MS + MTTR_MS) ** 3) / YEAR_MS;
    console.log(
      `a year in the CLI: ${wallSec.toFixed(1)} s wall, ${report.requests.total} requests; downtime ${(down * 100).toFixed(4)} % vs ${(expected * 100).toFixed(4)} % ± ${(sd * 100).toFixed(4)} % (1 sd)`,
    );
    expect(report.requests.total).toBeGreaterThan(31_000_000);
    expect(Math.abs(down - expected)).toBeLessThan(3 * sd);
    expect(down).toBeGreaterThan(0);
    // Each failure costs the requests made while down (one a second), no more.
    expect(Math.abs(1 - report.availability - down)).toBeLessThan(0.05 * down);
  }, 600_000);
});
