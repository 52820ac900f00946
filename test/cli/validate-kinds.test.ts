// `nines validate` on bad caches, queues, DNS nodes and breakers: exit 1 and a
// message naming the field, as for every other kind (a real process, a real file).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/types.ts';
import { kindsScenario } from '../scenario/kinds-fixture.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nines-kinds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(s: Scenario, name: string): Promise<{ code: number; stderr: string }> {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(s));
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'bin/nines.js'), 'validate', path], { cwd: ROOT, timeout: 60_000 }, (err, _out, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr });
    });
  });
}

const edited = (change: (s: Scenario) => void): Scenario => {
  const s = kindsScenario();
  change(s);
  return s;
};

describe('nines validate, new kinds', () => {
  it('accepts the scenario with every new kind', async () => {
    expect((await validate(kindsScenario(), 'ok')).code).toBe(0);
  });

  const cases: Array<[string, Scenario, string]> = [
    ['a cache with no backend', edited((s) => (s.links = s.links!.filter((l) => l.from !== 'cache'))), 'nodes[4]: cache "cache" has no backend'],
    ['a queue with no consumer', edited((s) => (s.links = s.links!.filter((l) => l.from !== 'jobs'))), 'nodes[6]: queue "jobs" has no consumer'],
    ['a dns endpoint that is a database', edited((s) => (s.links![2].to = 'db')), 'links[2].to: "db" is a database; a dns node\'s endpoints must be load balancers or servers'],
    ['a breaker at 0', edited((s) => ((s.nodes[3] as { circuitBreaker?: object }).circuitBreaker = { failureRate: 0 })), 'nodes[3].circuitBreaker.failureRate: must be a number > 0 and ≤ 1'],
    ['flush on a server', edited((s) => (s.faults = [{ atMs: 1, type: 'flush', target: 'web' }])), 'faults[0].target: "web" is a server; a flush fault targets a cache'],
    ['zipf s too big', edited((s) => ((s.nodes[0] as { keyDistribution?: object }).keyDistribution = { type: 'zipf', s: 50 })), 'nodes[0].keyDistribution.s: must be a number > 0 and ≤ 5'],
  ];
  it.each(cases)('%s → exit 1 naming the field', async (what, s, message) => {
    const result = await validate(s, what.replaceAll(' ', '-'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});
