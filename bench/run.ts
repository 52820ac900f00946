// `npm run bench`: the engine's speed and memory, printed as figures (never a
// pass/fail test). The engine is bundled first, as Vite bundles it for the
// browser, so the figures measure the engine and not a TypeScript loader.
// Each run is its own process; each case runs three times and the median is shown.
// The M/M/10 hour runs alternately with the bare loop of the same model
// (bare-mm10.ts), so that the ratio of the two is measured under the same load.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'nines-bench-'));
const bundle = join(dir, 'case-runner.mjs');
await build({ entryPoints: ['bench/case-runner.ts'], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });

interface Figures {
  case: string; wallSec: number; events: number; requests: number; eventsPerSec: number;
  requestsPerSec: number; peakRssMiB: number; heapUsedMiB: number; availability: number; traceHash: string;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 2): string => x.toLocaleString('en-US', { maximumFractionDigits: digits });

const runOnce = (name: string): Figures => JSON.parse(execFileSync(process.execPath, [bundle, name], { encoding: 'utf8' })) as Figures;

function runCase(name: string): Figures[] {
  return Array.from({ length: RUNS }, () => runOnce(name));
}

const results: Record<string, Figures[]> = {};
/** Nines ÷ bare loop per adjacent pair of runs. */
const bareRatios: number[] = [];
for (const name of ['mm10-10min', 'mm10-1h', '50-nodes-10min', 'clustered-10min', 'kinds-10min']) {
  if (name === 'mm10-1h') {
    results[name] = [];
    results.bare = [];
    for (let i = 0; i < RUNS; i++) {
      const ours = runOnce(name), bare = runOnce('bare-mm10-1h');
      results[name].push(ours);
      results.bare.push(bare);
      bareRatios.push(ours.requestsPerSec / bare.requestsPerSec);
    }
  } else results[name] = runCase(name);
  const runs = results[name];
  console.log(`\n${name}: ${fmt(runs[0].requests, 0)} requests, ${fmt(runs[0].events, 0)} events, trace ${runs[0].traceHash}`);
  console.log(`  events per wall second     ${fmt(median(runs.map((r) => r.eventsPerSec)) / 1e6)} M   (runs: ${runs.map((r) => fmt(r.eventsPerSec / 1e6)).join(', ')})`);
  console.log(`  sim. requests per wall s   ${fmt(median(runs.map((r) => r.requestsPerSec)) / 1e6)} M   (runs: ${runs.map((r) => fmt(r.requestsPerSec / 1e6)).join(', ')})`);
  console.log(`  wall time                  ${fmt(median(runs.map((r) => r.wallSec)))} s`);
  console.log(`  peak RSS                   ${fmt(median(runs.map((r) => r.peakRssMiB)), 0)} MiB   heap at end ${fmt(median(runs.map((r) => r.heapUsedMiB)), 0)} MiB`);
}

const bare = results.bare;
console.log(`\nbare M/M/10 loop, the same hour (one PRNG, a typed-array heap, nothing else): ${fmt(bare[0].requests, 0)} requests, ${bare[0].traceHash}`);
console.log(`  sim. requests per wall s   ${fmt(median(bare.map((r) => r.requestsPerSec)) / 1e6)} M   (runs: ${bare.map((r) => fmt(r.requestsPerSec / 1e6)).join(', ')})`);
console.log(`  Nines ÷ bare loop          ${fmt(median(bareRatios))}   (pairs: ${bareRatios.map((r) => fmt(r)).join(', ')})`);

const rss10 = median(results['mm10-10min'].map((r) => r.peakRssMiB));
const rss60 = median(results['mm10-1h'].map((r) => r.peakRssMiB));
console.log(`\nmemory as the simulated duration grows 6× (M/M/10, 10 min → 1 h): peak RSS ${fmt(rss10, 0)} → ${fmt(rss60, 0)} MiB (×${fmt(rss60 / rss10)})`);

// Debian's python3-simpy lives beside /usr/bin/python3, which may not be the python3 on PATH.
const pythons = ['/usr/bin/python3', 'python3'];
const simpy = pythons.map((py) => spawnSync(py, ['bench/simpy_mm10.py', '3600'], { encoding: 'utf8' })).find((r) => r.status === 0);
if (simpy) {
  const s = JSON.parse(simpy.stdout) as { requestsPerSec: number; meanSojournMs: number };
  const ours = median(results['mm10-1h'].map((r) => r.requestsPerSec));
  console.log(`SimPy on the same M/M/10 hour: ${fmt(s.requestsPerSec / 1e3, 1)} k requests per wall second (mean sojourn ${fmt(s.meanSojournMs)} ms); Nines is ×${fmt(ours / s.requestsPerSec, 1)}`);
} else {
  console.log('SimPy comparison skipped: python3 with simpy not found (Debian: apt-get install python3-simpy).');
}
await import('./jobs.ts'); // --jobs scaling of nines sweep (experiments)
