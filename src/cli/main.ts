// The `nines` command: parses arguments, dispatches to one command, and turns
// every failure into a message and an exit code (never a stack trace):
// 0 success, 1 bad input, 2 usage error, 3 a check not passed, 70 a bug in Nines itself.
import { UsageError, parseArgs, type Args } from './args.ts';
import { USAGE_HINT, helpText, isHelpTopic } from './help.ts';
import { processIo, type Io } from './io.ts';
import { checkCommand } from './check.ts';
import { lessonCommand } from './lesson.ts';
import { linkCommand } from './link.ts';
import { InputError } from './load.ts';
import { compareCommand } from './compare.ts';
import { mergeCommand } from './merge.ts';
import { runCommand } from './run.ts';
import { isExperimentCommand, parseExperimentArgs } from './sweep-args.ts';
import { sweepCommand } from './sweep.ts';
import { validateCommand } from './validate.ts';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

const COMMANDS: Record<Exclude<Args['command'], 'help'>, (args: Args, io: Io) => number | Promise<number>> = {
  run: runCommand,
  validate: validateCommand,
  link: linkCommand,
  sweep: sweepCommand,
  merge: mergeCommand,
  compare: compareCommand,
  lesson: lessonCommand,
  check: checkCommand,
};

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: Args;
  try {
    args = isExperimentCommand(argv[0]) ? parseExperimentArgs(argv[0], argv.slice(1)) : parseArgs(argv);
    if (args.command === 'help' && args.file !== undefined && !isHelpTopic(args.file)) {
      throw new UsageError(`no help for "${args.file}"`);
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`nines: ${err.message}\n${USAGE_HINT}`);
    return EXIT_USAGE;
  }
  if (args.command === 'help' || args.help) {
    io.out(helpText(args.command === 'help' ? args.file : args.command));
    return EXIT_OK;
  }
  try {
    return await COMMANDS[args.command](args, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`nines: ${err.message}`);
      return EXIT_BAD_INPUT;
    }
    // Commands with sub-commands (lesson) or two arguments (check) find some usage errors themselves.
    if (err instanceof UsageError) {
      io.err(`nines: ${err.message}\n${USAGE_HINT}`);
      return EXIT_USAGE;
    }
    // Anything else is a bug in Nines, not in the user's input: say so, and
    // keep the stack for whoever debugs it (NINES_DEBUG=1).
    reportInternalError(err, io);
    return EXIT_INTERNAL;
  }
}

export const INTERNAL_ERROR_HELP =
  'This is a bug in Nines, not in your input. Please report it as an issue in the Nines repository, with the command you ran, ' +
  'this message and the scenario file (NINES_DEBUG=1 adds the stack trace).';

/** The message for a bug (exit 70): what broke, how to report it, and how to get the stack. */
export function reportInternalError(err: unknown, io: Io): void {
  try {
    io.err(`nines: internal error: ${err instanceof Error ? err.message : String(err)}`);
    io.err(INTERNAL_ERROR_HELP);
    if (process.env.NINES_DEBUG) io.err(String((err as Error)?.stack ?? err));
  } catch {
    // Even the error stream failed (a closed pipe): the exit code still says it.
  }
}
