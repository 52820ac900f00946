// Worker against Node for the M/M/10 hour, without the app: `npx tsx
// bench/worker-mm10.ts` (BENCH_REPEAT=n, default 3). One bundle of
// worker-mm10-entry.ts runs in a fresh module Web Worker of headless Chromium
// and in a fresh Node process, alternately, each in three modes: the engine
// alone (runScenario), the worker's host running to the end, and the host
// after another scenario ran in the same worker. Prints each
// run and the medians, with the worker ÷ Node ratio of each mode; figures
// are printed, never asserted. (bench/browser.ts measures the app's whole
// Run to end; this isolates the engine and the host from the page.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { WorkerFigures } from './worker-mm10-entry.ts';

const RUNS = Number(process.env.BENCH_REPEAT ?? 3);
const MODES = ['engine', 'host', 'next'];
const dir = mkdtempSync(join(tmpdir(), 'nines-worker-bench-'));

const WORKER_MAIN = `import { measure } from './entry.mjs';
self.onmessage = async (e) => postMessage(await measure(e.data, () => performance.now()));`;
const NODE_MAIN = `import { measure } from './entry.mjs';
console.log(JSON.stringify(await measure(process.argv[2], () => Number(process.hrtime.bigint()) / 1e6)));`;

await build({ entryPoints: ['bench/worker-mm10-entry.ts'], bundle: true, format: 'esm', platform: 'neutral', outfile: join(dir, 'entry.mjs'), logLevel: 'warning' });
writeFileSync(join(dir, 'worker.mjs'), WORKER_MAIN);
writeFileSync(join(dir, 'node.mjs'), NODE_MAIN);

const inNode = (mode: string): WorkerFigures => JSON.parse(execFileSync(process.execPath, [join(dir, 'node.mjs'), mode], { encoding: 'utf8' })) as WorkerFigures;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perSec = (f: WorkerFigures): number => (f.requests / f.wallMs) * 1000;
try {
  const page = await browser.newPage();
  // The page and the worker's modules come from this process, not a server.
  await page.route('http://bench.local/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    if (name === 'index.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>worker bench</title>' });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(dir, name), 'utf8') });
  });
  await page.goto('http://bench.local/');
  const inWorker = (mode: string): Promise<WorkerFigures> => page.evaluate((m) => new Promise<WorkerFigures>((resolve) => {
    const worker = new Worker('/worker.mjs', { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerFigures>) => { worker.terminate(); resolve(e.data); };
    worker.postMessage(m);
  }), mode);
  const rows: Record<string, { worker: number[]; node: number[]; ratio: number[] }> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const mode of MODES) {
      const w = await inWorker(mode), n = inNode(mode);
      const r = (rows[mode] ??= { worker: [], node: [], ratio: [] });
      r.worker.push(perSec(w)); r.node.push(perSec(n)); r.ratio.push(perSec(w) / perSec(n));
      const same = w.traceHash === n.traceHash ? 'same hash' : `HASHES DIFFER ${w.traceHash} ${n.traceHash}`;
      console.log(`${mode.padEnd(6)} worker ${(perSec(w) / 1e6).toFixed(2)} M req/s  node ${(perSec(n) / 1e6).toFixed(2)} M req/s  ratio ${(perSec(w) / perSec(n)).toFixed(2)}  ${same}`);
    }
  }
  for (const mode of MODES) {
    const r = rows[mode];
    console.log(`median ${mode.padEnd(6)} worker ${(median(r.worker) / 1e6).toFixed(2)}  node ${(median(r.node) / 1e6).toFixed(2)} M req/s  worker/node ${median(r.ratio).toFixed(2)} (of ${RUNS} pairs)`);
  }
} finally {
  await browser.close();
}
