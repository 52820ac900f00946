// The share link: the scenario travels in the URL fragment (never sent to a
// server) as `#s=2.<engine>.<base64url(deflate(JSON))>.<crc32>`: the link
// version, the engine version that made it (a link from another engine says
// its numbers may differ), the payload, and an integrity check over all
// three, so a damaged link is refused rather than opened as a different
// scenario. Links made before the check existed (`#s=1.<payload>`) still open.
// Parameters follow after `&` (`&embed` opens the embed player) and are not
// part of the check: they choose how to show the scenario, not which one.
//
// A link is untrusted input, so decoding is a series of gates, cheapest
// first: length, a strict pattern, the check, base64, a decompression that
// stops at a size cap (a tiny link must not expand into gigabytes), JSON
// without prototype keys and with bounded counts, then the full schema.
import { deflateSync } from 'fflate';
import { ENGINE_VERSION } from './engine-version.ts';
import { MAX_FRAGMENT_LENGTH, MAX_SCENARIO_JSON_CHARS } from './limits.ts';
import { crc32Hex, fromBase64Url, inflateCapped, toBase64Url } from './link-bytes.ts';
import { safeParseJson } from './safe-json.ts';
import type { Scenario } from './types.ts';
import { formatErrors, validateScenario, type ValidationError } from './validate.ts';

export { fromBase64Url, toBase64Url } from './link-bytes.ts';

/** The version of the link format this code writes. */
export const CODEC_VERSION = 2;
/** Links without an integrity check or engine version; made by engine 1. */
export const LEGACY_CODEC_VERSION = 1;
/** Where `nines link` points when no base is given: the Vite dev server. */
export const DEFAULT_APP_URL = 'http://localhost:5173/';
/** Decompressed bytes allowed; JSON text never needs more bytes than this many characters' worth. */
export const MAX_INFLATED_BYTES = MAX_SCENARIO_JSON_CHARS;

const DATA_PATTERN = /^s=([0-9]{1,3})\.(.*)$/s;
const LEGACY_PATTERN = /^([A-Za-z0-9_-]+)$/;
const CHECKED_PATTERN = /^([0-9]{1,3})\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/;
const PARAM_PATTERN = /^([a-z]{1,20})(?:=([A-Za-z0-9_-]{0,100}))?$/;

export interface LinkOptions {
  /** Open the compact player made for an iframe (`&embed`). */
  embed?: boolean;
}

export type DecodeResult =
  | {
      ok: true;
      scenario: Scenario;
      /** The engine version that made the link (1 for links without one). */
      engineVersion: number;
      /** When the engine differs from this one: a sentence saying the numbers may differ. */
      warning: string | null;
    }
  | Refusal;

/** Why a link does not open, in a sentence (and the fields, when its scenario is invalid). */
export interface Refusal {
  ok: false;
  error: string;
  errors?: ValidationError[];
}

const damaged = (why: string): Refusal => ({ ok: false, error: `This link is damaged: ${why}.` });

/** `#s=2.…` for a scenario. Throws when the link would be too long to open. */
export function encodeScenarioFragment(scenario: Scenario, options: LinkOptions = {}): string {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const signed = `${CODEC_VERSION}.${ENGINE_VERSION}.${toBase64Url(deflateSync(json, { level: 9 }))}`;
  const fragment = `#s=${signed}.${crc32Hex(signed)}${options.embed ? '&embed' : ''}`;
  if (fragment.length - 1 > MAX_FRAGMENT_LENGTH) {
    throw new Error(
      `this scenario is too large for a link (${fragment.length - 1} characters; the limit is ${MAX_FRAGMENT_LENGTH}); export it as a file instead`,
    );
  }
  return fragment;
}

/** A link that opens `scenario` in the app at `baseUrl` (any fragment on it is replaced). */
export function encodeScenarioLink(scenario: Scenario, baseUrl: string = DEFAULT_APP_URL, options: LinkOptions = {}): string {
  const hash = baseUrl.indexOf('#');
  return (hash === -1 ? baseUrl : baseUrl.slice(0, hash)) + encodeScenarioFragment(scenario, options);
}

/** The parts of a fragment: the scenario data (`s=…`) and the parameters after `&`. */
export function splitFragment(fragment: string): { data: string | null; params: Map<string, string> } {
  const params = new Map<string, string>();
  let data: string | null = null;
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    if (part.startsWith('s=')) {
      // Two scenarios in one link: neither can be trusted to be the one meant.
      if (data !== null) return { data: '', params };
      data = part;
      continue;
    }
    const param = PARAM_PATTERN.exec(part);
    if (param) params.set(param[1], param[2] ?? '');
  }
  return { data, params };
}

/** True when the fragment asks for the embed player (`&embed`). */
export function isEmbedFragment(fragment: string): boolean {
  return splitFragment(fragment).params.has('embed');
}

/** Decodes a fragment (`#s=2.…` or `#s=1.…`, with or without `#`). Never throws. */
export function decodeScenarioFragment(fragment: string): DecodeResult {
  if (typeof fragment !== 'string' || fragment.length === 0) return damaged('it holds no scenario');
  const length = fragment.startsWith('#') ? fragment.length - 1 : fragment.length;
  if (length > MAX_FRAGMENT_LENGTH) {
    return damaged(`it is ${length} characters long; the limit is ${MAX_FRAGMENT_LENGTH}`);
  }
  const { data } = splitFragment(fragment);
  const match = data === null ? null : DATA_PATTERN.exec(data);
  if (!match) return damaged('it should hold #s= followed only by letters, digits, dots, - and _');
  const version = Number(match[1]);
  let payload: string;
  let engineVersion = 1;
  if (version === LEGACY_CODEC_VERSION) {
    const legacy = LEGACY_PATTERN.exec(match[2]);
    if (!legacy) return damaged('it should hold #s=1. followed only by letters, digits, - and _');
    payload = legacy[1];
  } else if (version === CODEC_VERSION) {
    const checked = CHECKED_PATTERN.exec(match[2]);
    if (!checked) return damaged('its parts are not all there (perhaps it was cut short when copied)');
    const signed = `${version}.${checked[1]}.${checked[2]}`;
    if (crc32Hex(signed) !== checked[3]) return damaged('its integrity check does not match, so it was changed or cut short when copied');
    engineVersion = Number(checked[1]);
    payload = checked[2];
  } else {
    return {
      ok: false,
      error: `This link was made by another version of Nines (link version ${version}); this version opens link versions ${LEGACY_CODEC_VERSION} and ${CODEC_VERSION}.`,
    };
  }
  const decoded = decodePayload(payload);
  if (!decoded.ok) return decoded;
  return { ok: true, scenario: decoded.scenario, engineVersion, warning: engineWarning(engineVersion) };
}

/** base64url → inflate (capped) → UTF-8 → JSON (safe) → schema. */
function decodePayload(payload: string): { ok: true; scenario: Scenario } | Refusal {
  const compressed = fromBase64Url(payload);
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

/** What to tell the person opening a link made by another engine, or null when it is this one. */
export function engineWarning(engineVersion: number): string | null {
  if (engineVersion === ENGINE_VERSION) return null;
  const which = engineVersion < ENGINE_VERSION ? 'an older' : 'a newer';
  return `This link was made by ${which} version of the Nines engine (${engineVersion}; this one is ${ENGINE_VERSION}), so its numbers may differ from what its author saw.`;
}
