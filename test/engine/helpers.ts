// Small scenario builders for engine tests.
import type { Scenario, ScenarioNode, Link, Fault } from '../../src/scenario/types.ts';

export function scenario(nodes: ScenarioNode[], links: Link[], extra: Partial<Scenario> = {}): Scenario {
  return { format: 'nines/scenario@1', name: 'test', seed: 1, durationMs: 60_000, nodes, links, ...extra };
}

/** One client straight into one server over a zero-latency link: a textbook queue. */
export function queue(opts: { rate: number; workers: number; meanMs: number; durationMs: number; seed?: number; faults?: Fault[] }): Scenario {
  return scenario(
    [
      { id: 'c', type: 'client', rate: opts.rate, timeoutMs: 1e9 },
      { id: 's', type: 'server', workers: opts.workers, serviceTimeMs: { type: 'exponential', mean: opts.meanMs }, queueLimit: 1e6 },
    ],
    [{ from: 'c', to: 's', latencyMs: 0 }],
    { durationMs: opts.durationMs, seed: opts.seed ?? 1, faults: opts.faults ?? [] },
  );
}

/** Erlang C: probability an arrival waits in M/M/c with offered load a = λ/μ. */
export function erlangC(c: number, a: number): number {
  let term = 1, sum = 1;
  for (let k = 1; k < c; k++) {
    term *= a / k;
    sum += term;
  }
  const top = (term * a) / c / (1 - a / c);
  return top / (sum + top);
}
