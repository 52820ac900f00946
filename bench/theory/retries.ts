// Retries, budgets, timeouts, loss: closed forms against the engine.
import { check, runSeeds, scenario, seeds, summary } from './lib.ts';

const N = Number(process.env.SEEDS ?? 5);
const S = seeds(N);
const only = process.env.ONLY;
const want = (name: string) => !only || only.split(',').includes(name);
const attemptsFormula = (p: number, r: number) => (1 - p ** (r + 1)) / (1 - p);

if (want('attempts')) {
  for (const [p, r] of [[0.3, 3], [0.5, 2], [0.1, 5]] as const) {
    const s = scenario([
      { id: 'c', type: 'client', rate: 200, timeoutMs: 1000, retries: { max: r, backoffMs: 5, jitter: true } },
      { id: 's', type: 'server', workers: 100, serviceTimeMs: 1, errorRate: p },
    ], [{ from: 'c', to: 's' }], { durationMs: 300_000 });
    const rep = runSeeds(s, S);
    check(`attempts/request errorRate p=${p} r=${r}`, '(1−p^(r+1))/(1−p)', attemptsFormula(p, r), rep.map((x) => x.requests.attempts / x.requests.total), { rel: 0.01 });
    check(`  availability`, '1−p^(r+1)', 1 - p ** (r + 1), rep.map((x) => x.availability), { abs: 0.003 });
  }
}

// Loss on a link either way: an attempt fails with q = 1 − (1 − l)² (a lost request or a lost answer); timeouts retried.
if (want('loss')) {
  for (const [l, r] of [[0.1, 2], [0.3, 3]] as const) {
    const q = 1 - (1 - l) ** 2;
    const s = scenario([
      { id: 'c', type: 'client', rate: 100, timeoutMs: 100, retries: { max: r, backoffMs: 10, jitter: false } },
      { id: 's', type: 'server', workers: 100, serviceTimeMs: 1 },
    ], [{ from: 'c', to: 's', lossRate: l, latencyMs: { type: 'exponential', mean: 5 } }], { durationMs: 300_000 });
    const rep = runSeeds(s, S);
    check(`attempts/request link loss ${l} r=${r}`, 'q=1−(1−l)²; (1−q^(r+1))/(1−q)', attemptsFormula(q, r), rep.map((x) => x.requests.attempts / x.requests.total), { rel: 0.01 });
    check(`  timed out share`, 'q^(r+1)', q ** (r + 1), rep.map((x) => x.requests.timedOut / x.requests.total), { rel: 0.05, });
  }
  // A loss fault combines with the link's own loss as independent chances.
  const s = scenario([
    { id: 'c', type: 'client', rate: 200, timeoutMs: 100 },
    { id: 's', type: 'server', workers: 100, serviceTimeMs: 1 },
  ], [{ from: 'c', to: 's', lossRate: 0.1 }], { durationMs: 200_000, faults: [{ atMs: 0, type: 'loss', target: 'c->s', rate: 0.2 }] });
  const rep = runSeeds(s, S);
  const each = 1 - 0.9 * 0.8;
  check('link loss 0.1 + loss fault 0.2', '1−(1−(1−.9·.8))²', 1 - (1 - each) ** 2, rep.map((x) => x.requests.timedOut / x.requests.total), { rel: 0.02 });
}

// A retry budget b: retries ≈ b × requests in steady failure (the bucket holds 10).
if (want('budget')) {
  for (const b of [0.1, 0.25]) {
    const s = scenario([
      { id: 'c', type: 'client', rate: 200, timeoutMs: 1000, retries: { max: 3, backoffMs: 5, budget: b } },
      { id: 's', type: 'server', workers: 100, serviceTimeMs: 1, errorRate: 1 },
    ], [{ from: 'c', to: 's' }], { durationMs: 100_000 });
    const rep = runSeeds(s, S);
    check(`retry budget ${b}, everything fails`, 'retries/request → b', b, rep.map((x) => x.requests.attempts / x.requests.total - 1), { rel: 0.01 });
  }
  // With failures rarer than the budget, the budget never binds.
  const s = scenario([
    { id: 'c', type: 'client', rate: 200, timeoutMs: 1000, retries: { max: 3, backoffMs: 5, budget: 0.5 } },
    { id: 's', type: 'server', workers: 100, serviceTimeMs: 1, errorRate: 0.2 },
  ], [{ from: 'c', to: 's' }], { durationMs: 100_000 });
  const rep = runSeeds(s, S);
  check('retry budget 0.5 with p=0.2 (not binding)', '(1−p^4)/(1−p)', attemptsFormula(0.2, 3), rep.map((x) => x.requests.attempts / x.requests.total), { rel: 0.01 });
}

