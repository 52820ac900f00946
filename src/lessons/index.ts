// The door of the lessons room, shared by the CLI and the app: the lesson
// format and its validator, the check (in one call, or in steps for workers),
// the lesson link codec, and the built-in course.
export * from './types.ts';
export { validateLesson, type LessonValidation } from './validate.ts';
export { OP_SIGNS, checkLesson, finishCheck, prepareCheck, runCheckSeed, type PreparedCheck } from './check.ts';
export { runSeed, type SeedRun, type Measure } from './run.ts';
export { describeFault, CLIENT_LOAD_FIELDS } from './impose.ts';
export { fmt } from './prediction.ts';
export { courseLessons, getLesson, lessonIds } from './course.ts';
export {
  LESSON_CODEC_VERSION,
  decodeLessonFragment,
  encodeAttemptFragment,
  encodeLessonFragment,
  lessonPartOf,
  type LessonDecode,
} from './codec.ts';
