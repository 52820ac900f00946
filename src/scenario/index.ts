// The door of the scenario room: the contract's types and defaults, its
// limits, validation, the share-link codec and the built-in examples.
export * from './types.ts';
export * from './defaults.ts';
export * from './limits.ts';
export * from './kind-limits.ts';
export { ENGINE_VERSION } from './engine-version.ts';
export { parseDurationMs, type DurationResult } from './duration.ts';
export { validateScenario, formatErrors, formatPath, type ValidationError, type ValidationResult } from './validate.ts';
export { safeParseJson, type JsonResult } from './safe-json.ts';
export {
  CODEC_VERSION,
  DEFAULT_APP_URL,
  MAX_INFLATED_BYTES,
  decodeScenarioFragment,
  encodeScenarioFragment,
  encodeScenarioLink,
  type DecodeResult,
} from './codec.ts';
export { DEFAULT_EXAMPLE, EXAMPLE_NAMES, getExample, isExampleName, type Example, type ExampleName } from './examples/index.ts';
export { expectedAvailability, type ExpectedAvailability } from './expected-availability.ts';
