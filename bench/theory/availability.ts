// Availability algebra and health-check detection against the engine, and the
// app's prediction (expected-availability.ts) beside both.
import { Simulation } from '../../src/engine/index.ts';
import { expectedAvailability, type Scenario, type ScenarioNode } from '../../src/scenario/index.ts';
import { check, meanSd, runSeeds, scenario, seeds, summary } from './lib.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const only = process.env.ONLY;
const want = (name: string) => !only || only.split(',').includes(name);
const predicted = (s: Scenario) => {
  const e = expectedAvailability(s);
  return e ? e.availability : NaN;
};
const client = (extra: Partial<ScenarioNode> = {}): ScenarioNode => ({ id: 'c', type: 'client', rate: 100, timeoutMs: 50, ...extra } as ScenarioNode);
const server = (id: string, extra: Partial<ScenarioNode> = {}): ScenarioNode => ({ id, type: 'server', workers: 50, serviceTimeMs: 1, ...extra } as ScenarioNode);

if (want('single')) {
  const s = scenario([client(), server('s', { failure: { mtbfMs: 50_000, mttrMs: 5000 } })], [{ from: 'c', to: 's' }], { durationMs: 20_000_000 });
  const r = runSeeds(s, S);
  check('one node MTBF 50s MTTR 5s', 'MTBF/(MTBF+MTTR)', 50 / 55, r.map((x) => x.availability), { abs: 0.006 });
  check('  app prediction', 'same', 50 / 55, [predicted(s)], { abs: 0.0005 });
}

if (want('series')) {
  const f = { mtbfMs: 20_000, mttrMs: 2000 };
  const s = scenario([client(), server('web', { failure: f }), { id: 'db', type: 'database', workers: 50, serviceTimeMs: 1, failure: f }],
    [{ from: 'c', to: 'web' }, { from: 'web', to: 'db' }], { durationMs: 20_000_000 });
  const r = runSeeds(s, S);
  check('series web·db A=10/11 each', 'A1·A2', (10 / 11) ** 2, r.map((x) => x.availability), { abs: 0.006 });
  check('  app prediction', 'same', (10 / 11) ** 2, [predicted(s)], { abs: 0.0005 });
}

// n backends behind a health-checked round-robin balancer. First order (A → 1,
// D ≪ MTTR): 1 − (1 − A)^n less the detection loss, each crash costing its
// backend's share (1/m of the m in rotation) for the mean detection
// D = (k − ½)·I + T. At A = 0.75..0.9 and D/MTTR ≈ 0.1..0.2 that first-order
// formula is off by up to 0.01 (a repair before detection, a crash while
// another is down counted twice, the healthyThreshold probes after a repair),
// so the stressed cases compare with a renewal model instead: each backend
// alternates up-in-rotation (U), crashed-in-rotation (C, until detection or
// repair), crashed-out (O) and repaired-out (R, until h good probes or the next
// crash), independently; a request succeeds with E[#U / (#U + #C)].
function renewal(n: number, hc: { intervalMs: number; timeoutMs: number; unhealthyThreshold: number; healthyThreshold: number }, mtbf: number, mttr: number): number {
  const I = hc.intervalMs, cycle = mtbf + mttr;
  // E[e^{−D/M}] for D = φ + (k−1)I + T, φ uniform on [0, I): the chance the repair comes after detection.
  const lap = (base: number, M: number) => Math.exp(-base / M) * (M / I) * (1 - Math.exp(-I / M));
  const detected = lap((hc.unhealthyThreshold - 1) * I + hc.timeoutMs, mttr);
  const pC = (mttr * (1 - detected)) / cycle; // E[min(D, X)], X ~ Exp(MTTR)
  const back = lap((hc.healthyThreshold - 1) * I + 2, mtbf); // R0 = ψ + (h−1)I + the probe's round trip
  const pR = (detected * mtbf * (1 - back)) / cycle; // E[min(R0, Y)], Y ~ Exp(MTBF), after a detected crash
  const pU = mtbf / cycle - pR;
  const pO = 1 - pU - pC - pR;
  let a = 0;
  // Multinomial over (u in U, c in C, the rest O or R).
  const fact = (x: number): number => (x <= 1 ? 1 : x * fact(x - 1));
  for (let u = 1; u <= n; u++) for (let c = 0; u + c <= n; c++) {
    const r = n - u - c;
    a += (fact(n) / (fact(u) * fact(c) * fact(r))) * pU ** u * pC ** c * (pO + pR) ** r * (u / (u + c));
  }
  return a;
}

