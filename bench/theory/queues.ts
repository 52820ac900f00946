// Queueing probes: closed forms of M/M/1, M/M/c, M/G/1, M/M/1/K, Erlang B,
// Little's law, against the engine, several seeds each.
import { check, erlangC, runSeeds, scenario, seeds, summary } from './lib.ts';
import type { Dist, ScenarioNode } from '../../src/scenario/index.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const exp = (mean: number): Dist => ({ type: 'exponential', mean });
const client = (id: string, rate: number, extra: Partial<ScenarioNode> = {}): ScenarioNode => ({ id, type: 'client', rate, timeoutMs: 86_400_000, ...extra } as ScenarioNode);
const server = (id: string, workers: number, serviceTimeMs: Dist, extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id, type: 'server', workers, serviceTimeMs, queueLimit: 1_000_000, ...extra } as ScenarioNode);

// 1. M/M/1 ρ = 0.5 with exponential link latency (mean 5 ms each way): T = 1/(μ−λ) + 2·5 ms.
{
  const s = scenario([client('c', 50), server('s', 1, exp(10))], [{ from: 'c', to: 's', latencyMs: exp(5) }], { durationMs: 4_000_000 });
  const r = runSeeds(s, S);
  check('M/M/1 ρ=.5 + exp link 5ms', 'E[T]=1/(μ−λ)+2·E[lat]', 30, r.map((x) => x.latencyMs.mean), { rel: 0.03 });
  check('M/M/1 ρ=.5 utilization', 'ρ', 0.5, r.map((x) => x.nodes.s.utilization), { rel: 0.01 });
  check('M/M/1 ρ=.5 meanQueue', 'Lq=ρ²/(1−ρ)', 0.5, r.map((x) => x.nodes.s.meanQueue), { rel: 0.05 });
}

// 2. M/M/4, μ = 50/s (the default server), λ = 160/s: mean wait and p99 of the sojourn.
{
  const c = 4, mu = 50, lambda = 160, theta = c * mu - lambda;
  const C = erlangC(c, lambda / mu);
  const s = scenario([client('c', lambda), { id: 's', type: 'server', queueLimit: 100000 }], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 3_000_000 });
  const r = runSeeds(s, S);
  check('M/M/4 ρ=.8 (default server)', 'Wq=C(c,a)/(cμ−λ)', (C / theta) * 1000, r.map((x) => x.latencyMs.mean - 20), { rel: 0.06 });
  // P(T > t) = (1−C)e^{−μt} + C(θe^{−μt} − μe^{−θt})/(θ−μ)
  const tail = (t: number) => (1 - C) * Math.exp(-mu * t) + (C * (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t))) / (theta - mu);
  const solve = (p: number) => { let lo = 0, hi = 10; for (let i = 0; i < 100; i++) { const m = (lo + hi) / 2; if (tail(m) > p) lo = m; else hi = m; } return lo * 1000; };
  check('M/M/4 ρ=.8 p99 sojourn', 'P(W+S>t)=0.01', solve(0.01), r.map((x) => x.latencyMs.p99), { rel: 0.04 });
  check('M/M/4 ρ=.8 p50 sojourn', 'P(W+S>t)=0.5', solve(0.5), r.map((x) => x.latencyMs.p50), { rel: 0.03 });
  check('M/M/4 ρ=.8 utilization', 'λ/(cμ)', 0.8, r.map((x) => x.nodes.s.utilization), { rel: 0.01 });
}

// 3. Three Poisson clients merge into one Poisson stream: M/M/1 λ = 80.
{
  const s = scenario([client('a', 20), client('b', 30), client('c', 30), server('s', 1, exp(10))],
    ['a', 'b', 'c'].map((f) => ({ from: f, to: 's', latencyMs: 0 })), { durationMs: 3_000_000 });
  const r = runSeeds(s, S);
  check('3 clients → M/M/1 λ=80', 'E[T]=1/(μ−λ)', 50, r.map((x) => x.latencyMs.mean), { rel: 0.06 });
}

// 4. M/G/1 (Pollaczek–Khinchine): uniform, normal, lognormal service times.
{
  const pk = (lambdaPerMs: number, es: number, es2: number) => es + (lambdaPerMs * es2) / (2 * (1 - lambdaPerMs * es));
  const cases: [string, Dist, number, number, number][] = [
    ['uniform[0,20]', { type: 'uniform', min: 0, max: 20 }, 80, 10, 400 / 3],
    ['normal(10,2)', { type: 'normal', mean: 10, stddev: 2 }, 80, 10, 104],
  ];
  const sig = Math.log(5) / 2.3263478740408408;
  cases.push(['lognormal(med 8, p99 40)', { type: 'lognormal', median: 8, p99: 40 }, 60, 8 * Math.exp(sig * sig / 2), 64 * Math.exp(2 * sig * sig)]);
  for (const [name, dist, lambda, es, es2] of cases) {
    const s = scenario([client('c', lambda), server('s', 1, dist)], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 3_000_000 });
    const r = runSeeds(s, S);
    check(`M/G/1 ${name} λ=${lambda}`, 'E[T]=E[S]+λE[S²]/(2(1−ρ))', pk(lambda / 1000, es, es2), r.map((x) => x.latencyMs.mean), { rel: 0.05 });
  }
}

