// Command-line arguments: `nines COMMAND [FILE] [--flag value]…`. Small and
// strict on purpose: an unknown or misplaced flag is a usage error (exit 2),
// never silently ignored, so `--sed 7` cannot run with the wrong seed.
import { splitAssignment } from '../experiments/index.ts';
import { MAX_SEED } from '../scenario/index.ts';
import { parseDurationFlag } from './duration.ts';
import type { ExperimentArgs } from './sweep-args.ts';

export class UsageError extends Error {}

export type Command = 'run' | 'validate' | 'link' | 'help' | 'sweep' | 'merge' | 'compare' | 'lesson' | 'check';

export interface Args {
  command: Command;
  /** The scenario file or built-in example name (every command but help). */
  file?: string;
  seed?: number;
  durationMs?: number;
  json: boolean;
  base?: string;
  /** `nines link --embed`: the embed player's link and a ready <iframe>. */
  embed?: boolean;
  /** `--help` given after a command: show help instead of running it. */
  help: boolean;
  /** `--set PATH=V`, repeatable (run): resolved against the scenario later. */
  sets?: Array<{ path: string; raw: string }>;
  /** sweep, merge, compare: parsed by sweep-args.ts. */
  experiment?: ExperimentArgs;
  /** The second argument of `lesson show ID` and `check LESSON SCENARIO`. */
  second?: string;
  /** `nines check LESSON --verify`: is the lesson a valid challenge (start fails, solution passes)? */
  verify?: boolean;
}

type Flag = 'seed' | 'duration' | 'json' | 'base' | 'embed' | 'set' | 'verify';

/** Which flags each command takes; anything else is a usage error. */
const FLAGS: Record<Command, readonly Flag[]> = {
  run: ['seed', 'duration', 'set', 'json'],
  validate: [],
  link: ['base', 'embed'],
  help: [],
  // The experiment commands have their own parser (sweep-args.ts).
  sweep: [],
  merge: [],
  compare: [],
  lesson: ['json'],
  check: ['json', 'verify'],
};

/** Commands that take two arguments (and say themselves what is missing). */
const TWO_ARGUMENTS: readonly Command[] = ['lesson', 'check'];

const COMMANDS = Object.keys(FLAGS) as Command[];

export function parseArgs(argv: readonly string[]): Args {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h') return { command: 'help', json: false, help: false };
  if (!(COMMANDS as string[]).includes(first)) throw new UsageError(`unknown command "${first}"`);
  const command = first as Command;
  const args: Args = { command, json: false, help: false };
  const positional: string[] = [];

  for (let i = 0; i < rest.length; i++) {
    const token = rest[i];
    if (token === '--help' || token === '-h') {
      args.help = true;
      continue;
    }
    if (!token.startsWith('-') || token === '-') {
      positional.push(token);
      continue;
    }
    // Both `--seed 7` and `--seed=7`.
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    if (!token.startsWith('--') || !(FLAGS[command] as readonly string[]).includes(name)) {
      const allowed = FLAGS[command].map((f) => `--${f}`).join(', ');
      throw new UsageError(`unknown option "${token}" for "${command}"${allowed ? ` (it takes ${allowed})` : ''}`);
    }
    const flag = name as Flag;
    if (flag === 'json' || flag === 'embed') {
      if (eq !== -1) throw new UsageError(`--${flag} takes no value`);
      args[flag] = true;
      continue;
    }
    if (flag === 'verify') {
      if (eq !== -1) throw new UsageError('--verify takes no value');
      args.verify = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < rest.length && !rest[i + 1].startsWith('--')) value = rest[++i];
    if (value === undefined || value === '') throw new UsageError(`--${flag} needs a value`);
    if (flag === 'seed') args.seed = parseSeed(value);
    else if (flag === 'duration') args.durationMs = parseDuration(value);
    else if (flag === 'set') (args.sets ??= []).push(parseSet(value));
    else args.base = parseBase(value);
  }

  if (command === 'help' || args.help) {
    if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`);
    return positional.length === 1 && command === 'help' ? { ...args, file: positional[0] } : args;
  }
  if (TWO_ARGUMENTS.includes(command)) {
    if (positional.length > 2) throw new UsageError(`unexpected argument "${positional[2]}"`);
    return { ...args, file: positional[0], second: positional[1] };
  }
  if (positional.length === 0) throw new UsageError(`"${command}" needs a scenario FILE (or the name of a built-in example)`);
  if (positional.length > 1) throw new UsageError(`unexpected argument "${positional[1]}"`);
  args.file = positional[0];
  return args;
}

function parseSeed(text: string): number {
  const seed = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(seed <= MAX_SEED)) throw new UsageError(`--seed must be an unsigned 32-bit integer (0 to ${MAX_SEED}), got "${text}"`);
  return seed;
}

function parseDuration(text: string): number {
  const parsed = parseDurationFlag('duration', text);
  if (!parsed.ok) throw new UsageError(parsed.error);
  return parsed.ms;
}

function parseSet(text: string): { path: string; raw: string } {
  const split = splitAssignment(text);
  if (!split.ok) throw new UsageError(`--set ${split.error}`);
  return split.value;
}

function parseBase(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--base must be a URL such as http://localhost:5173/, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--base must be an http or https URL, got "${text}"`);
  }
  return text;
}
