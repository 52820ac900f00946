// Finds and reads the scenario a command names: a file path, a share link
// (`https://…#s=…`, or just its fragment), or the name of a built-in example
// (`nines run redundancy`). A file wins over a link or an example of the same
// name, so a user's own `redundancy` file is never shadowed.
import { readFileSync, statSync } from 'node:fs';
import { EXAMPLE_NAMES, decodeScenarioFragment, getExample, isExampleName } from '../scenario/index.ts';
import { MAX_SCENARIO_JSON_CHARS } from '../scenario/index.ts';
import { safeParseJson } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { formatErrors, validateScenario } from '../scenario/index.ts';

/** A problem with the input (exit code 1), with a message for the user. */
export class InputError extends Error {}

export interface Loaded {
  scenario: Scenario;
  /** How to name it in messages: the path, `the link`, or `example "redundancy"`. */
  source: string;
  /** A link from another engine version: a sentence saying its numbers may differ. */
  warning?: string;
}

export function loadScenario(arg: string): Loaded {
  const stat = statOrUndefined(arg);
  if (!stat) {
    if (isShareLink(arg)) return loadLink(arg);
    if (isExampleName(arg)) return { scenario: getExample(arg).scenario, source: `example "${arg}"` };
    throw new InputError(
      `${arg}: no such file, and no built-in example of that name (examples: ${EXAMPLE_NAMES.join(', ')})`,
    );
  }
  // Only regular files: reading a directory fails, and reading a device such
  // as /dev/zero or a FIFO would never end.
  if (!stat.isFile()) throw new InputError(`${arg}: not a regular file`);
  // Bytes ≥ characters, so this cap is never looser than the JSON one.
  if (stat.size > MAX_SCENARIO_JSON_CHARS) {
    throw new InputError(`${arg}: the file is ${stat.size} bytes; a scenario may be at most ${MAX_SCENARIO_JSON_CHARS}`);
  }
  let text: string;
  try {
    text = readFileSync(arg, 'utf8');
  } catch (err) {
    throw new InputError(`${arg}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseScenario(text.replace(/^\uFEFF/, ''), arg);
}

/** A share link or its fragment: `https://…/#s=2.…`, `#s=2.…` or `s=2.…`. */
export function isShareLink(arg: string): boolean {
  return /^(?:https?:\/\/[^#]*)?#?(?:[a-z]+(?:=[^&]*)?&)*s=/.test(arg);
}

/** Decodes a share link through the same gates as the app, its damage or errors named. */
function loadLink(arg: string): Loaded {
  const hash = arg.indexOf('#');
  const decoded = decodeScenarioFragment(hash === -1 ? arg : arg.slice(hash));
  if (!decoded.ok) throw new InputError(`the link: ${decoded.error.replace(/\n/g, '\n  ')}`);
  return { scenario: decoded.scenario, source: 'the link', ...(decoded.warning ? { warning: decoded.warning } : {}) };
}

/** Parses and validates scenario JSON; `source` names it in messages. */
export function parseScenario(text: string, source: string): Loaded {
  const json = safeParseJson(text);
  if (!json.ok) throw new InputError(`${source}: ${json.error}`);
  return { scenario: checked(json.value, source), source };
}

/** Validates a scenario, throwing an InputError that lists every problem. */
export function checked(value: unknown, source: string): Scenario {
  const result = validateScenario(value);
  if (!result.ok) {
    const lines = formatErrors(result.errors).split('\n').map((line) => `  ${line}`);
    throw new InputError(`${source} is not a valid scenario:\n${lines.join('\n')}`);
  }
  return result.scenario;
}

/** The file's stat, or undefined when nothing is there (other failures are errors). */
function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A name too long for the file system (a long share link) names no file either.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG') return undefined;
    throw new InputError(`${path}: cannot read the file (${code ?? String(err)})`);
  }
}
