// Lessons that arrive from outside: a link (`#lesson=health-checks`, a
// teacher's `#l=…`, either with the learner's design `&s=…`) or an imported
// lesson file. All of it is untrusted: it goes through the lesson and
// scenario validators, and a bad one is named by its field.
import { decodeLessonFragment, getLesson, lessonIds, lessonPartOf, validateLesson, type Lesson } from '../../lessons/index.ts';
import { decodeScenarioFragment, errorLines, safeParseJson, type Scenario, type ValidationError } from '../../scenario/index.ts';

export type LessonOpening =
  | { ok: true; lesson: Lesson; builtIn: boolean; design?: Scenario; warning?: string }
  | { ok: false; error: string; errors?: ValidationError[] };

/** The lesson a URL fragment asks for; null when it asks for none. */
export function lessonFromHash(hash: string): LessonOpening | null {
  const { id, data } = lessonPartOf(hash);
  if (id === undefined && data === undefined) return null;
  let opening: LessonOpening;
  if (data !== undefined) {
    const decoded = decodeLessonFragment(hash);
    if (!decoded.ok) return decoded;
    opening = { ok: true, lesson: decoded.lesson, builtIn: false, ...(decoded.warning ? { warning: decoded.warning } : {}) };
  } else {
    const lesson = getLesson(id!);
    if (!lesson) return { ok: false, error: `This link asks for the lesson "${id}", which this version of Nines does not have (it has ${lessonIds().join(', ')}).` };
    opening = { ok: true, lesson, builtIn: true };
  }
  if (!/(^#?|&)s=/.test(hash)) return opening;
  const design = decodeScenarioFragment(hash);
  if (!design.ok) return { ok: false, error: `The lesson opened, but the design in the link did not: ${design.error}`, ...(design.errors ? { errors: design.errors } : {}) };
  return { ...opening, design: design.scenario };
}

/** A teacher's lesson file, read from text (an import or a drop). */
export function parseLessonFile(text: string, name: string): LessonOpening {
  const json = safeParseJson(text.replace(/^\uFEFF/, ''), 4 * 1024 * 1024);
  if (!json.ok) return { ok: false, error: `${name}: ${json.error}` };
  const result = validateLesson(json.value);
  if (!result.ok) return { ok: false, error: `${name} is not a valid lesson: ${errorLines(result.errors, 5).join('; ')}`, errors: result.errors };
  return { ok: true, lesson: result.lesson, builtIn: getLesson(result.lesson.id) !== undefined && JSON.stringify(getLesson(result.lesson.id)) === JSON.stringify(result.lesson) };
}
