// Bad lesson files get messages that name the field, as scenarios do; the
// check imposes what the lesson fixes, refuses what the budget forbids, and
// says which goal failed and by how much.
import { describe, expect, it } from 'vitest';
import { checkLesson, getLesson, prepareCheck, validateLesson, type Lesson } from '../../src/lessons/index.ts';
import type { Scenario } from '../../src/scenario/index.ts';

/** A small lesson that runs in a few milliseconds: two servers, one crash. */
function tiny(): Lesson {
  const scenario: Scenario = {
    format: 'nines/scenario@1',
    name: 'Tiny',
    durationMs: 5000,
    nodes: [
      { id: 'users', type: 'client', rate: 100, timeoutMs: 500 },
      { id: 'lb', type: 'loadBalancer' },
      { id: 'web-1', type: 'server' },
      { id: 'web-2', type: 'server' },
    ],
    links: [{ from: 'users', to: 'lb' }, { from: 'lb', to: 'web-1' }, { from: 'lb', to: 'web-2' }],
    faults: [{ atMs: 1000, type: 'crash', target: 'web-2', durationMs: 3000 }],
    slo: { availability: 0.99 },
  };
  const solution = structuredClone(scenario);
  (solution.nodes[1] as { healthCheck?: object }).healthCheck = { intervalMs: 200, timeoutMs: 100 };
  return {
    format: 'nines/lesson@1',
    id: 'tiny',
    title: 'Tiny',
    summary: 'A tiny lesson for tests.',
    concepts: ['health checks'],
    body: 'Turn on a health check.',
    scenario,
    budget: { server: 2 },
    seeds: [1, 2],
    goals: [
      { label: 'At least 90 % succeed', metric: 'availability', op: '>=', value: 0.9 },
      { label: 'web-1 serves', metric: 'nodes.web-1.served', op: '>', value: 0 },
    ],
    solution,
  };
}

describe('validation names the bad field', () => {
  const base = () => tiny() as unknown as Record<string, unknown>;
  const cases: Array<[string, (l: Record<string, unknown>) => void, string, string]> = [
    ['format', (l) => (l.format = 'nines/lesson@2'), 'format', 'must be "nines/lesson@1" (got text "nines/lesson@2")'],
    ['id', (l) => (l.id = 'Health Checks'), 'id', 'must be 1–64 of a-z 0-9 - (got text "Health Checks")'],
    ['a typo', (l) => (l.goal = []), 'goal', 'unknown field'],
    ['op', (l) => ((l.goals as Array<Record<string, unknown>>)[1].op = '=>'), 'goals[1].op', 'must be one of "<", "<=", "==", ">=", ">" (got text "=>")'],
    ['no goals', (l) => (l.goals = []), 'goals', 'must not be empty'],
    ['metric', (l) => ((l.goals as Array<Record<string, unknown>>)[0].metric = 'nodes web'), 'goals[0].metric', 'must be a dot path into the report such as "availability" or "nodes.web-1.served" (got text "nodes web")'],
    ['seeds', (l) => (l.seeds = [1, 1]), 'seeds', 'must not list the same value twice'],
    ['budget', (l) => (l.budget = { servers: 2 }), 'budget.servers', 'unknown field'],
    ['fixed', (l) => (l.fixed = ['clients', 'load']), 'fixed[1]', 'must be one of "clients", "faults", "durationMs", "slo", "failures", "mtbf" (got text "load")'],
    ['scenario field', (l) => ((l.scenario as Scenario).nodes[2] = { id: 'web-1', type: 'server', workers: 0 }), 'scenario.nodes[2].workers', 'must be an integer ≥ 1'],
    ['solution field', (l) => ((l.solution as Scenario).links![0].to = 'ghost'), 'solution.links[0].to', 'no node with id "ghost"'],
    ['missing scenario', (l) => delete l.scenario, 'scenario', 'is required'],
    ['window', (l) => ((l.goals as Array<Record<string, unknown>>)[0].window = { fromMs: 3000, toMs: 2000 }), 'goals[0].window.toMs', 'must be after fromMs (3000)'],
    ['window past the end', (l) => ((l.goals as Array<Record<string, unknown>>)[0].window = { fromMs: 0, toMs: 9000 }), 'goals[0].window.toMs', 'is after the run ends (durationMs 5000)'],
    ['expression', (l) => (l.prediction = { label: 'p', formula: 'f', value: 1, metric: 'availability', expression: '1 +' }), 'prediction.expression', 'does not parse: ends too early'],
    ['variable', (l) => (l.prediction = { label: 'p', formula: 'f', value: 1, metric: 'availability', expression: 'n + 1' }), 'prediction.expression', 'uses "n", which prediction.where does not define'],
    ['knob', (l) => (l.knobs = ['nodes.web-9.workers']), 'knobs[0]', 'no node "web-9" in the lesson\'s scenario or solution'],
    ['source', (l) => (l.sources = [{ title: 'x', url: 'http://example.org/' }]), 'sources[0].url', 'must be an https:// address (got text "http://example.org/")'],
  ];
  it.each(cases)('%s', (_what, change, path, message) => {
    const l = base();
    change(l);
    const result = validateLesson(l);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({ path, message });
  });

  it('accepts the tiny lesson and every built-in one', () => {
    expect(validateLesson(tiny()).ok).toBe(true);
    expect(validateLesson(getLesson('health-checks')).ok).toBe(true);
  });
});

