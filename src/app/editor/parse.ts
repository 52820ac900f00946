// A scenario read back from the browser's storage is validated like any file
// from outside: an older build, a hand edit or another tab may have left
// anything there.
import { safeParseJson, validateScenario, type Scenario } from '../../scenario/index.ts';

export function parseScenario(text: string): Scenario | null {
  const parsed = safeParseJson(text);
  if (!parsed.ok) return null;
  const result = validateScenario(parsed.value);
  return result.ok ? result.scenario : null;
}