function parallel(n: number, hc: { intervalMs: number; timeoutMs: number; unhealthyThreshold: number }, mtbf: number, mttr: number, model: 'first' | 'renewal') {
  const failure = { mtbfMs: mtbf, mttrMs: mttr };
  const backends = Array.from({ length: n }, (_, i) => server(`s${i}`, { failure }));
  const s = scenario([client({ timeoutMs: 200 }), { id: 'lb', type: 'loadBalancer', healthCheck: { ...hc, healthyThreshold: 2 } }, ...backends],
    [{ from: 'c', to: 'lb' }, ...backends.map((b) => ({ from: 'lb', to: b.id }))], { durationMs: 20_000_000 });
  const A = mtbf / (mtbf + mttr);
  const D = (hc.unhealthyThreshold - 0.5) * hc.intervalMs + hc.timeoutMs;
  // E[1/m] for the crashing backend, the others in rotation with probability A each.
  let e = 0;
  const binom = (a: number, b: number) => { let x = 1; for (let i = 0; i < b; i++) x = (x * (a - i)) / (i + 1); return x; };
  for (let j = 0; j < n; j++) e += (binom(n - 1, j) * A ** j * (1 - A) ** (n - 1 - j)) / (1 + j);
  const loss = (n / (mtbf + mttr)) * D * e;
  const first = 1 - (1 - A) ** n - loss;
  const formula = model === 'first' ? first : renewal(n, { ...hc, healthyThreshold: 2 }, mtbf, mttr);
  const r = runSeeds(s, S);
  const name = `parallel n=${n} A=${A.toFixed(3)} HC ${hc.intervalMs}/${hc.timeoutMs}/k=${hc.unhealthyThreshold}`;
  check(name, model === 'first' ? '1−(1−A)^n − n·D·E[1/m]/(MTBF+MTTR)' : 'renewal U/C/O/R: E[#U/(#U+#C)]', formula, r.map((x) => x.availability), { abs: model === 'first' ? 0.0015 : 0.002, se: 3 });
  // The app's prediction is first order (its loss uses the static share 1/n): exact against the first-order
  // formula where that holds, within 0.01 of the renewal model where it does not.
  check('  app prediction', model === 'first' ? 'first order' : `renewal (first order ${first.toFixed(5)})`, formula, [predicted(s)], { abs: model === 'first' ? 0.0005 : 0.01 });
}
if (want('parallel')) {
  // A = 0.99, D/MTTR = 0.02: the first-order formula holds.
  parallel(2, { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2 }, 990_000, 10_000, 'first');
  parallel(3, { intervalMs: 1000, timeoutMs: 500, unhealthyThreshold: 2 }, 90_000, 10_000, 'renewal');
  parallel(2, { intervalMs: 500, timeoutMs: 200, unhealthyThreshold: 3 }, 40_000, 10_000, 'renewal');
  parallel(4, { intervalMs: 2000, timeoutMs: 1000, unhealthyThreshold: 1 }, 60_000, 20_000, 'renewal');
}

// Without health checks the balancer keeps sending each backend its share: A = Σ shareᵢ·Aᵢ.
if (want('nohc')) {
  const failure = { mtbfMs: 30_000, mttrMs: 10_000 };
  const s = scenario([client(), { id: 'lb', type: 'loadBalancer' }, server('a', { failure }), server('b', { failure })],
    [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }], { durationMs: 20_000_000 });
  const r = runSeeds(s, S);
  check('lb without HC, 2 backends A=.75', 'Σ shareᵢ·Aᵢ = A', 0.75, r.map((x) => x.availability), { abs: 0.01 });
  check('  app prediction', 'same', 0.75, [predicted(s)], { abs: 0.0005 });
}

