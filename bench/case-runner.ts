// Runs one bench case named on the command line and prints its figures as
// JSON. The orchestrator (run.ts) starts one process per run, so peak memory
// belongs to that run alone.
import { runScenario } from '../src/engine/index.ts';
import { bareMmc } from './bare-mm10.ts';
import { CASES } from './cases.ts';

/** The bare M/M/10 loop (bare-mm10.ts) over the mm10-1h case's hour. */
function bare(name: string): void {
  const start = process.hrtime.bigint();
  const r = bareMmc(3_600_000);
  const wallSec = Number(process.hrtime.bigint() - start) / 1e9;
  process.stdout.write(`${JSON.stringify({
    case: name, wallSec, events: r.events, requests: r.requests, eventsPerSec: r.events / wallSec, requestsPerSec: r.requests / wallSec,
    peakRssMiB: process.resourceUsage().maxRSS / 1024, heapUsedMiB: process.memoryUsage().heapUsed / 1024 / 1024,
    availability: 1, traceHash: `mean sojourn ${r.meanSojournMs.toFixed(3)} ms`,
  })}\n`);
}

function main(name: string): void {
  if (name === 'bare-mm10-1h') return bare(name);
  const make = CASES[name];
  if (!make) throw new Error(`no bench case ${name}`);
  const scenario = make();
  const start = process.hrtime.bigint();
  const report = runScenario(scenario);
  const wallSec = Number(process.hrtime.bigint() - start) / 1e9;
  const figures = {
    case: name,
    wallSec,
    events: report.events,
    requests: report.requests.total,
    eventsPerSec: report.events / wallSec,
    requestsPerSec: report.requests.total / wallSec,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    heapUsedMiB: process.memoryUsage().heapUsed / 1024 / 1024,
    availability: report.availability,
    traceHash: report.traceHash,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main(process.argv[2] ?? '');
