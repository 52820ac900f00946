// A lesson travels as a link too, the way a scenario does: in the URL
// fragment (never sent to a server), as `#l=1.<engine>.<base64url(deflate(JSON))>.<crc32>`
// — this codec's version, the engine version that wrote it (numbers from
// another engine may differ), the payload, and an integrity check over all
// three, so a damaged link is refused rather than opened as another lesson.
// A built-in lesson needs no payload: `#lesson=health-checks`. A learner's
// attempt adds their design as a scenario link's data: `#lesson=ID&s=2.…`.
//
// Decoding is a series of gates, cheapest first: length, a strict pattern,
// the check, base64, a capped decompression, JSON without prototype keys,
// then the lesson validator (which names the bad field).
import { deflateSync } from 'fflate';
import {
  ENGINE_VERSION,
  MAX_FRAGMENT_LENGTH,
  crc32Hex,
  encodeScenarioFragment,
  fromBase64Url,
  inflateCapped,
  safeParseJson,
  toBase64Url,
  type Scenario,
  type ValidationError,
} from '../scenario/index.ts';
import type { Lesson } from './types.ts';
import { validateLesson } from './validate.ts';

export const LESSON_CODEC_VERSION = 1;
/** A lesson holds two scenarios and its text: more room than one scenario. */
export const MAX_LESSON_JSON_CHARS = 4 * 1024 * 1024;

const LESSON_DATA = /^l=([0-9]{1,3})\.([0-9]{1,3})\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/;
const LESSON_ID = /^lesson=([a-z0-9-]{1,64})$/;

export type LessonDecode =
  | { ok: true; lesson: Lesson; engineVersion: number; warning: string | null }
  | { ok: false; error: string; errors?: ValidationError[] };

/** `#l=1.…` for a lesson. Throws when the link would be too long to open. */
export function encodeLessonFragment(lesson: Lesson): string {
  const json = new TextEncoder().encode(JSON.stringify(lesson));
  const signed = `${LESSON_CODEC_VERSION}.${ENGINE_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
  const fragment = `#l=${signed}.${crc32Hex(signed)}`;
  if (fragment.length - 1 > MAX_FRAGMENT_LENGTH) {
    throw new Error(`this lesson is too large for a link (${fragment.length - 1} characters; the limit is ${MAX_FRAGMENT_LENGTH}); share the file instead`);
  }
  return fragment;
}

/**
 * A learner's attempt: the lesson (a built-in by id, else the whole file)
 * and their design, so the link opens the lesson with it.
 */
export function encodeAttemptFragment(lesson: Lesson | string, design: Scenario): string {
  const lessonPart = typeof lesson === 'string' ? `#lesson=${lesson}` : encodeLessonFragment(lesson);
  return `${lessonPart}&${encodeScenarioFragment(design).slice(1)}`;
}

/** The lesson parts of a fragment: a built-in id, or encoded lesson data. */
export function lessonPartOf(fragment: string): { id?: string; data?: string } {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const out: { id?: string; data?: string } = {};
  for (const part of body.split('&')) {
    const id = LESSON_ID.exec(part);
    if (id) out.id = id[1];
    else if (part.startsWith('l=')) out.data = part;
  }
  return out;
}

const damaged = (why: string): LessonDecode => ({ ok: false, error: `This lesson link is damaged: ${why}.` });

/** Decodes the `l=…` part of a fragment (other parts are ignored). Never throws. */
export function decodeLessonFragment(fragment: string): LessonDecode {
  if (typeof fragment !== 'string' || fragment.length === 0) return damaged('it holds no lesson');
  const length = fragment.startsWith('#') ? fragment.length - 1 : fragment.length;
  if (length > MAX_FRAGMENT_LENGTH) return damaged(`it is ${length} characters long; the limit is ${MAX_FRAGMENT_LENGTH}`);
  const { data } = lessonPartOf(fragment);
  if (data === undefined) return damaged('it should hold #l= followed by the lesson');
  const version = /^l=([0-9]{1,3})\./.exec(data);
  if (version && Number(version[1]) !== LESSON_CODEC_VERSION) {
    return { ok: false, error: `This lesson link was made by another version of Nines (lesson link version ${version[1]}); this version opens version ${LESSON_CODEC_VERSION}.` };
  }
  const match = LESSON_DATA.exec(data);
  if (!match) return damaged('its parts are not all there (perhaps it was cut short when copied)');
  const signed = `${match[1]}.${match[2]}.${match[3]}`;
  if (crc32Hex(signed) !== match[4]) return damaged('its integrity check does not match, so it was changed or cut short when copied');
  const compressed = fromBase64Url(match[3]);
  if (!compressed) return damaged('its data was cut short or changed');
  const inflated = inflateCapped(compressed, MAX_LESSON_JSON_CHARS);
  if (inflated === 'corrupt') return damaged('its compressed data is corrupt');
  if (inflated === 'too-big') return damaged(`it unpacks to more than ${MAX_LESSON_JSON_CHARS / (1024 * 1024)} MB, far more than any lesson needs`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return damaged('its data is not text');
  }
  const json = safeParseJson(text, MAX_LESSON_JSON_CHARS);
  if (!json.ok) return damaged(json.error);
  const result = validateLesson(json.value);
  if (!result.ok) return { ok: false, error: "This link's lesson is not valid.", errors: result.errors };
  const engineVersion = Number(match[2]);
  const warning = engineVersion === ENGINE_VERSION ? null : `This lesson link was made by engine version ${engineVersion}; this is version ${ENGINE_VERSION}, so its numbers may differ.`;
  return { ok: true, lesson: result.lesson, engineVersion, warning };
}
