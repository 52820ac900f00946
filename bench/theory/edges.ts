// Edge cases a checker tries: utilisation near 1, one and fifty workers,
// deterministic service, zero-latency links, timeouts shorter than the
// service, queue limits of 0, retries under overload, M/M/1 sojourn
// percentiles, and what the report's fields count.
import { check, erlangC, runSeeds, scenario, seeds, summary } from './lib.ts';
import type { Dist, ScenarioNode } from '../../src/scenario/index.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const only = process.env.ONLY;
const want = (name: string) => !only || only.split(',').includes(name);
const exp = (mean: number): Dist => ({ type: 'exponential', mean });
const client = (rate: number, extra: Partial<ScenarioNode> = {}): ScenarioNode => ({ id: 'c', type: 'client', rate, timeoutMs: 86_400_000, ...extra } as ScenarioNode);
const server = (workers: number, serviceTimeMs: Dist, extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id: 's', type: 'server', workers, serviceTimeMs, queueLimit: 1_000_000, ...extra } as ScenarioNode);
const zero = [{ from: 'c', to: 's', latencyMs: 0 }];

// M/M/1 at ρ = 0.95: E[T] = 1/(μ − λ) = 200 ms; the sojourn is Exp(μ − λ), so its q-quantile is −ln(1 − q)/(μ − λ).
// Near ρ = 1 the run's mean converges slowly (relaxation time ~ 1/(μ(1−√ρ)²)), hence the long run and wider tolerance.
if (want('rho95')) {
  const mu = 100, lambda = 95;
  const s = scenario([client(lambda), server(1, exp(10))], zero, { durationMs: 20_000_000 });
  const r = runSeeds(s, S);
  check('M/M/1 ρ=.95 E[T]', '1/(μ−λ)', 1000 / (mu - lambda), r.map((x) => x.latencyMs.mean), { rel: 0.06, se: 3 });
  check('M/M/1 ρ=.95 Lq', 'ρ²/(1−ρ)', 0.95 ** 2 / 0.05, r.map((x) => x.nodes.s.meanQueue), { rel: 0.06, se: 3 });
  for (const [q, f] of [[0.5, 'p50'], [0.95, 'p95'], [0.99, 'p99']] as const) {
    check(`M/M/1 ρ=.95 ${f}`, '−ln(1−q)/(μ−λ)', (-Math.log(1 - q) * 1000) / (mu - lambda), r.map((x) => x.latencyMs[f]), { rel: 0.06, se: 3 });
  }
}

// M/M/1 at ρ = 0.5: percentiles of the sojourn, −ln(1−q)/(μ−λ) (histogram within 1 %).
if (want('pct')) {
  const s = scenario([client(50), server(1, exp(10))], zero, { durationMs: 4_000_000 });
  const r = runSeeds(s, S);
  for (const [q, f] of [[0.5, 'p50'], [0.95, 'p95'], [0.99, 'p99']] as const) {
    check(`M/M/1 ρ=.5 ${f}`, '−ln(1−q)/(μ−λ)', (-Math.log(1 - q) * 1000) / 50, r.map((x) => x.latencyMs[f]), { rel: 0.02 });
  }
}

// M/M/50 at ρ = 0.95 (a = 47.5): Erlang C, Wq = C/(cμ − λ).
if (want('c50')) {
  const c = 50, mu = 50, lambda = 0.95 * c * mu;
  const C = erlangC(c, lambda / mu);
  const s = scenario([client(lambda), server(c, exp(20))], zero, { durationMs: 1_000_000 });
  const r = runSeeds(s, S);
  check('M/M/50 ρ=.95 P(wait)', 'Erlang C', C, r.map((x) => x.nodes.s.meanQueue / (lambda / 1000) / (1000 / (c * mu - lambda))), { rel: 0.06, se: 3 });
  check('M/M/50 ρ=.95 Wq', 'C/(cμ−λ)', (C / (c * mu - lambda)) * 1000, r.map((x) => x.latencyMs.mean - 20), { rel: 0.06, se: 3 });
  check('M/M/50 ρ=.95 utilization', 'λ/(cμ)', 0.95, r.map((x) => x.nodes.s.utilization), { rel: 0.01 });
}

// M/D/1 at ρ = 0.9: Wq = ρ/(2μ(1−ρ)) = 45 ms; D/D/1 (constant arrivals and service, ρ = .9): no wait at all.
if (want('md1')) {
  const s = scenario([client(90), server(1, 10)], zero, { durationMs: 4_000_000 });
  const r = runSeeds(s, S);
  check('M/D/1 ρ=.9 Wq', 'ρ/(2μ(1−ρ))', 45, r.map((x) => x.latencyMs.mean - 10), { rel: 0.05, se: 3 });
  const d = scenario([client(90, { arrival: 'constant' }), server(1, 10)], zero, { durationMs: 100_000 });
  const rd = runSeeds(d, S);
  check('D/D/1 ρ=.9 latency', 'S (no wait)', 10, rd.map((x) => x.latencyMs.max), { abs: 0.001 });
}

