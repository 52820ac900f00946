// Replication lost writes, cache hit ratio, DNS failover time, alerts, burn rate and the SLO budget.
import { check, runSeeds, scenario, seeds, summary } from './lib.ts';
import type { ScenarioNode } from '../../src/scenario/index.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const only = process.env.ONLY;
const want = (name: string) => !only || only.split(',').includes(name);

// Async replication: writes acknowledged within the lag before the primary's crash are lost: ≈ w·L.
if (want('lost')) {
  for (const [rate, L] of [[1000, 50], [400, 200]] as const) {
    const db = (id: string): ScenarioNode => ({ id, type: 'database', workers: 100, serviceTimeMs: 1 });
    const s = scenario([{ id: 'c', type: 'client', rate, writeRatio: 1, timeoutMs: 1000 }, db('d1'), db('d2')],
      [{ from: 'c', to: 'd1' }, { from: 'd1', to: 'd2', latencyMs: L }],
      { durationMs: 20_000, clusters: [{ id: 'k', members: ['d1', 'd2'], replication: 'async' }], faults: [{ atMs: 10_000, type: 'crash', target: 'd1' }] });
    const rep = runSeeds(s, seeds(20));
    check(`async lost writes w=${rate}/s lag=${L}ms`, 'w·L', (rate * L) / 1000, rep.map((x) => x.data.writesLost), { rel: 0.1 });
    check(`  noPrimaryMs`, 'detection+promotion (3000+1000, heartbeats ≤ +10%)', 4000, rep.map((x) => x.data.noPrimaryMs), { rel: 0.1 });
  }
}

// Cache: Poisson reads of rate λ on one key: hit ratio λ·ttl/(1 + λ·ttl) (+ λ·d for the backend's answer time).
if (want('cache')) {
  for (const [lambda, ttl, keys] of [[10, 100, 1], [100, 1000, 50], [5, 2000, 1]] as const) {
    const per = lambda / keys;
    const d = 2 + 1 + 1; // backend service 2 ms + 1 ms link each way; the cache's own 0.5 ms comes before the lookup
    const s = scenario([
      { id: 'c', type: 'client', rate: lambda, keys, timeoutMs: 1000 },
      { id: 'cache', type: 'cache', ttlMs: ttl },
      { id: 'db', type: 'database', workers: 100, serviceTimeMs: 2 },
    ], [{ from: 'c', to: 'cache' }, { from: 'cache', to: 'db' }], { durationMs: 400_000 });
    const rep = runSeeds(s, S);
    const lt = (per * ttl) / 1000;
    check(`cache hit ratio λ/key=${per} ttl=${ttl}`, 'λ·ttl/(1+λ·d+λ·ttl)', lt / (1 + (per * d) / 1000 + lt), rep.map((x) => x.nodes.cache.hitRatio ?? NaN), { rel: 0.02 });
  }
}

