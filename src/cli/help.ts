// Help text: short, with one example per command.
import { DEFAULT_APP_URL } from '../scenario/index.ts';
import { EXAMPLE_NAMES } from '../scenario/index.ts';
import type { Command } from './args.ts';
import { EXPERIMENT_HELP, EXPERIMENT_USAGE } from './sweep-help.ts';

export const USAGE_HINT = 'Run "nines help" for usage.';

const COMMAND_HELP: Record<Exclude<Command, 'help'>, string> = {
  run: `nines run FILE [--seed N] [--duration D] [--set PATH=V]… [--json]

Runs the scenario and prints a summary: availability (in % and in nines),
latency percentiles, requests by outcome, a table per node, data, alerts and
the SLO. With --json, prints the report (format nines/report@1) instead.

  --seed N        seed for this run (unsigned 32-bit integer); overrides the file's
  --duration D    simulated time to run: milliseconds or 90s, 30m, 24h, 7d, 1y;
                  overrides the file's durationMs
  --set PATH=V    override one field, as nines sweep does (nodes.web-1.workers=8)
  --json          print the report as JSON

Example: nines run redundancy --seed 7 --duration 2m`,
  validate: `nines validate FILE

Checks the scenario without running it and lists every problem with the path
of the bad field, e.g. "nodes[3].workers: must be an integer ≥ 1".

Example: nines validate my-system.json`,
  link: `nines link FILE [--base URL] [--embed]

Prints a link that opens the scenario in the app. The scenario travels in the
URL fragment, compressed, with an integrity check; it is never sent to a server.

  --base URL      where the app is served: the address of the folder that holds
                  the built index.html, as people open it — e.g.
                  https://you.github.io/nines/ for GitHub Pages, or
                  https://example.edu/courses/ha/lab/ (a missing final slash is
                  added). Default ${DEFAULT_APP_URL} (npm run dev).
  --embed         a link to the compact embed player, and a ready <iframe> for
                  a course page

Example: nines link zone-outage --base https://example.org/nines/ --embed`,
  ...EXPERIMENT_HELP,
  lesson: `nines lesson list [--json]
nines lesson show ID [--json]

"list" prints the built-in lessons in course order; with --json, a list of
{ id, title, summary, concepts }. "show" prints one lesson: its text, goals,
budget, faults, hints and sources; with --json, the whole nines/lesson@1 file,
its reference solution included (which spoils the lesson).

Example: nines lesson show health-checks`,
  check: `nines check LESSON SCENARIO [--json]
nines check LESSON --verify [--json]

Runs a lesson's check on a design: the lesson's fixed parts (its clients'
load, its faults, duration and SLO) and its budget are imposed, the design
runs once per seed of the lesson, and every goal must hold on every seed.
LESSON is a built-in lesson id, a lesson file (nines/lesson@1) or a lesson
link; SCENARIO is a scenario file, an example name or a link. With --json,
prints the result (format nines/check@1). With --verify, checks the lesson
itself: its start must fail and its reference solution pass.

Exit codes: 0 passed, 3 not passed, 1 bad lesson or scenario, 2 usage error.

Example: nines check health-checks my-design.json`,
};

export function helpText(topic?: string): string {
  if (topic && topic in COMMAND_HELP) return COMMAND_HELP[topic as keyof typeof COMMAND_HELP];
  return `nines — a high-availability lab: run scenarios, check them, share them.

Usage:
  nines run FILE [--seed N] [--duration D] [--set PATH=V]… [--json]
                                                       run and summarise
  nines validate FILE                                  check a scenario file
  nines link FILE [--base URL] [--embed]               print a share link
${EXPERIMENT_USAGE}
  nines lesson list | show ID [--json]                 the built-in lessons
  nines check LESSON SCENARIO [--json]                 check a design against a lesson
  nines help [COMMAND]                                 this help, or a command's

FILE is a scenario JSON file (format nines/scenario@1), a share link (or its
#s=… fragment), or the name of a built-in example:
  ${EXAMPLE_NAMES.join(', ')}

Exit codes: 0 success, 1 bad scenario, file or link, 2 usage error, 3 a check
not passed, 70 internal error (a bug in Nines: the message says how to report it).`;
}

export function isHelpTopic(topic: string): boolean {
  return topic in COMMAND_HELP || topic === 'help';
}
