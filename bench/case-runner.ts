// Runs one bench case named on the command line and prints its figures as
// JSON. The orchestrator (run.ts) starts one process per run, so peak memory
// belongs to that run alone.
import { runScenario } from '../src/engine/index.ts';
import { CASES } from './cases.ts';

function main(name: string): void {
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