// 5. M/D/1 at ρ = 0.5: Wq = ρ/(2μ(1−ρ)) = 5 ms.
{
  const s = scenario([client('c', 50), server('s', 1, 10)], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 3_000_000 });
  const r = runSeeds(s, S);
  check('M/D/1 ρ=.5', 'Wq=ρ/(2μ(1−ρ))', 5, r.map((x) => x.latencyMs.mean - 10), { rel: 0.04 });
}

// 6. M/M/1/K overloaded (ρ = 1.25, K = 10) and Erlang B (M/M/5/5, a = 4).
{
  const rho = 1.25, K = 10;
  const s = scenario([client('c', 125), server('s', 1, exp(10), { queueLimit: K - 1 })], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 2_000_000 });
  const r = runSeeds(s, S);
  check('M/M/1/10 ρ=1.25 blocking', '(1−ρ)ρ^K/(1−ρ^(K+1))', ((1 - rho) * rho ** K) / (1 - rho ** (K + 1)), r.map((x) => x.requests.rejected / x.requests.total), { rel: 0.03 });
  let b = 1;
  for (let k = 1; k <= 5; k++) b = (4 * b) / (k + 4 * b);
  const s2 = scenario([client('c', 200), server('s', 5, exp(20), { queueLimit: 0 })], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 2_000_000 });
  const r2 = runSeeds(s2, S);
  check('Erlang B M/M/5/5 a=4', 'B(5,4)', b, r2.map((x) => x.requests.rejected / x.requests.total), { rel: 0.03 });
}

// 6b. M/M/c/K: c = 3, K = 6 (queueLimit 3), a = λ/μ = 3.3: p_n ∝ aⁿ/n! (n ≤ c), a^n/(c!·c^{n−c}) (n > c); blocking p_K.
{
  const c = 3, K = 6, a = 3.3;
  const w = Array.from({ length: K + 1 }, (_, n) => {
    let f = 1;
    for (let i = 1; i <= Math.min(n, c); i++) f *= i;
    return a ** n / (f * c ** Math.max(0, n - c));
  });
  const z = w.reduce((x, y) => x + y, 0);
  const s = scenario([client('c', 165), server('s', c, exp(20), { queueLimit: K - c })], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 2_000_000 });
  const r = runSeeds(s, S);
  check('M/M/3/6 a=3.3 blocking', 'p_K', w[K] / z, r.map((x) => x.requests.rejected / x.requests.total), { rel: 0.03 });
  const lq = w.reduce((acc, p, n) => acc + (Math.max(0, n - c) * p) / z, 0);
  check('M/M/3/6 a=3.3 Lq', 'Σ (n−c)·p_n', lq, r.map((x) => x.nodes.s.meanQueue), { rel: 0.03 });
}

// 7. Little's law at every node: client → lb → server (2 workers) → database (1 worker).
{
  const s = scenario([
    client('c', 40),
    { id: 'lb', type: 'loadBalancer', processingMs: 2 },
    server('web', 2, exp(10)),
    { id: 'db', type: 'database', workers: 1, serviceTimeMs: exp(5), queueLimit: 100000 },
  ], [{ from: 'c', to: 'lb', latencyMs: 1 }, { from: 'lb', to: 'web', latencyMs: 1 }, { from: 'web', to: 'db', latencyMs: 2 }], { durationMs: 3_000_000 });
  const r = runSeeds(s, S);
  // The web has 2 workers, so at most 2 requests reach the database at once:
  // its arrivals are not Poisson and its queue is not M/M/1's. Little's law
  // holds whatever the arrivals: busy = λ·E[S], waiting = λ·Wq, and the
  // end-to-end mean is the fixed delays plus both waits.
  check('Little db: busy = λ·E[S]', 'L_busy=λE[S]', 0.2, r.map((x) => x.nodes.db.utilization), { rel: 0.02 });
  // A web worker is held for its service, the db round trip and the db's sojourn (5 ms + its wait).
  const wqDb = (x: (typeof r)[number]) => (x.nodes.db.meanQueue / 40) * 1000;
  check('Little web: busy workers = λ·hold', 'c·U=λ(S+RTT+S_db+Wq_db)', meanOf(r.map((x) => (40 * (10 + 4 + 5 + wqDb(x))) / 1000)),
    r.map((x) => x.nodes.web.utilization * 2), { rel: 0.01 });
  // E[T] = 6 ms of links and lb + 10 + 4 + 5 ms + Wq_web + Wq_db, so Lq_web + Lq_db = λ(E[T] − 25 ms).
  check('Little end to end: ΣLq = λ(E[T]−fixed)', 'ΣLq=λ(E[T]−25ms)', meanOf(r.map((x) => (40 * (x.latencyMs.mean - 25)) / 1000)),
    r.map((x) => x.nodes.web.meanQueue + x.nodes.db.meanQueue), { rel: 0.02 });
}

function meanOf(xs: number[]): number { return xs.reduce((a, b) => a + b, 0) / xs.length; }

summary();
