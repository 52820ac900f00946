// What New scenario starts from: an empty canvas with the format's defaults
// written out, so the settings panel shows real values.
import { DEFAULT_DURATION_MS, DEFAULT_SEED, SCENARIO_FORMAT, type Scenario } from '../../scenario/index.ts';

export function blankScenario(): Scenario {
  return {
    format: SCENARIO_FORMAT,
    name: 'Untitled scenario',
    seed: DEFAULT_SEED,
    durationMs: DEFAULT_DURATION_MS,
    nodes: [],
    links: [],
  };
}