describe('the check', () => {
  it('produces nines/check@1 with measured values per seed and the fixed parts named', () => {
    const r = checkLesson(tiny(), tiny().scenario);
    expect(r).toMatchObject({ format: 'nines/check@1', lesson: 'tiny', passed: false, seeds: [1, 2] });
    expect(r.goals[0]).toMatchObject({ metric: 'availability', op: '>=', value: 0.9, passed: false });
    expect(r.goals[0].measured).toHaveLength(2);
    expect(r.goals[1]).toMatchObject({ metric: 'nodes.web-1.served', passed: true });
    expect(r.budget).toEqual({ server: { used: 2, allowed: 2, passed: true } });
    expect(r.messages[0]).toBe('Kept fixed: clients, faults, durationMs, slo.');
    expect(r.messages[1]).toMatch(/^Goal "At least 90 % succeed" not met on every seed: worst seed \d measured 0\.\d+, needs ≥ 0\.9 \(short by 0\.\d+\)\.$/);
  });

  it('passes the solution', () => {
    expect(checkLesson(tiny(), tiny().solution!).passed).toBe(true);
  });

  it('imposes the lesson\'s faults and load: deleting the crash or halving the rate changes nothing', () => {
    const lesson = tiny();
    const cheat = structuredClone(lesson.scenario);
    cheat.faults = [{ atMs: 100, type: 'slow', target: 'web-1', factor: 2 }];
    (cheat.nodes[0] as { rate: number }).rate = 1;
    const r = checkLesson(lesson, cheat);
    expect(r).toEqual({ ...checkLesson(lesson, lesson.scenario), messages: expect.any(Array) });
    expect(r.messages).toContain('Your own fault was left out: the lesson\'s faults apply.');
  });

  it('keeps the learner\'s own timeouts and retries: they are not load', () => {
    const s = structuredClone(tiny().scenario);
    (s.nodes[0] as { retries: object }).retries = { max: 2, backoffMs: 10 };
    const users = prepareCheck(tiny(), s).scenario!.nodes[0];
    expect(users).toMatchObject({ rate: 100, timeoutMs: 500, retries: { max: 2, backoffMs: 10 } });
  });

  it('leaves out clients the lesson does not have, with their links', () => {
    const s = structuredClone(tiny().scenario);
    s.nodes.push({ id: 'bots', type: 'client', rate: 5000 }, { id: 'web-3', type: 'server' });
    s.links!.push({ from: 'bots', to: 'web-3' });
    const prepared = prepareCheck(tiny(), s);
    expect(prepared.scenario!.nodes.map((n) => n.id)).toEqual(['users', 'lb', 'web-1', 'web-2', 'web-3']);
    expect(prepared.messages).toContain('Left out client "bots": the lesson fixes who sends the load.');
  });

  it('fails, naming it, a fault whose target the learner removed', () => {
    const s = structuredClone(tiny().solution!);
    s.nodes = s.nodes.filter((n) => n.id !== 'web-2');
    s.links = s.links!.filter((l) => l.to !== 'web-2');
    const r = checkLesson(tiny(), s);
    expect(r.passed).toBe(false);
    expect(r.messages).toContain('The lesson\'s fault 1 (crash of "web-2" at 1 s for 3 s) needs node "web-2", which your design does not have.');
    expect(r.goals.every((g) => !g.passed && g.measured.every((m) => m === null))).toBe(true);
  });

  it('fails, naming it, a design without the lesson\'s client', () => {
    const s = structuredClone(tiny().solution!);
    s.nodes[0] = { id: 'people', type: 'client' };
    s.links![0] = { from: 'people', to: 'lb' };
    expect(checkLesson(tiny(), s).messages).toContain('Your design has no client "users": the lesson\'s load comes from it, so put it back.');
  });

  it('refuses a design over budget, and says so', () => {
    const s = structuredClone(tiny().solution!);
    s.nodes.push({ id: 'web-3', type: 'server' });
    s.links!.push({ from: 'lb', to: 'web-3' });
    const r = checkLesson(tiny(), s);
    expect(r.passed).toBe(false);
    expect(r.goals.every((g) => g.passed)).toBe(true);
    expect(r.budget.server).toEqual({ used: 3, allowed: 2, passed: false });
    expect(r.messages).toContain('Over budget: 3 server nodes; the lesson allows 2.');
  });

  it('a metric that does not exist fails the goal with a message naming the path', () => {
    const lesson = tiny();
    lesson.goals.push({ label: 'Ghost', metric: 'nodes.web-9.served', op: '>=', value: 0 });
    const r = checkLesson(lesson, lesson.solution!);
    expect(r.passed).toBe(false);
    expect(r.goals[2]).toMatchObject({ measured: [null, null], passed: false });
    expect(r.messages).toContain('Goal "Ghost": "nodes.web-9.served" does not exist: no "web-9" in nodes.');
  });

  it('imposes random failures where the lesson fixes them, and only the MTBF with "mtbf"', () => {
    const lesson = getLesson('nines')!;
    const s = structuredClone(lesson.scenario);
    for (const n of s.nodes) if (n.failure) n.failure = { mtbfMs: 1e12, mttrMs: 1 };
    s.nodes.push({ id: 'db-2', type: 'database' });
    const nodes = prepareCheck(lesson, s).scenario!.nodes;
    expect(nodes.find((n) => n.id === 'web')!.failure).toEqual({ mtbfMs: 600000, mttrMs: 1 });
    expect(nodes.find((n) => n.id === 'db-2')!.failure).toEqual({ mtbfMs: 600000, mttrMs: 6000 });
    const spare = getLesson('spare-capacity')!;
    const t = structuredClone(spare.scenario);
    for (const n of t.nodes) delete n.failure;
    expect(prepareCheck(spare, t).scenario!.nodes.find((n) => n.id === 'web-1')!.failure).toEqual({ mtbfMs: 300000, mttrMs: 2000 });
  });
});
