// The door of the scenario room: the contract's types and defaults, its
// limits, validation, the share-link codec and the built-in examples.
export * from './types.ts';
export * from './defaults.ts';
export * from './limits.ts';
export * from './kind-limits.ts';
export { ENGINE_VERSION } from './engine-version.ts';
export { parseDurationMs, type DurationResult } from './duration.ts';
export { effectiveScrapeIntervalMs, expectedWork, minScrapeIntervalMs, workRefusal, type ExpectedWork } from './work.ts';
export { linkProblem } from './cross-checks-kinds.ts';
export { validateScenario, clip, errorLines, formatErrors, formatPath, type ValidationError, type ValidationResult } from './validate.ts';
// For formats built on the scenario's (lessons): the same field parts and the same messages.
export { parseWithSchema } from './validate.ts';
export * as schemaParts from './schema-parts.ts';
export { safeParseJson, type JsonResult } from './safe-json.ts';
export {
  CODEC_VERSION,
  DEFAULT_APP_URL,
  LEGACY_CODEC_VERSION,
  MAX_INFLATED_BYTES,
  decodeScenarioFragment,
  encodeScenarioFragment,
  encodeScenarioLink,
  engineWarning,
  isEmbedFragment,
  splitFragment,
  type DecodeResult,
  type LinkOptions,
  type Refusal,
} from './codec.ts';
// The byte-level link parts, for other link formats (lesson links) to share.
export { crc32Hex, fromBase64Url, inflateCapped, toBase64Url } from './link-bytes.ts';
export { DEFAULT_EXAMPLE, EXAMPLE_NAMES, getExample, isExampleName, type Example, type ExampleName } from './examples/index.ts';
export { expectedAvailability, expectedNoPrimary, type ExpectedAvailability } from './expected-availability.ts';
