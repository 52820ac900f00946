// The course as the CLI and the app see it: validated once, in order, with
// look-up by id. A built-in lesson that fails validation is a bug in Nines,
// so it throws (the course test catches it first).
import { COURSE_FILES } from './course/index.ts';
import type { Lesson } from './types.ts';
import { validateLesson } from './validate.ts';

let cache: readonly Lesson[] | undefined;

export function courseLessons(): readonly Lesson[] {
  if (cache) return cache;
  cache = COURSE_FILES.map((file, i) => {
    const result = validateLesson(file);
    if (!result.ok) throw new Error(`built-in lesson ${i + 1} is invalid: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    return result.lesson;
  });
  return cache;
}

/** A fresh copy of a built-in lesson, or undefined. */
export function getLesson(id: string): Lesson | undefined {
  const lesson = courseLessons().find((l) => l.id === id);
  return lesson && structuredClone(lesson);
}

export function lessonIds(): string[] {
  return courseLessons().map((l) => l.id);
}
