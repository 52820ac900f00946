// Validation as the user types: a field's new value is tried on a copy of the
// whole scenario, and refused when that copy has an error the current
// scenario does not (so a scenario that arrived with a problem elsewhere can
// still be edited). The message shown is the one about this field when there
// is one, else the first new one (a cross-field rule, e.g. the total rate).
import { validateScenario, type Scenario, type ValidationError } from '../../scenario/index.ts';
import { formatPath, type FieldPath } from './operations/index.ts';

const known = new WeakMap<Scenario, ValidationError[]>();

export function errorsOf(scenario: Scenario): ValidationError[] {
  let errors = known.get(scenario);
  if (!errors) {
    const result = validateScenario(scenario);
    errors = result.ok ? [] : result.errors;
    known.set(scenario, errors);
  }
  return errors;
}

/** True when `errorPath` is about `fieldPath` or something inside it. */
export function isAbout(errorPath: string, fieldPath: string): boolean {
  return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}.`) || errorPath.startsWith(`${fieldPath}[`);
}

/** The message refusing `candidate`, or null when it adds no error to `current`. */
export function refusal(current: Scenario, candidate: Scenario, path: FieldPath): string | null {
  const before = new Set(errorsOf(current).map((e) => `${e.path}\u0000${e.message}`));
  const fresh = errorsOf(candidate).filter((e) => !before.has(`${e.path}\u0000${e.message}`));
  if (fresh.length === 0) return null;
  const field = formatPath(path);
  const own = fresh.find((e) => isAbout(e.path, field));
  if (own) return own.message;
  const other = fresh[0];
  return other.path ? `${other.path}: ${other.message}` : other.message;
}
