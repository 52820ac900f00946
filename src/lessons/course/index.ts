// The built-in course, in order. Each lesson is a plain nines/lesson@1 file,
// the same kind of file a teacher writes, so the course doubles as fixtures:
// test/lessons/course.test.ts checks that every start fails its own check
// and every reference solution passes it on every seed.
import nines from './01-nines.json' with { type: 'json' };

/** The raw files, in course order (validated by courseLessons). */
export const COURSE_FILES: readonly unknown[] = [nines];
