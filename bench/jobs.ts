// `--jobs` scaling: runs per wall second of one `nines sweep` with 1 and 2
// worker threads, as a user starts it (a fresh process, the bundled CLI).
// Each figure is the median of BENCH_RUNS sweeps; the two outputs must be
// byte-identical, or the bench says so.
import { execFileSync } from 'node:child_process';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SEEDS = 120;
const args = ['bin/nines.js', 'sweep', 'redundancy', '--seeds', `1..${SEEDS}`, '--json', '--quiet'];
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sweep(jobs: number): { runsPerSec: number; output: string } {
  const start = process.hrtime.bigint();
  const output = execFileSync(process.execPath, [...args, '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { runsPerSec: SEEDS / (Number(process.hrtime.bigint() - start) / 1e9), output };
}

sweep(1); // bundles the CLI once, outside the timings
const figures = [1, 2].map((jobs) => {
  const runs = Array.from({ length: RUNS }, () => sweep(jobs));
  return { jobs, runsPerSec: median(runs.map((r) => r.runsPerSec)), all: runs.map((r) => r.runsPerSec), output: runs[0].output };
});
console.log(`\nnines sweep redundancy --seeds 1..${SEEDS} (60 s simulated each), runs per wall second:`);
for (const f of figures) console.log(`  --jobs ${f.jobs}   ${f.runsPerSec.toFixed(1)} runs/s   (runs: ${f.all.map((x) => x.toFixed(1)).join(', ')})`);
console.log(`  2 jobs / 1 job: ×${(figures[1].runsPerSec / figures[0].runsPerSec).toFixed(2)}${figures[0].output === figures[1].output ? '; the same JSON' : '; THE JSON DIFFERS (a bug)'}`);
