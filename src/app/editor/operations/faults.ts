// Scheduled faults have no id; they are edited by index (fields through
// setField on `faults[i]`) and removed by index.
import type { Scenario } from '../../../scenario/index.ts';

export function removeFault(scenario: Scenario, index: number): Scenario {
  const faults = scenario.faults ?? [];
  if (index < 0 || index >= faults.length) return scenario;
  return { ...scenario, faults: faults.filter((_, i) => i !== index) };
}
