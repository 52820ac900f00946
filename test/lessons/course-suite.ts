// What every built-in lesson must be (lesson-format.md): a valid file whose
// start fails its own check (it is a challenge) and whose reference solution
// passes on every seed; whose check imposes its fixed parts (so removing the
// faults or changing the load changes nothing); whose budget refuses one
// server too many; and whose prediction is its formula for its own design.
// Split over files by lesson so that vitest runs them on both cores.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLesson, prepareCheck, type CheckResult, type Lesson } from '../../src/lessons/index.ts';
import { predictFor } from '../../src/lessons/prediction.ts';
import type { Scenario } from '../../src/scenario/index.ts';

/** The learner's start, tampered with every way the check should undo. */
export function tampered(lesson: Lesson): Scenario {
  const s = structuredClone(lesson.scenario);
  s.faults = [];
  for (const n of s.nodes) if (n.type === 'client') n.rate = (n.rate ?? 100) / 100;
  s.nodes.push({ id: 'extra-users', type: 'client', rate: 5000 });
  const target = s.nodes.find((n) => n.type !== 'client');
  if (target) s.links = [...(s.links ?? []), { from: 'extra-users', to: target.id }];
  s.durationMs = 1000;
  delete s.slo;
  for (const n of s.nodes) delete n.failure;
  return s;
}

const fmtRow = (r: CheckResult) => r.goals.map((g) => `${g.label}: ${g.measured.join(', ')}`).join('\n');

export function courseSuite(lessons: readonly Lesson[]): void {
  describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
    let start: CheckResult;
    let solution: CheckResult;
    beforeAll(() => {
      start = checkLesson(lesson, lesson.scenario);
      solution = checkLesson(lesson, lesson.solution!);
    }, 120_000);

    it('has a reference solution and goals checked on several seeds', () => {
      expect(lesson.solution).toBeDefined();
      expect(lesson.seeds?.length ?? 3).toBeGreaterThanOrEqual(3);
    });

    it('its start fails its own check (it is a challenge)', () => {
      expect(start.passed, fmtRow(start)).toBe(false);
      expect(start.goals.some((g) => !g.passed)).toBe(true);
    });

    it('its reference solution passes on every seed', () => {
      expect(solution.passed, `${fmtRow(solution)}\n${solution.messages.join('\n')}`).toBe(true);
      for (const g of solution.goals) expect(g.measured).toHaveLength(solution.seeds.length);
    });

    it('imposes its fixed parts: deleting faults, changing the load or adding users changes nothing', () => {
      const honest = prepareCheck(lesson, lesson.scenario);
      const cheat = prepareCheck(lesson, tampered(lesson));
      const fixed = lesson.fixed ?? ['clients', 'faults', 'durationMs', 'slo'];
      expect(fixed).toEqual(expect.arrayContaining(['clients', 'faults', 'durationMs', 'slo']));
      // Random failures are imposed only where the lesson fixes them.
      if (!fixed.includes('failures') && !fixed.includes('mtbf')) for (const n of honest.scenario!.nodes) delete n.failure;
      expect(cheat.problems).toEqual([]);
      expect(cheat.scenario).toEqual(honest.scenario);
      expect(cheat.messages).toContain(`Kept fixed: ${fixed.join(', ')}.`);
    });

    it('its budget refuses one server too many', () => {
      const allowed = lesson.budget?.server;
      if (allowed === undefined) return;
      const s = structuredClone(lesson.solution!);
      for (let i = s.nodes.filter((n) => n.type === 'server').length; i <= allowed; i++) s.nodes.push({ id: `spare-${i}`, type: 'server' });
      const budget = prepareCheck(lesson, s).budget.server!;
      expect(budget).toEqual({ used: allowed + 1, allowed, passed: false });
    });

    it('states its prediction beside the measurement, for its own design', () => {
      const p = lesson.prediction;
      expect(p).toBeDefined();
      if (!p?.expression) return;
      const own = predictFor(p, lesson.solution!).value ?? predictFor(p, lesson.scenario).value;
      expect(own).toBeDefined();
      expect(Math.abs(p.value - own!)).toBeLessThanOrEqual(Math.abs(own!) * 1e-3);
      const shown = predictFor(p, lesson.solution!).value !== undefined ? solution : start;
      expect(shown.prediction?.measured).toHaveLength(shown.seeds.length);
      expect(shown.prediction?.note).toMatch(/^Measured .* predicted .* ± /);
    });
  });
}

/** The course the issue asks for, in its order (ids are this project's). */
export const COURSE_ORDER = [
  'nines', 'spare-capacity', 'gray-failure', 'health-checks', 'deep-health-checks', 'retries', 'metastable-failure', 'zones',
  'replication-modes', 'stale-reads', 'split-brain', 'slo-alerts', 'thundering-herd', 'dns-ttl', 'breakers-and-queues', 'game-day',
];
