// The ready-made deploy files stay consistent with the CLI: the Indexed
// Job's shard count matches its completions, its args parse as a sweep for
// every index, and the CI matrix lists one index per part.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExperimentArgs } from '../../src/cli/sweep-args.ts';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

describe('deploy/', () => {
  it('the Kubernetes Indexed Job passes JOB_COMPLETION_INDEX as the shard of as many parts as it completes', () => {
    const job = read('deploy/sweep-job.yaml');
    expect(job).toMatch(/^ {2}completionMode: Indexed$/m);
    const completions = Number(/^ {2}completions: (\d+)$/m.exec(job)![1]);
    expect(Number(/^ {2}parallelism: (\d+)$/m.exec(job)![1])).toBe(completions);
    const argsBlock = /^ {10}args:\n((?: {12}- .*\n)+)/m.exec(job)![1];
    const args = [...argsBlock.matchAll(/^ {12}- "?([^"\n]+?)"?$/gm)].map((m) => m[1]);
    expect(args.slice(0, 2)).toEqual(['sweep', '/scenario/scenario.json']);
    expect(args).toContain(`$(JOB_COMPLETION_INDEX)/${completions}`);
    for (let index = 0; index < completions; index++) {
      const argv = args.map((a) => a.replace('$(JOB_COMPLETION_INDEX)', String(index)));
      const parsed = parseExperimentArgs('sweep', argv.slice(1));
      expect(parsed.experiment!.shard).toEqual({ index, count: completions });
      expect(parsed.json).toBe(true);
      expect(parsed.experiment!.quiet).toBe(true);
    }
  });

  it('the CI matrix has one index per part', () => {
    const workflow = read('deploy/github-actions-sweep.yml');
    const indices = JSON.parse(/index: (\[[\d, ]+\])/.exec(workflow)![1]) as number[];
    const count = Number(/--shard \$\{\{ matrix\.index \}\}\/(\d+)/.exec(workflow)![1]);
    expect(indices).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(workflow).toContain('npx nines merge part-*.json --json > sweep.json');
  });
});