// Zipf keys (rank r ∝ r^−s). TTL without evictions: key i, read at λ·pᵢ, hits λpᵢ·ttl/(1 + λpᵢ·(d + ttl)) of its reads.
// LRU without expiry (Che's approximation): the characteristic time t solves Σᵢ (1 − e^{−λpᵢ·t}) = capacity and the
// hit ratio is Σ pᵢ·(1 − e^{−λpᵢ·t}) — accurate to about 1 % for Zipf popularities of a thousand keys and more.
if (want('zipf')) {
  const zipf = (n: number, sExp: number) => {
    const w = Array.from({ length: n }, (_, i) => (i + 1) ** -sExp);
    const z = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / z);
  };
  const mk = (lambda: number, keys: number, sExp: number, cache: Partial<ScenarioNode>) => scenario([
    { id: 'c', type: 'client', rate: lambda, keys, keyDistribution: { type: 'zipf', s: sExp }, timeoutMs: 1000 },
    { id: 'cache', type: 'cache', serviceTimeMs: 0.01, ...cache } as ScenarioNode,
    { id: 'db', type: 'database', workers: 1000, serviceTimeMs: 0.01 },
  ], [{ from: 'c', to: 'cache', latencyMs: 0 }, { from: 'cache', to: 'db', latencyMs: 0 }], { durationMs: 400_000 });
  for (const [lambda, keys, sExp, ttl] of [[1000, 1000, 1.1, 1000], [500, 10_000, 0.8, 5000]] as const) {
    const p = zipf(keys, sExp);
    const d = 0.01;
    const hit = p.reduce((a, pi) => a + pi * ((lambda * pi * ttl) / 1000) / (1 + (lambda * pi * (d + ttl)) / 1000), 0);
    const rep = runSeeds(mk(lambda, keys, sExp, { ttlMs: ttl, capacity: keys }), S);
    check(`cache Zipf s=${sExp} ${keys} keys λ=${lambda} ttl=${ttl}`, 'Σ pᵢ·λpᵢttl/(1+λpᵢ(d+ttl))', hit, rep.map((x) => x.nodes.cache.hitRatio ?? NaN), { rel: 0.01, se: 3 });
  }
  for (const [lambda, keys, sExp, cap] of [[2000, 2000, 0.9, 200], [2000, 10_000, 1.1, 500]] as const) {
    const p = zipf(keys, sExp);
    const filled = (t: number) => p.reduce((a, pi) => a + (1 - Math.exp((-lambda * pi * t) / 1000)), 0);
    let lo = 0, hi = 1e9;
    for (let i = 0; i < 200; i++) { const m = (lo + hi) / 2; if (filled(m) < cap) lo = m; else hi = m; }
    const hit = p.reduce((a, pi) => a + pi * (1 - Math.exp((-lambda * pi * lo) / 1000)), 0);
    const rep = runSeeds(mk(lambda, keys, sExp, { ttlMs: 86_400_000, capacity: cap }), S);
    check(`cache LRU Zipf s=${sExp} ${keys} keys capacity ${cap}`, "Che: Σ pᵢ(1−e^{−λpᵢt_C})", hit, rep.map((x) => x.nodes.cache.hitRatio ?? NaN), { rel: 0.02, se: 3 });
  }
}

// DNS failover: after the active endpoint dies, each group fails for detection + the rest of its TTL: ≈ D + ttl/2.
// Counted in requests (lost ÷ rate), a group loses nothing in the gap between its answer's expiry and its next
// request (that request looks up and succeeds): at the detection a group is in its answer's life with chance
// ttl / (ttl + E[g]), with ttl/2 of it left on average, so lost ÷ rate = D + ttl² / (2·(ttl + E[g])), g the gap
// between a group's requests (resolvers ÷ rate) plus the lookup's round trip. (A group's failing *time*, gap
// included, is docs/model.md's D + E[C²]/(2E[C]), C = ttl + g; both → D + ttl/2 when g ≪ ttl.)
if (want('dns')) {
  for (const [ttl, I] of [[30_000, 1000], [10_000, 2000]] as const) {
    const D = 1 * I + 500; // a crash at a probe instant: (k − 1)·I + T, k = 2, T = 500
    const rate = 500, resolvers = 200;
    const g = (resolvers / rate) * 1000 + 5 + 2; // lookupMs 5, 1 ms each way to the dns node
    const s = scenario([
      { id: 'c', type: 'client', rate, resolvers, timeoutMs: 500 },
      { id: 'dns', type: 'dns', ttlMs: ttl, healthCheck: { intervalMs: I }, lookupMs: 5 },
      { id: 'a', type: 'server', workers: 100, serviceTimeMs: 1 },
      { id: 'b', type: 'server', workers: 100, serviceTimeMs: 1 },
    ], [{ from: 'c', to: 'dns' }, { from: 'dns', to: 'a' }, { from: 'dns', to: 'b' }],
    { durationMs: 200_000, faults: [{ atMs: 100_000, type: 'crash', target: 'a' }] });
    const rep = runSeeds(s, S);
    const lost = rep.map((x) => (x.requests.total - x.requests.succeeded) / rate);
    check(`DNS failover ttl=${ttl} I=${I}: lost ÷ rate, s`, 'D + ttl²/(2(ttl+E[g]))', (D + (ttl * ttl) / (2 * (ttl + g))) / 1000, lost, { rel: 0.02, se: 3 });
    check('  the spec\'s rule of thumb', 'D + ttl/2', (D + ttl / 2) / 1000, lost, { rel: 0.05 });
  }
}

