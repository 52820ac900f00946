// `--jobs` scaling: runs per wall second of one `nines sweep` with 1 and 2
// worker threads, as a user starts it (a fresh process, the bundled CLI).
// Each figure is the median of BENCH_RUNS sweeps; the two outputs must be
// byte-identical, or the bench says so. Then a simulated year in the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
// Alternated, so that both see the same load on a shared machine.
const timed: Record<number, Array<{ runsPerSec: number; output: string }>> = { 1: [], 2: [] };
for (let i = 0; i < RUNS; i++) for (const jobs of [1, 2]) timed[jobs].push(sweep(jobs));
const figures = [1, 2].map((jobs) => {
  const runs = timed[jobs];
  return { jobs, runsPerSec: median(runs.map((r) => r.runsPerSec)), all: runs.map((r) => r.runsPerSec), output: runs[0].output };
});
console.log(`\nnines sweep redundancy --seeds 1..${SEEDS} (60 s simulated each), runs per wall second:`);
for (const f of figures) console.log(`  --jobs ${f.jobs}   ${f.runsPerSec.toFixed(1)} runs/s   (runs: ${f.all.map((x) => x.toFixed(1)).join(', ')})`);
console.log(`  2 jobs / 1 job: ×${(figures[1].runsPerSec / figures[0].runsPerSec).toFixed(2)}${figures[0].output === figures[1].output ? '; the same JSON' : '; THE JSON DIFFERS (a bug)'}`);

// One server, MTBF 30 days, MTTR 1 hour, 1 request per second, for a year.
const day = 86_400_000;
const year = {
  format: 'nines/scenario@1', name: 'A year of one server', seed: 1, durationMs: 365 * day,
  nodes: [{ id: 'users', type: 'client', rate: 1 }, { id: 'web', type: 'server', failure: { mtbfMs: 30 * day, mttrMs: 3_600_000 } }],
  links: [{ from: 'users', to: 'web' }],
};
const yearFile = join(mkdtempSync(join(tmpdir(), 'nines-bench-year-')), 'year.json');
writeFileSync(yearFile, JSON.stringify(year));
const yearRuns = Array.from({ length: RUNS }, (_, i) => {
  const start = process.hrtime.bigint();
  const report = JSON.parse(execFileSync(process.execPath, ['bin/nines.js', 'run', yearFile, '--seed', String(i + 1), '--json'], { encoding: 'utf8' })) as {
    requests: { total: number }; nodes: Record<string, { downtimeMs: number }>;
  };
  return { wallSec: Number(process.hrtime.bigint() - start) / 1e9, down: report.nodes.web.downtimeMs / year.durationMs, requests: report.requests.total };
});
console.log(`\na simulated year in the CLI (one server, MTBF 30 d, MTTR 1 h, 1 req/s: ${(yearRuns[0].requests / 1e6).toFixed(1)} M requests):`);
console.log(`  wall time   ${median(yearRuns.map((r) => r.wallSec)).toFixed(1)} s   (runs: ${yearRuns.map((r) => r.wallSec.toFixed(1)).join(', ')})`);
console.log(`  downtime    ${yearRuns.map((r) => `${(r.down * 100).toFixed(3)} %`).join(', ')} on seeds 1..${RUNS}; MTTR/(MTBF+MTTR) = ${(100 / 721).toFixed(3)} %`);