// Queue limit 0: M/M/1/1 blocks ρ/(1+ρ); M/M/c/c is Erlang B (queues.ts). Zero-latency links everywhere.
if (want('k0')) {
  const s = scenario([client(100), server(1, exp(10), { queueLimit: 0 })], zero, { durationMs: 1_000_000 });
  const r = runSeeds(s, S);
  check('M/M/1/1 ρ=1 blocking', 'ρ/(1+ρ)', 0.5, r.map((x) => x.requests.rejected / x.requests.total), { rel: 0.02 });
  check('  throughput', 'λ(1−B)', 50, r.map((x) => x.throughputPerSec), { rel: 0.02 });
  check('  utilization', 'λ(1−B)·E[S]', 0.5, r.map((x) => x.nodes.s.utilization), { rel: 0.02 });
}

// A timeout shorter than the service: constant 50 ms service, timeout 30 ms: every request times out,
// none succeeds, the server still does all the work (it is not cancelled).
if (want('short')) {
  const s = scenario([client(10, { timeoutMs: 30 }), server(4, 50)], zero, { durationMs: 100_000 });
  const r = runSeeds(s, S);
  check('timeout 30 ms < service 50 ms: availability', '0', 0, r.map((x) => x.availability), { abs: 0 });
  check('  timedOut share', '1', 1, r.map((x) => x.requests.timedOut / x.requests.total), { abs: 0 });
  check('  server still busy', 'λ·S/c', (10 * 0.05) / 4, r.map((x) => x.nodes.s.utilization), { rel: 0.03 });
  // Exponential service, mean 10 ms, timeout 10 ms, M/M/1 at ρ = .5: P(T > 10 ms) = e^{−(μ−λ)·0.01}.
  const e = scenario([client(50, { timeoutMs: 10 }), server(1, exp(10))], zero, { durationMs: 2_000_000 });
  const re = runSeeds(e, S);
  check('M/M/1 ρ=.5 timeout 10 ms', 'e^−(μ−λ)T', Math.exp(-0.5), re.map((x) => x.requests.timedOut / x.requests.total), { rel: 0.02 });
  // Successful latency is that of requests faster than the timeout: E[T | T ≤ τ] for T ~ Exp(θ).
  const th = 50 / 1000, tau = 10;
  const condMean = 1 / th - (tau * Math.exp(-th * tau)) / (1 - Math.exp(-th * tau));
  check('  mean latency of successes', 'E[T | T≤τ]', condMean, re.map((x) => x.latencyMs.mean), { rel: 0.02 });
}

// Retries under overload: M/M/1/K with retries that come back. With a full queue the blocking B solves
// B = blocking of M/M/1/K at offered λ·(1 + B + … + B^r) (attempts per request (1−B^{r+1})/(1−B)),
// a fixed point when the backoff decorrelates retries from the busy period (long backoff, jitter).
if (want('amplify')) {
  const mu = 100, K = 5, lambda = 90, r = 3;
  const blockK = (rho: number) => (Math.abs(rho - 1) < 1e-9 ? 1 / (K + 1) : ((1 - rho) * rho ** K) / (1 - rho ** (K + 1)));
  let B = 0.1;
  for (let i = 0; i < 200; i++) B = blockK((lambda * (1 - B ** (r + 1))) / (1 - B) / mu);
  const s = scenario([client(lambda, { timeoutMs: 10_000, retries: { max: r, backoffMs: 2000, jitter: true } }), server(1, exp(10), { queueLimit: K - 1 })], zero, { durationMs: 2_000_000 });
  const rr = runSeeds(s, S);
  check(`retry amplification M/M/1/${K} λ=${lambda} r=${r}`, '(1−B^{r+1})/(1−B), B fixed point', (1 - B ** (r + 1)) / (1 - B), rr.map((x) => x.requests.attempts / x.requests.total), { rel: 0.02 });
  check('  availability', '1 − B^{r+1}', 1 - B ** (r + 1), rr.map((x) => x.availability), { abs: 0.003 });
}

// The report counts requests by when they started: a request started just before durationMs and finished
// after it counts; throughputPerSec = succeeded ÷ durationMs; total = succeeded + failed + timedOut + rejected.
if (want('fields')) {
  const s = scenario([client(100, { arrival: 'constant', timeoutMs: 5000 }), server(100, 1000)], zero, { durationMs: 10_000 });
  const r = runSeeds(s, S);
  check('requests started within durationMs', 'rate × duration', 1000, r.map((x) => x.requests.total), { abs: 1 });
  check('  those finishing after it still succeed', 'availability 1', 1, r.map((x) => x.availability), { abs: 0 });
  check('  throughputPerSec', 'succeeded ÷ durationMs', 100, r.map((x) => x.throughputPerSec), { abs: 0.1 });
  check('  outcomes add up', 'Σ outcomes − total', 0, r.map((x) => x.requests.succeeded + x.requests.failed + x.requests.timedOut + x.requests.rejected - x.requests.total), { abs: 0 });
}

summary();