// Timeouts: M/M/1 sojourn is Exp(μ−λ); with a constant link latency L each way the
// answer arrives at sojourn + 2L, so P(timeout) = e^−(μ−λ)(T−2L).
if (want('timeout')) {
  for (const [lambda, mu, T, L] of [[50, 100, 60, 5], [90, 100, 300, 10]] as const) {
    const s = scenario([
      { id: 'c', type: 'client', rate: lambda, timeoutMs: T },
      { id: 's', type: 'server', workers: 1, serviceTimeMs: { type: 'exponential', mean: 1000 / mu }, queueLimit: 1e6 },
    ], [{ from: 'c', to: 's', latencyMs: L }], { durationMs: 4_000_000 });
    const rep = runSeeds(s, S);
    check(`M/M/1 timeout λ=${lambda} μ=${mu} T=${T} L=${L}`, 'e^−(μ−λ)(T−2L)', Math.exp(-(mu - lambda) * (T - 2 * L) / 1000), rep.map((x) => x.requests.timedOut / x.requests.total), { rel: 0.06 });
  }
}

// A client with two links alternates them; a retry goes to the other: with one of two servers
// always failing (errorRate 1), r = 1 retry gives availability 1, attempts 1.5.
if (want('twolinks')) {
  const s = scenario([
    { id: 'c', type: 'client', rate: 100, timeoutMs: 1000, retries: { max: 1, backoffMs: 0 } },
    { id: 'good', type: 'server', workers: 50, serviceTimeMs: 1 },
    { id: 'bad', type: 'server', workers: 50, serviceTimeMs: 1, errorRate: 1 },
  ], [{ from: 'c', to: 'good' }, { from: 'c', to: 'bad' }], { durationMs: 100_000 });
  const rep = runSeeds(s, S);
  check('2 links, one always failing, 1 retry: availability', '1', 1, rep.map((x) => x.availability), { abs: 0 });
  check('  attempts/request', '1.5', 1.5, rep.map((x) => x.requests.attempts / x.requests.total), { abs: 0.002 });
}

// Backoff: the k-th retry (k = 0, 1, …) waits backoffMs·2^k, or uniform on [0, that] with jitter. With
// constant 1 ms service over 0 ms links and errorRate p, a request that succeeds on attempt j + 1 took
// (j + 1)·1 ms + Σ_{k<j} wait_k: the mean latency of successes is Σ_j p^j(1−p)·that ÷ (1 − p^{r+1}).
if (want('backoff')) {
  for (const jitter of [false, true]) {
    const p = 0.5, r = 3, b = 100;
    const s = scenario([
      { id: 'c', type: 'client', rate: 100, timeoutMs: 1000, retries: { max: r, backoffMs: b, jitter } },
      { id: 's', type: 'server', workers: 100, serviceTimeMs: 1, errorRate: p },
    ], [{ from: 'c', to: 's', latencyMs: 0 }], { durationMs: 300_000 });
    let num = 0;
    for (let j = 0; j <= r; j++) {
      let waits = 0;
      for (let k = 0; k < j; k++) waits += (b * 2 ** k) / (jitter ? 2 : 1);
      num += p ** j * (1 - p) * (j + 1 + waits);
    }
    const rep = runSeeds(s, S);
    check(`backoff ${b}·2^k${jitter ? ' full jitter' : ''}: mean latency`, 'Σ p^j(1−p)(j+1+Σ wait_k)/(1−p^{r+1})', num / (1 - p ** (r + 1)), rep.map((x) => x.latencyMs.mean), { rel: 0.02 });
  }
}

// A server's dependency call times out after callTimeoutMs: web (no wait) → db M/M/1 at ρ = .5 over 0 ms links.
// The db's sojourn is Exp(μ − λ) and its work goes on after the timeout, so P(fail) = e^{−(μ−λ)·callTimeout}.
if (want('calltimeout')) {
  const s = scenario([
    { id: 'c', type: 'client', rate: 50, timeoutMs: 1000 },
    { id: 'web', type: 'server', workers: 100, serviceTimeMs: 1, callTimeoutMs: 20 },
    { id: 'db', type: 'database', workers: 1, serviceTimeMs: { type: 'exponential', mean: 10 }, queueLimit: 1e6 },
  ], [{ from: 'c', to: 'web', latencyMs: 0 }, { from: 'web', to: 'db', latencyMs: 0 }], { durationMs: 2_000_000 });
  const rep = runSeeds(s, S);
  check('dependency callTimeout 20 ms, db M/M/1 ρ=.5', '1 − e^−(μ−λ)·20ms', 1 - Math.exp(-1), rep.map((x) => x.availability), { rel: 0.01 });
  check('  counted as failed (an error), not timedOut', 'failed share e^−1', Math.exp(-1), rep.map((x) => x.requests.failed / x.requests.total), { rel: 0.02 });
}

summary();
