// A message queue's backlog and drain, and replication: when writes are
// acknowledged (async, quorum, sync) and what each loses in a crash.
import { check, runSeeds, scenario, seeds, summary } from './lib.ts';
import type { ScenarioNode } from '../../src/scenario/index.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const only = process.env.ONLY;
const want = (name: string) => !only || only.split(',').includes(name);

// Producers at λ = 50/s surge ×4 to 200/s for 10 s; one consumer of 1 worker × 10 ms = 100/s, constant, links 0 ms.
// Fluid model: the backlog grows at 200 − 100 for 10 s (1000 messages), then drains at 100 − 50: empty 20 s later.
// A message accepted at the surge's end waits for the 1000 before it: 10 s. Poisson noise on top is √(2000) ≈ 45.
if (want('drain')) {
  const s = scenario([
    { id: 'p', type: 'client', rate: 50, timeoutMs: 1000 },
    { id: 'q', type: 'queue', serviceTimeMs: 0.01 },
    { id: 'w', type: 'server', workers: 1, serviceTimeMs: 10, queueLimit: 10 },
  ], [{ from: 'p', to: 'q', latencyMs: 0 }, { from: 'q', to: 'w', latencyMs: 0 }], {
    durationMs: 60_000, faults: [{ atMs: 10_000, type: 'surge', target: 'p', factor: 4, durationMs: 10_000 }],
  });
  const rep = runSeeds(s, S);
  const q = (x: (typeof rep)[number]) => x.nodes.q as unknown as { maxDepth: number; pending: number; processingLatencyMs: { p99: number }; enqueued: number; delivered: number };
  check('queue backlog after a 10 s surge 200/s > 100/s', '(λ_surge − μ)·10 s', 1000, rep.map((x) => q(x).maxDepth), { rel: 0.1 });
  check('  drained by the end', 'pending ≤ 1 (one accepted at the very end)', 0, rep.map((x) => q(x).pending), { abs: 1 });
  check('  every message delivered once', 'delivered = enqueued', 0, rep.map((x) => q(x).delivered - q(x).enqueued), { abs: 0 });
  // Time-averaged depth: a triangle of 1000 high over 10 s up and 20 s down, over 60 s.
  check('  mean depth', '½·1000·30 s ÷ 60 s', 250, rep.map((x) => x.nodes.q.meanQueue), { rel: 0.1 });
}

// Replication acknowledgement over exponential member links (mean 5 ms each way): async acks at once; quorum (3
// members) after the faster of two replicas' round trips, E[min of two] for each Exp sum; sync after the slower.
// A round trip is the sum of two Exp(5): its min of two has mean ∫ P(R>t)² dt = ∫ ((1 + t/5) e^{−t/5})² dt = 6.25 ms;
// its max of two 20 − 6.25 = 13.75 ms. Writes only, database service 1 ms constant, client link 0 ms.
// Acknowledgements are of log positions (a replica applies in order and says how far it has got; heartbeats carry
// it too), so at a high write rate a write is acknowledged by a later write's faster answer: at 200 writes/s the
// sync mean is 10.2 ms, not 14.75. At 2 writes/s (500 ms apart) writes hardly meet: the per-write formula holds.
if (want('acks')) {
  const db = (id: string): ScenarioNode => ({ id, type: 'database', workers: 100, serviceTimeMs: 1 });
  for (const [mode, extra] of [['async', 0], ['quorum', 6.25], ['sync', 13.75]] as const) {
    const lat = { type: 'exponential', mean: 5 } as const;
    const s = scenario([{ id: 'c', type: 'client', rate: 2, writeRatio: 1, timeoutMs: 1000 }, db('d1'), db('d2'), db('d3')],
      [{ from: 'c', to: 'd1', latencyMs: 0 }, { from: 'd1', to: 'd2', latencyMs: lat }, { from: 'd1', to: 'd3', latencyMs: lat }, { from: 'd2', to: 'd3', latencyMs: lat }],
      { durationMs: 2_000_000, clusters: [{ id: 'k', members: ['d1', 'd2', 'd3'], replication: mode }] });
    const rep = runSeeds(s, S);
    check(`${mode} write latency, 3 members, Exp(5 ms) links`, `1 ms + ${extra} ms`, 1 + extra, rep.map((x) => x.latencyMs.mean), { rel: 0.04, se: 3 });
  }
}

// A primary crash loses the acknowledged writes its replicas lack: async ≈ w·(one-way lag), quorum and sync none.
if (want('lost')) {
  const db = (id: string): ScenarioNode => ({ id, type: 'database', workers: 100, serviceTimeMs: 1 });
  for (const mode of ['quorum', 'sync'] as const) {
    const s = scenario([{ id: 'c', type: 'client', rate: 1000, writeRatio: 1, timeoutMs: 1000 }, db('d1'), db('d2'), db('d3')],
      [{ from: 'c', to: 'd1' }, { from: 'd1', to: 'd2', latencyMs: 50 }, { from: 'd1', to: 'd3', latencyMs: 50 }],
      { durationMs: 20_000, clusters: [{ id: 'k', members: ['d1', 'd2', 'd3'], replication: mode }], faults: [{ atMs: 10_000, type: 'crash', target: 'd1' }] });
    const rep = runSeeds(s, seeds(10));
    check(`${mode}: writes lost at a primary crash`, '0', 0, rep.map((x) => x.data.writesLost), { abs: 0 });
  }
}

summary();
