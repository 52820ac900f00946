// Lessons 1–6 of the built-in course (see course-suite.ts).
import { courseLessons } from '../../src/lessons/index.ts';
import { describe, expect, it } from 'vitest';
import { COURSE_ORDER, courseSuite } from './course-suite.ts';

describe('the course', () => {
  it('holds the sixteen lessons in order, each id once', () => {
    expect(courseLessons().map((l) => l.id)).toEqual(COURSE_ORDER);
  });
});

courseSuite(courseLessons().slice(0, 6));
