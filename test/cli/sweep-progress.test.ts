// Progress on stderr: only for a person at a terminal, only past a second,
// with runs done, runs per second and the time left; never with --quiet.
import { describe, expect, it } from 'vitest';
import { formatLeft, startProgress } from '../../src/cli/sweep-progress.ts';

function harness(isTTY: boolean, quiet = false) {
  let t = 0;
  const written: string[] = [];
  const progress = startProgress({ total: 100, label: 'sweep', quiet, sink: { isTTY, write: (s: string) => written.push(s) }, now: () => t });
  return { progress, written, at: (ms: number) => (t = ms) };
}

describe('sweep progress', () => {
  it('appears after a second, with rate and time left, and ends with a total', () => {
    const { progress, written, at } = harness(true);
    at(500);
    progress.update(10);
    expect(written).toEqual([]);
    at(2000);
    progress.update(40);
    expect(written).toEqual(['\rsweep: 40/100 runs · 20.0 runs/s · 3 s left\x1b[K']);
    at(2100);
    progress.update(45);
    expect(written).toHaveLength(1);
    at(5000);
    progress.end();
    expect(written[1]).toBe('\rsweep: 100 runs in 5.0 s · 20.0 runs/s\x1b[K\n');
  });

  it('stays silent for a short sweep', () => {
    const { progress, written, at } = harness(true);
    at(900);
    progress.update(100);
    progress.end();
    expect(written).toEqual([]);
  });

  it.each([
    ['not a terminal', false, false],
    ['--quiet', true, true],
  ])('is silent when %s', (_what, isTTY, quiet) => {
    const { progress, written, at } = harness(isTTY, quiet);
    at(5000);
    progress.update(50);
    progress.end();
    expect(written).toEqual([]);
  });

  it('says the time left in the units that fit', () => {
    expect(formatLeft(4.2)).toBe('5 s left');
    expect(formatLeft(125)).toBe('2 min 5 s left');
    expect(formatLeft(7300)).toBe('2 h 1 min left');
    expect(formatLeft(Number.NaN)).toBe('time left unknown');
  });
});
