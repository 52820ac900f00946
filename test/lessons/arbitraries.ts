// fast-check arbitraries for valid lesson files: any scenario from the
// scenario arbitraries as start and solution, and goals, predictions, hints
// and sources drawn from their allowed shapes.
import * as fc from 'fast-check';
import { BUDGET_TYPES, FIXED_PARTS, GOAL_OPS, type Lesson } from '../../src/lessons/index.ts';
import { scenarioArb } from '../scenario/arbitraries.ts';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const path = fc.stringMatching(/^[a-z][A-Za-z0-9-]{0,8}(\.[A-Za-z0-9_-]{1,8}){0,3}$/);

const goalArb = fc.record(
  {
    label: text(30),
    metric: path,
    op: fc.constantFrom(...GOAL_OPS),
    value: num(-1e6, 1e6),
    per: path,
    window: fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 })).map(([a, d]) => ({ fromMs: a, toMs: a + d })),
  },
  { requiredKeys: ['label', 'metric', 'op', 'value'] },
);

const predictionArb = fc.record(
  {
    label: text(30),
    formula: text(30),
    value: num(-1e6, 1e6),
    metric: path,
    tolerance: num(0, 1),
    explanation: text(40),
  },
  { requiredKeys: ['label', 'formula', 'value', 'metric'] },
);

export const lessonArb: fc.Arbitrary<Lesson> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    title: text(40),
    summary: text(60),
    concepts: fc.array(text(20), { minLength: 1, maxLength: 4 }),
    body: text(300),
    scenario: scenarioArb,
    fixed: maybe(fc.subarray([...FIXED_PARTS])),
    budget: maybe(fc.dictionary(fc.constantFrom(...BUDGET_TYPES), fc.integer({ min: 0, max: 20 }), { maxKeys: 3 })),
    seeds: maybe(fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 5 })),
    goals: fc.array(goalArb, { minLength: 1, maxLength: 4 }),
    prediction: maybe(predictionArb),
    hints: maybe(fc.array(text(40), { maxLength: 3 })),
    solution: maybe(scenarioArb),
    sources: maybe(fc.array(fc.record({ title: text(20), url: fc.webUrl({ validSchemes: ['https'] }).filter((u) => !/['"<>]/.test(u)) }), { maxLength: 2 })),
  })
  .map((r) => {
    const lesson: Record<string, unknown> = { format: 'nines/lesson@1' };
    for (const [k, v] of Object.entries(r)) if (v !== undefined) lesson[k] = v;
    // A window past the end of the run is refused; keep the arbitrary valid.
    const end = r.scenario.durationMs ?? 60_000;
    for (const g of r.goals) if (g.window && g.window.toMs > end) delete g.window;
    return lesson as unknown as Lesson;
  });
