// Finds the lesson a command names: a built-in lesson id, a lesson file, or a
// lesson link (`https://…#l=…`, or just its fragment; `#lesson=ID` names a
// built-in one). Every problem is an InputError naming the file and field.
import { readFileSync, statSync } from 'node:fs';
import { decodeLessonFragment, getLesson, lessonIds, validateLesson, type Lesson } from '../lessons/index.ts';
import { formatErrors, safeParseJson } from '../scenario/index.ts';
import { InputError } from './load.ts';

/** Largest lesson file read (a lesson holds two scenarios and its text). */
const MAX_LESSON_FILE_BYTES = 4 * 1024 * 1024;

export interface LoadedLesson {
  lesson: Lesson;
  source: string;
  /** A link from another engine version: a sentence saying its numbers may differ. */
  warning?: string;
}

export function loadLesson(arg: string): LoadedLesson {
  const builtIn = getLesson(arg);
  if (builtIn && !exists(arg)) return { lesson: builtIn, source: `lesson "${arg}"` };
  const fragment = lessonFragment(arg);
  if (fragment !== undefined && !exists(arg)) return fromLink(fragment);
  if (!exists(arg)) {
    throw new InputError(`${arg}: no such file, and no built-in lesson of that name (lessons: ${lessonIds().join(', ')})`);
  }
  const stat = statSync(arg);
  if (!stat.isFile()) throw new InputError(`${arg}: not a regular file`);
  if (stat.size > MAX_LESSON_FILE_BYTES) throw new InputError(`${arg}: the file is ${stat.size} bytes; a lesson may be at most ${MAX_LESSON_FILE_BYTES}`);
  let text: string;
  try {
    text = readFileSync(arg, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new InputError(`${arg}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const json = safeParseJson(text, MAX_LESSON_FILE_BYTES);
  if (!json.ok) throw new InputError(`${arg}: ${json.error}`);
  return { lesson: checkedLesson(json.value, arg), source: arg };
}

/** Validates a lesson, throwing an InputError that lists every problem with its field path. */
export function checkedLesson(value: unknown, source: string): Lesson {
  const result = validateLesson(value);
  if (result.ok) return result.lesson;
  const lines = formatErrors(result.errors).split('\n').map((line) => `  ${line}`);
  throw new InputError(`${source} is not a valid lesson:\n${lines.join('\n')}`);
}

/** The fragment of a lesson link (`l=…` or `lesson=…`), or undefined when `arg` is not one. */
function lessonFragment(arg: string): string | undefined {
  const hash = arg.indexOf('#');
  const fragment = hash >= 0 ? arg.slice(hash + 1) : /^(l|lesson)=/.test(arg) ? arg : undefined;
  return fragment !== undefined && /(^|&)(l|lesson)=/.test(fragment) ? fragment : undefined;
}

function fromLink(fragment: string): LoadedLesson {
  const named = /(?:^|&)lesson=([a-z0-9-]{1,64})(?:&|$)/.exec(fragment);
  if (named && !/(^|&)l=/.test(fragment)) {
    const lesson = getLesson(named[1]);
    if (!lesson) throw new InputError(`the link names lesson "${named[1]}", which is not built in (lessons: ${lessonIds().join(', ')})`);
    return { lesson, source: `lesson "${named[1]}"` };
  }
  const decoded = decodeLessonFragment(fragment);
  if (!decoded.ok) {
    const detail = decoded.errors ? `\n${formatErrors(decoded.errors).split('\n').map((l) => `  ${l}`).join('\n')}` : '';
    throw new InputError(`the lesson link: ${decoded.error}${detail}`);
  }
  return { lesson: decoded.lesson, source: 'the lesson link', ...(decoded.warning ? { warning: decoded.warning } : {}) };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
