// The share link: the scenario travels in the URL fragment (never sent to a
// server) as `#s=1.<base64url(deflate(JSON))>`, where `1` is the version of
// this codec (the JSON carries its own `format`). A link is untrusted input,
// so decoding is a series of gates, cheapest first: length, a strict pattern,
// base64, a decompression that stops at a size cap (a tiny link must not
// expand into gigabytes), JSON without prototype keys, then the full schema.
import { Inflate, deflateSync } from 'fflate';
import { MAX_FRAGMENT_LENGTH, MAX_SCENARIO_JSON_CHARS } from './limits.ts';
import { safeParseJson } from './safe-json.ts';
import type { Scenario } from './types.ts';
import { formatErrors, validateScenario, type ValidationError } from './validate.ts';

export const CODEC_VERSION = 1;
/** Where `nines link` points when no base is given: the Vite dev server. */
export const DEFAULT_APP_URL = 'http://localhost:5173/';
/** Decompressed bytes allowed; JSON text never needs more bytes than this many characters' worth. */
export const MAX_INFLATED_BYTES = MAX_SCENARIO_JSON_CHARS;
/**
 * Compressed bytes fed to the inflater at a time. DEFLATE expands at most
 * ~1032:1, so one step can overshoot the cap by about 1 MB, never more.
 */
const INFLATE_STEP_BYTES = 1024;

const FRAGMENT_PATTERN = /^#?s=([0-9]{1,3})\.([A-Za-z0-9_-]+)$/;

export type DecodeResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; error: string; errors?: ValidationError[] };

/** `#s=1.…` for a scenario. Throws when the link would be too long to open. */
export function encodeScenarioFragment(scenario: Scenario): string {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const fragment = `#s=${CODEC_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
  if (fragment.length - 1 > MAX_FRAGMENT_LENGTH) {
    throw new Error(
      `this scenario is too large for a link (${fragment.length - 1} characters; the limit is ${MAX_FRAGMENT_LENGTH}); save it as a file instead`,
    );
  }
  return fragment;
}

/** A link that opens `scenario` in the app at `baseUrl` (any fragment on it is replaced). */
export function encodeScenarioLink(scenario: Scenario, baseUrl: string = DEFAULT_APP_URL): string {
  const hash = baseUrl.indexOf('#');
  return (hash === -1 ? baseUrl : baseUrl.slice(0, hash)) + encodeScenarioFragment(scenario);
}

/** Decodes a fragment (`#s=1.…`, with or without `#`). Never throws. */
export function decodeScenarioFragment(fragment: string): DecodeResult {
  const damaged = (why: string): DecodeResult => ({ ok: false, error: `This link is damaged: ${why}.` });
  if (typeof fragment !== 'string' || fragment.length === 0) return damaged('it holds no scenario');
  const length = fragment.startsWith('#') ? fragment.length - 1 : fragment.length;
  if (length > MAX_FRAGMENT_LENGTH) {
    return damaged(`it is ${length} characters long; the limit is ${MAX_FRAGMENT_LENGTH}`);
  }
  const match = FRAGMENT_PATTERN.exec(fragment);
  if (!match) return damaged('it should end in #s=1. followed only by letters, digits, - and _');
  const version = Number(match[1]);
  if (version !== CODEC_VERSION) {
    return {
      ok: false,
      error: `This link was made by another version of Nines (link version ${version}); this version opens link version ${CODEC_VERSION}.`,
    };
  }
  const compressed = fromBase64Url(match[2]);
  if (!compressed) return damaged('its data was cut short or changed');

  const inflated = inflateCapped(compressed, MAX_INFLATED_BYTES);
  if (inflated === 'corrupt') return damaged('its compressed data is corrupt (perhaps cut short when copied)');
  if (inflated === 'too-big') {
    return damaged(`it unpacks to more than ${MAX_INFLATED_BYTES / (1024 * 1024)} MB, far more than any scenario needs`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return damaged('its data is not text');
  }
  const json = safeParseJson(text);
  if (!json.ok) return damaged(json.error);
  const result = validateScenario(json.value);
  if (!result.ok) {
    return { ok: false, error: `This link's scenario is not valid:\n${formatErrors(result.errors)}`, errors: result.errors };
  }
  return { ok: true, scenario: result.scenario };
}

/**
 * Inflates raw DEFLATE data a small step at a time, giving up as soon as the
 * output passes `maxBytes`, so memory stays bounded whatever the input says.
 */
function inflateCapped(data: Uint8Array, maxBytes: number): Uint8Array | 'corrupt' | 'too-big' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      // `total` grows in the callback above; stop feeding once past the cap.
      if (total > maxBytes) break;
    }
  } catch {
    return 'corrupt';
  }
  if (total > maxBytes) return 'too-big';
  if (!ended) return 'corrupt';
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Base64url without padding (RFC 4648 §5); the same in Node and browsers. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Inverse of toBase64Url; undefined for a length or character base64 cannot have. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code] : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}
