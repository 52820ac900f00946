// `nines lesson` and `nines check` as a user runs them: a real process, real
// files, the exit codes of cli.md (0 passed, 3 not passed, 1 bad input
// naming the file and field, 2 usage) and no stack traces.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { courseLessons, encodeAttemptFragment, encodeLessonFragment, getLesson } from '../../src/lessons/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/nines.js');
const dir = mkdtempSync(join(tmpdir(), 'nines-lesson-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nines(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

let count = 0;
function file(content: unknown): string {
  const path = join(dir, `f-${count++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const NO_STACK = /\n\s+at .+:\d+:\d+/;
// The retries lesson runs in a fraction of a second: the cheapest to check for real.
const retries = getLesson('retries')!;

describe.concurrent('nines lesson', () => {
  it('list --json gives { id, title, summary, concepts } in course order', async () => {
    const { code, stdout } = await nines('lesson', 'list', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(courseLessons().map(({ id, title, summary, concepts }) => ({ id, title, summary, concepts })));
  });

  it('list without --json is a readable numbered list', async () => {
    const { code, stdout } = await nines('lesson', 'list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ 1\. nines — Nines, MTBF\/MTTR and the series trap\n {4}Parts a request needs/);
    expect(stdout).toContain(' 4. health-checks — Health checks');
  });

  it('show ID --json is the whole lesson file, solution included', async () => {
    const { code, stdout } = await nines('lesson', 'show', 'health-checks', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(getLesson('health-checks'));
  });

  it('show ID without --json is readable text without the solution', async () => {
    const { code, stdout } = await nines('lesson', 'show', 'health-checks');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Health checks: detection delay versus flapping; draining for a deploy {2}\(health-checks\)\n/);
    expect(stdout).toContain('Goals, on every seed:\n  - At most 450 requests fail over the three crashes  [requests.unsuccessful ≤ 450]');
    expect(stdout).toContain('  - crash of "web-1" at 10.3 s for 15 s');
    expect(stdout).not.toContain('"solution"');
  });

  it('show of an unknown lesson → exit 1 listing the lessons', async () => {
    const { code, stderr } = await nines('lesson', 'show', 'nope');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^nines: nope: no such file, and no built-in lesson of that name \(lessons: nines, spare-capacity, /);
  });

  it.each([
    [['lesson'], '"lesson" needs "list" or "show ID"'],
    [['lesson', 'frob'], 'unknown lesson command "frob" (use "list" or "show ID")'],
    [['lesson', 'show'], '"lesson show" needs a lesson ID (see "nines lesson list")'],
    [['lesson', 'list', 'x'], 'unexpected argument "x"'],
    [['check'], '"check" needs a LESSON (an id, a lesson file or a lesson link) and a SCENARIO'],
    [['check', 'retries'], '"check" needs a SCENARIO after the LESSON (a file, an example name or a link)'],
    [['check', 'retries', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['check', 'retries', 'a.json', '--seed', '3'], 'unknown option "--seed" for "check" (it takes --json, --verify)'],
  ])('usage %j → exit 2', async (argv, message) => {
    expect(await nines(...argv)).toEqual({ code: 2, stdout: '', stderr: `nines: ${message}\nRun "nines help" for usage.\n` });
  });
});

describe.concurrent('nines check', () => {
  it('a design that passes → exit 0 and a readable verdict', async () => {
    const { code, stdout, stderr } = await nines('check', 'retries', file(retries.solution));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Lesson "retries": PASSED \(seeds 1, 2, 3\)\n {2}✓ At most 1.3 attempts per request/);
    expect(stdout).toContain('Kept fixed: clients, faults, durationMs, slo.');
  });

  it('a design that does not pass → exit 3, and --json gives nines/check@1', async () => {
    const { code, stdout } = await nines('check', 'retries', file(retries.scenario), '--json');
    expect(code).toBe(3);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ format: 'nines/check@1', lesson: 'retries', passed: false });
    expect(result.goals[0]).toMatchObject({ metric: 'requests.attempts', passed: false });
    expect(result.goals[0].measured).toHaveLength(3);
    expect(result.budget).toEqual({ server: { used: 1, allowed: 1, passed: true }, database: { used: 1, allowed: 1, passed: true }, loadBalancer: { used: 0, allowed: 0, passed: true } });
  });

  it('a bad scenario → exit 1 naming the file and field', async () => {
    const bad = file({ ...retries.solution, nodes: [{ id: 'users', type: 'client', rate: -1 }] });
    const { code, stdout, stderr } = await nines('check', 'retries', bad);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toBe(`nines: ${bad} is not a valid scenario:\n  nodes[0].rate: must be a number ≥ 0\n`);
  });

  it('a bad lesson file → exit 1 naming the file and field', async () => {
    const bad = file({ ...retries, goals: [{ label: 'x', metric: 'availability', op: '=>', value: 1 }] });
    const { code, stderr } = await nines('check', bad, file(retries.solution));
    expect(code).toBe(1);
    expect(stderr).toBe(`nines: ${bad} is not a valid lesson:\n  goals[0].op: must be one of "<", "<=", "==", ">=", ">" (got text "=>")\n`);
    expect(stderr).not.toMatch(NO_STACK);
  });

  it('a lesson file, a lesson link and an attempt link work like the built-in lesson', async () => {
    const teacher = { ...retries, id: 'my-retries' };
    expect((await nines('check', file(teacher), file(retries.solution))).code).toBe(0);
    const link = `https://nines.example/app/${encodeLessonFragment(teacher)}`;
    expect((await nines('check', link, file(retries.scenario))).code).toBe(3);
    const attempt = `https://nines.example/${encodeAttemptFragment('retries', retries.solution!)}`;
    const { code, stdout } = await nines('check', attempt, attempt);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Lesson "retries": PASSED/);
  });

  it('a damaged lesson link → exit 1 saying so', async () => {
    const link = encodeLessonFragment(retries).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    const { code, stderr } = await nines('check', `https://x.example/${link}`, file(retries.solution));
    expect(code).toBe(1);
    expect(stderr).toBe('nines: the lesson link: This lesson link is damaged: its integrity check does not match, so it was changed or cut short when copied.\n');
  });

  it('--verify: a built-in lesson is a valid challenge (exit 0); a lesson whose start passes is not (exit 3)', async () => {
    const ok = await nines('check', 'retries', '--verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/"retries" is a valid challenge: its start fails and its solution passes\.\n$/);
    const easy = file({ ...retries, id: 'easy', scenario: retries.solution });
    const bad = await nines('check', easy, '--verify', '--json');
    expect(bad.code).toBe(3);
    expect(JSON.parse(bad.stdout)).toMatchObject({ lesson: 'easy', valid: false, start: { passed: true }, solution: { passed: true } });
  });
});
