import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../src/cli/args.ts';
import { formatDurationMs } from '../../src/cli/duration.ts';
import { MAX_DURATION_MS } from '../../src/scenario/limits.ts';

const badDuration = (text: string) =>
  `--duration must be a time > 0 and ≤ ${formatDurationMs(MAX_DURATION_MS)}: milliseconds, or a number with ms, s, m, h, d or y (e.g. 90s, 24h), got "${text}"`;

/** The UsageError message parseArgs gives, or "no error". */
function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  return 'no error';
}

describe('parseArgs', () => {
  it.each([
    [['run', 'a.json'], { command: 'run', file: 'a.json', json: false, help: false }],
    [['run', 'a.json', '--seed', '7', '--duration', '5000', '--json'], { command: 'run', file: 'a.json', seed: 7, durationMs: 5000, json: true, help: false }],
    [['run', '--seed=4294967295', 'a.json'], { command: 'run', file: 'a.json', seed: 4294967295, json: false, help: false }],
    [['link', 'a.json', '--base', 'https://x.org/app/'], { command: 'link', file: 'a.json', base: 'https://x.org/app/', json: false, help: false }],
    [['validate', 'redundancy'], { command: 'validate', file: 'redundancy', json: false, help: false }],
    [['help'], { command: 'help', json: false, help: false }],
    [['help', 'run'], { command: 'help', file: 'run', json: false, help: false }],
    [['--help'], { command: 'help', json: false, help: false }],
    [['run', '--help'], { command: 'run', json: false, help: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [[], 'no command given'],
    [['walk', 'a.json'], 'unknown command "walk"'],
    [['run'], '"run" needs a scenario FILE (or the name of a built-in example)'],
    [['run', 'a.json', 'b.json'], 'unexpected argument "b.json"'],
    [['run', 'a.json', '--sed', '3'], 'unknown option "--sed" for "run" (it takes --seed, --duration, --set, --json)'],
    [['run', 'a.json', '-s', '3'], 'unknown option "-s" for "run" (it takes --seed, --duration, --set, --json)'],
    [['validate', 'a.json', '--json'], 'unknown option "--json" for "validate"'],
    [['link', 'a.json', '--seed', '1'], 'unknown option "--seed" for "link" (it takes --base, --embed)'],
    [['run', 'a.json', '--seed'], '--seed needs a value'],
    [['run', 'a.json', '--seed', '--json'], '--seed needs a value'],
    [['run', 'a.json', '--seed', '-1'], '--seed must be an unsigned 32-bit integer (0 to 4294967295), got "-1"'],
    [['run', 'a.json', '--seed', '1.5'], '--seed must be an unsigned 32-bit integer (0 to 4294967295), got "1.5"'],
    [['run', 'a.json', '--seed', '4294967296'], '--seed must be an unsigned 32-bit integer (0 to 4294967295), got "4294967296"'],
    [['run', 'a.json', '--seed', 'abc'], '--seed must be an unsigned 32-bit integer (0 to 4294967295), got "abc"'],
    [['run', 'a.json', '--duration', '0'], badDuration('0')],
    [['run', 'a.json', '--duration', 'NaN'], badDuration('NaN')],
    [['run', 'a.json', '--duration', '1e9'], badDuration('1e9')],
    [['run', 'a.json', '--duration', '11y'], badDuration('11y')],
    [['run', 'a.json', '--json=yes'], '--json takes no value'],
    [['link', 'a.json', '--base', 'not a url'], '--base must be a URL such as http://localhost:5173/, got "not a url"'],
    [['link', 'a.json', '--base', 'javascript:alert(1)'], '--base must be an http or https URL, got "javascript:alert(1)"'],
  ])('%j is a usage error', (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });
});
