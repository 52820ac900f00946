import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.ts';
import { parseExperimentArgs, type ExperimentCommand } from '../../src/cli/sweep-args.ts';

function parse(argv: string[]) {
  return parseExperimentArgs(argv[0] as ExperimentCommand, argv.slice(1));
}

function usageError(argv: string[]): string {
  try {
    parse(argv);
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  return 'no error';
}

describe('experiment arguments', () => {
  it('sweep takes repeated --set and --grid, --jobs, --shard, --json and --quiet', () => {
    const args = parse(['sweep', 'a.json', '--seeds=1..30', '--set', 'durationMs=1h', '--grid', 'nodes.web-1.workers=4,8', '--set', 'links.lb->w.latencyMs=5', '--jobs', '3', '--shard', '2/5', '--json', '--quiet']);
    expect(args).toEqual({
      command: 'sweep', file: 'a.json', json: true, help: false,
      experiment: {
        files: ['a.json'], seeds: [1, 30], jobs: 3, shard: { index: 2, count: 5 }, quiet: true,
        sets: [{ path: 'durationMs', raw: '1h' }, { path: 'links.lb->w.latencyMs', raw: '5' }],
        grids: [{ path: 'nodes.web-1.workers', raws: ['4', '8'] }],
      },
    });
  });

  it('compare takes two designs, merge any number of parts', () => {
    expect(parse(['compare', 'a', 'b', '--seeds', '4294967290..4294967295']).experiment).toMatchObject({ files: ['a', 'b'], seeds: [4294967290, 4294967295] });
    expect(parse(['merge', 'p0.json', 'p1.json', 'p2.json']).experiment!.files).toEqual(['p0.json', 'p1.json', 'p2.json']);
    expect(parse(['sweep', '--help']).help).toBe(true);
  });

  it.each([
    [['sweep', 'a', '--seeds', '1..4294967296'], '--seeds must be a range A..B of unsigned 32-bit integers (e.g. 1..30), got "1..4294967296"'],
    [['sweep', 'a', '--seeds', '1..2000000'], '2000000 seeds × 1 grid points is 2000000 runs; the limit is 1,000,000'],
    [['sweep', 'a', '--seeds', '1..1000', '--grid', 'x=1,2', '--grid', `y=${Array.from({ length: 501 }, (_, i) => i).join(',')}`], '1000 seeds × 1002 grid points is 1002000 runs; the limit is 1,000,000'],
    [['sweep', 'a', '--seeds', '1..3', '--jobs', '2.5'], '--jobs must be an integer from 1 to 1024, got "2.5"'],
    [['sweep', 'a', '--seeds', '1..3', '--shard', '1'], '--shard must be I/N with 0 ≤ I < N (e.g. 0/4; a Kubernetes Indexed Job passes $JOB_COMPLETION_INDEX as I), got "1"'],
    [['sweep', 'a', '--seeds', '1..3', '--json=1'], '--json takes no value'],
    [['sweep', 'a', '--seeds'], '--seeds needs a value'],
    [['sweep', 'a', 'b', '--seeds', '1..3'], 'unexpected argument "b"'],
    [['compare', 'a', 'b', 'c', '--seeds', '1..3'], 'unexpected argument "c"'],
    [['compare', 'a', 'b'], '"compare" needs --seeds A..B (e.g. --seeds 1..30)'],
    [['compare', 'a', 'b', '--seeds', '0..999999'], '1000000 seeds of two designs is 2000000 runs; the limit is 1,000,000'],
    [['merge', 'p.json', '--seeds', '1..2'], 'unknown option "--seeds" for "merge" (it takes --json)'],
    [['sweep', 'a', '--seeds', '1..3', '--set', 'x=1', '--set', 'x=2'], '--set x: that path is already overridden'],
  ])('%j → %s', (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });
});