// k of n: 4 backends of 100/s each (1 worker, 10 ms), load 250/s: needs 3.
// What serves is a backend up *and* in rotation: after a detected crash a
// repaired backend waits for healthyThreshold good probes (R0 = ψ + (h − 1)·I
// + the probe's round trip, ψ uniform on [0, I)), so the capacity share uses
// A_serving = (MTBF − P(detected)·E[min(R0, Y)]) / (MTBF + MTTR). With
// leastConnections a crashed backend still in rotation piles up requests in
// flight (none answered before the client's timeout) and gets almost none:
// its detection costs a handful of requests, not its share of the load.
if (want('kofn')) {
  const mtbf = 40_000, mttr = 10_000, I = 1000, T = 500, k = 2, h = 2;
  const failure = { mtbfMs: mtbf, mttrMs: mttr };
  const backends = Array.from({ length: 4 }, (_, i) => server(`s${i}`, { workers: 1, serviceTimeMs: 10, queueLimit: 5, failure }));
  const s = scenario([client({ rate: 250, timeoutMs: 1000 }), { id: 'lb', type: 'loadBalancer', algorithm: 'leastConnections', healthCheck: {} }, ...backends],
    [{ from: 'c', to: 'lb', latencyMs: 0 }, ...backends.map((b) => ({ from: 'lb', to: b.id, latencyMs: 0 }))], { durationMs: 10_000_000 });
  const lap = (base: number, M: number) => Math.exp(-base / M) * (M / I) * (1 - Math.exp(-I / M));
  const detected = lap((k - 1) * I + T, mttr);
  const A = (mtbf - detected * mtbf * (1 - lap((h - 1) * I, mtbf))) / (mtbf + mttr);
  const shareServed = (a: number) => {
    let served = 0;
    const binom = [1, 4, 6, 4, 1];
    for (let m = 0; m <= 4; m++) served += binom[m] * a ** m * (1 - a) ** (4 - m) * Math.min(1, (m * 100) / 250);
    return served;
  };
  const r = runSeeds(s, S);
  check('k-of-n 3 of 4, A=.8, leastConnections', 'E[min(1, m·cap/load)], A_serving', shareServed(A), r.map((x) => x.availability), { abs: 0.004, se: 3 });
  // The app's prediction: the serving share with its own rejoin term ((h − ½)·I per noticed crash) and the few requests a
  // leastConnections balancer sends a silent backend.
  check('  app prediction', 'same, within 0.01', shareServed(A), [predicted(s)], { abs: 0.01 });
}

// Health-check detection: the log says how long each crash took to notice.
// Only crashes of a backend marked healthy, whose repair comes after the
// latest possible detection k·I + T, count: a crash repaired sooner may go
// unnoticed, and keeping only the noticed ones would bias the mean low. The
// repair time is exponential, so keeping long repairs does not bias the
// crash's phase against the probes. A crash within an interval of the last
// repair may find a failed-probe streak not yet reset by a good probe: left
// out too.
function detections(s: Scenario, maxMs: number, intervalMs: number): number[] {
  const sim = new Simulation(s, { recordSpans: true });
  const out: number[] = [];
  let healthy = true, crashAt = -1, detectedAfter = -1, recoveredAt = -Infinity;
  while (!sim.isDone()) {
    sim.runUntil(sim.nowMs() + 10_000);
    sim.takeSpans(); sim.takeRows();
    for (const e of sim.takeLog()) {
      if (e.subject !== 'a') continue;
      if (e.kind === 'crash') { crashAt = healthy && e.atMs - recoveredAt > intervalMs + 2 ? e.atMs : -1; detectedAfter = -1; }
      if (e.kind === 'healthDown') { healthy = false; if (crashAt >= 0 && e.sinceMs === crashAt) detectedAfter = e.atMs - crashAt; }
      if (e.kind === 'healthUp') healthy = true;
      if (e.kind === 'recover' && crashAt >= 0 && e.atMs - crashAt > maxMs && detectedAfter >= 0) out.push(detectedAfter);
      if (e.kind === 'recover') { crashAt = -1; recoveredAt = e.atMs; }
    }
  }
  return out;
}
if (want('detect')) {
  for (const [I, T, k] of [[1000, 500, 2], [2000, 300, 3], [500, 400, 1], [1000, 1500, 2]]) {
    const mk = (faults: Scenario['faults'], failure?: { mtbfMs: number; mttrMs: number }, dur = 120_000) => scenario(
      [client({ rate: 10 }), { id: 'lb', type: 'loadBalancer', healthCheck: { intervalMs: I, timeoutMs: T, unhealthyThreshold: k } }, server('a', failure ? { failure } : {}), server('b')],
      [{ from: 'c', to: 'lb' }, { from: 'lb', to: 'a' }, { from: 'lb', to: 'b' }], { durationMs: dur, faults });
    // A crash at a probe instant: exactly (k − 1)·I + T (links add 1 ms each way to nothing: the probe times out).
    const at = detections(mk([{ atMs: 10 * I, type: 'crash', target: 'a', durationMs: 20_000 }]), 0, I);
    check(`detect crash at probe I=${I} T=${T} k=${k}`, '(k−1)·I+T', (k - 1) * I + T, at, { abs: 0.001 });
    const rand = detections(mk([], { mtbfMs: 20_000, mttrMs: 10_000 }, 20_000_000), k * I + T, I);
    check(`detect random crash I=${I} T=${T} k=${k}`, '(k−½)·I+T', (k - 0.5) * I + T, rand, { rel: 0.02 });
    const { sd } = meanSd(rand);
    check(`  its spread (uniform over I)`, 'I/√12', I / Math.sqrt(12), [sd], { rel: 0.06 });
  }
}

summary();