// Alerts: errors fault rate 1 from 20 s to 40 s; errorRate > 0.35 over 10 s crosses at the 24 s scrape, fires 5 s later, resolves at 47 s.
if (want('alert')) {
  const s = scenario([{ id: 'c', type: 'client', rate: 2000, timeoutMs: 1000 }, { id: 's', type: 'server', workers: 100, serviceTimeMs: 1 }],
    [{ from: 'c', to: 's', latencyMs: 0 }], {
      durationMs: 60_000,
      faults: [{ atMs: 20_000, type: 'errors', target: 's', rate: 1, durationMs: 20_000 }],
      alerts: [
        { id: 'e', metric: 'errorRate', op: '>', threshold: 0.35, windowMs: 10_000, forMs: 5000 },
        { id: 'n', metric: 'errorRate', node: 's', op: '>', threshold: 0.35, windowMs: 10_000, forMs: 5000 },
      ],
    });
  const rep = runSeeds(s, S);
  check('alert fires (system)', 'cross 24 s + forMs 5 s', 29_000, rep.map((x) => x.alerts.find((a) => a.id === 'e')?.firedAtMs ?? NaN), { abs: 0 });
  check('alert resolves (system)', 'window share < .35 at 47 s', 47_000, rep.map((x) => x.alerts.find((a) => a.id === 'e')?.resolvedAtMs ?? NaN), { abs: 0 });
  check('alert fires (node)', 'same', 29_000, rep.map((x) => x.alerts.find((a) => a.id === 'n')?.firedAtMs ?? NaN), { abs: 0 });
  check('alert resolves (node)', 'same', 47_000, rep.map((x) => x.alerts.find((a) => a.id === 'n')?.resolvedAtMs ?? NaN), { abs: 0 });
}

// Burn rate: errors at 5 % with an SLO of 99 %: over a 10 s window the burn is 5·(t − 20)/10 while it fills and
// 5·(50 − t)/10 after the errors stop. A threshold of 3.75 is crossed between scrapes (at 27.5 s and 42.5 s), so the
// 1 s scrapes see 3.5 then 4 — far from the threshold against the noise of 50,000 requests a window: fires at 28 s,
// resolves at 43 s. (A threshold of 4 sits exactly on the 28 s and 42 s scrapes: then either scrape is right.)
if (want('burn')) {
  const s = scenario([{ id: 'c', type: 'client', rate: 5000, timeoutMs: 1000 }, { id: 's', type: 'server', workers: 100, serviceTimeMs: 1 }],
    [{ from: 'c', to: 's', latencyMs: 0 }], {
      durationMs: 60_000,
      slo: { availability: 0.99 },
      faults: [{ atMs: 20_000, type: 'errors', target: 's', rate: 0.05, durationMs: 20_000 }],
      alerts: [{ id: 'b', metric: 'burnRate', op: '>', threshold: 3.75, windowMs: 10_000 }],
    });
  const rep = runSeeds(s, S);
  check('burnRate alert fires', '5·(t−20)/10 > 3.75 at the 28 s scrape', 28_000, rep.map((x) => x.alerts[0]?.firedAtMs ?? NaN), { abs: 0 });
  check('burnRate alert resolves', '5·(50−t)/10 ≤ 3.75 at the 43 s scrape', 43_000, rep.map((x) => x.alerts[0]?.resolvedAtMs ?? NaN), { abs: 0 });
  check('errorBudgetSpent', '(1−A)/(1−slo) = (0.05·20/60)/0.01', (0.05 / 3) / 0.01, rep.map((x) => x.slo.errorBudgetSpent), { rel: 0.02 });
  check('slo.availability = availability', '', 1 - 0.05 / 3, rep.map((x) => x.slo.availability), { abs: 0.0005 });
}

summary();
