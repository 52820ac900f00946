// Lesson links: any valid lesson survives the trip exactly; damage, other
// versions and invalid lessons are refused with a message, never opened as
// something else; an attempt link carries the lesson and the design.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLessonFragment,
  encodeAttemptFragment,
  encodeLessonFragment,
  getLesson,
  lessonPartOf,
  validateLesson,
} from '../../src/lessons/index.ts';
import { decodeScenarioFragment } from '../../src/scenario/index.ts';
import { lessonArb } from './arbitraries.ts';

describe('lesson links', () => {
  it('the arbitrary makes valid lessons (else the property below proves little)', () => {
    fc.assert(
      fc.property(lessonArb, (l) => {
        const result = validateLesson(l);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }),
      { numRuns: 100 },
    );
  });

  it('decode(encode(l)) is l, for arbitrary valid lessons', () => {
    fc.assert(
      fc.property(lessonArb, (l) => {
        const decoded = decodeLessonFragment(encodeLessonFragment(l));
        expect(decoded).toEqual({ ok: true, lesson: l, engineVersion: expect.any(Number), warning: null });
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips every built-in lesson, and the fragment has the strict shape', () => {
    const lesson = getLesson('health-checks')!;
    const fragment = encodeLessonFragment(lesson);
    expect(fragment).toMatch(/^#l=1\.\d+\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodeLessonFragment(fragment)).toMatchObject({ ok: true, lesson });
    expect(decodeLessonFragment(`https://nines.example/#${fragment.slice(1)}`.slice('https://nines.example/'.length))).toMatchObject({ ok: true });
  });

  it('refuses every single-character change (the integrity check)', () => {
    const fragment = encodeLessonFragment(getLesson('retries')!);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.integer({ min: 3, max: fragment.length - 1 }), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(fragment[at] !== ch);
        const changed = fragment.slice(0, at) + ch + fragment.slice(at + 1);
        const decoded = decodeLessonFragment(changed);
        expect(decoded.ok ? decoded.lesson : null).toEqual(decoded.ok ? getLesson('retries') : null);
      }),
      { numRuns: 300 },
    );
  });

  const long = `#l=1.1.${'A'.repeat(70_000)}.00000000`;
  it.each([
    ['', 'This lesson link is damaged: it holds no lesson.'],
    ['#s=2.1.abc.00000000', 'This lesson link is damaged: it should hold #l= followed by the lesson.'],
    ['#l=1.1.abc', 'This lesson link is damaged: its parts are not all there (perhaps it was cut short when copied).'],
    ['#l=1.1.abc.00000000', 'This lesson link is damaged: its integrity check does not match, so it was changed or cut short when copied.'],
    ['#l=9.1.abc.00000000', 'This lesson link was made by another version of Nines (lesson link version 9); this version opens version 1.'],
    [long, `This lesson link is damaged: it is ${long.length - 1} characters long; the limit is 65536.`],
  ])('refuses %#', (fragment, error) => {
    expect(decodeLessonFragment(fragment)).toEqual({ ok: false, error });
  });

  it('names the bad field of a lesson that is not valid', () => {
    const bad = { ...getLesson('retries')!, goals: [{ label: 'x', metric: 'availability', op: '=>', value: 1 }] };
    const decoded = decodeLessonFragment(encodeLessonFragment(bad as never));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.errors?.[0]).toEqual({ path: 'goals[0].op', message: 'must be one of "<", "<=", "==", ">=", ">" (got text "=>")' });
  });

  it('an attempt link holds the lesson (by id when built in) and the design', () => {
    const lesson = getLesson('retries')!;
    const fragment = encodeAttemptFragment('retries', lesson.solution!);
    expect(lessonPartOf(fragment)).toEqual({ id: 'retries' });
    expect(decodeScenarioFragment(fragment.split('&')[1])).toMatchObject({ ok: true, scenario: lesson.solution });
    const teacher = encodeAttemptFragment({ ...lesson, id: 'my-retries' }, lesson.scenario);
    expect(decodeLessonFragment(teacher)).toMatchObject({ ok: true, lesson: { id: 'my-retries' } });
  });
});
