// Common random numbers: each node and link draws from streams of its own,
// derived from the seed and its id. Two designs that differ in one part see
// the same randomness everywhere else, so their difference on one seed is the
// design's doing, not luck's — and paired comparisons need far fewer seeds.
import { describe, expect, it } from 'vitest';
import { SPAN, SpanKind, Simulation, runScenario } from '../../src/engine/index.ts';
import type { Scenario, ScenarioNode } from '../../src/scenario/types.ts';
import { scenario } from './helpers.ts';

const server = (id: string, meanMs = 20, extra: Partial<ScenarioNode> = {}): ScenarioNode =>
  ({ id, type: 'server', workers: 4, serviceTimeMs: { type: 'exponential', mean: meanMs }, ...extra }) as ScenarioNode;

/** Two clients (one Poisson, one with retries and jitter) → a balancer → servers. */
function design(servers: ScenarioNode[], seed: number, more: Partial<Scenario> = {}): Scenario {
  return scenario(
    [
      { id: 'web-users', type: 'client', rate: 150, timeoutMs: 500 },
      { id: 'api-users', type: 'client', rate: 60, timeoutMs: 200, retries: { max: 2, backoffMs: 20, jitter: true }, writeRatio: 0.3 },
      { id: 'lb', type: 'loadBalancer', algorithm: 'powerOfTwo' },
      ...servers,
    ],
    [
      { from: 'web-users', to: 'lb', latencyMs: { type: 'exponential', mean: 2 } },
      { from: 'api-users', to: 'lb', latencyMs: { type: 'exponential', mean: 2 } },
      ...servers.map((s) => ({ from: 'lb', to: s.id, latencyMs: { type: 'uniform' as const, min: 0.5, max: 1.5 } })),
    ],
    { durationMs: 20_000, seed, ...more },
  );
}

/** Each client's first-attempt send times, ms, in order (from the spans the view gets). */
function arrivals(s: Scenario): Record<string, number[]> {
  const sim = new Simulation(s, { recordSpans: true });
  sim.runToEnd();
  const spans = sim.takeSpans();
  const t = sim.topology;
  const out: Record<string, number[]> = {};
  for (let o = 0; o < spans.length; o += SPAN.size) {
    if (spans[o + SPAN.kind] !== SpanKind.request || spans[o + SPAN.direction] !== 0) continue;
    const from = t.nodeTypes[t.linkFrom[spans[o + SPAN.link]]] === 'client' ? t.nodeIds[t.linkFrom[spans[o + SPAN.link]]] : null;
    if (from) (out[from] ??= []).push(spans[o + SPAN.sentMs]);
  }
  return out;
}

describe('common random numbers', () => {
  const base = (seed: number) => design([server('s1'), server('s2')], seed);
  const variants: Record<string, (seed: number) => Scenario> = {
    'a slower server': (seed) => design([server('s1', 35), server('s2')], seed),
    'a third server behind the balancer': (seed) => design([server('s1'), server('s2'), server('s3')], seed),
    'the same nodes in another order': (seed) => {
      const s = base(seed);
      return { ...s, nodes: [...s.nodes].reverse() };
    },
  };

  for (const [name, variant] of Object.entries(variants)) {
    it(`${name} leaves requests.total and every client's arrival times unchanged, seed by seed`, () => {
      for (const seed of [1, 2, 3]) {
        const a = base(seed), b = variant(seed);
        expect(runScenario(b).requests.total, `seed ${seed}`).toBe(runScenario(a).requests.total);
        const arrivalsA = arrivals(a), arrivalsB = arrivals(b);
        expect(arrivalsA['web-users'].length).toBeGreaterThan(2000);
        expect(arrivalsB).toEqual(arrivalsA);
        // The variant is not the same run: the trace differs.
        expect(runScenario(b).traceHash).not.toBe(runScenario(a).traceHash);
      }
    });
  }

  it('another seed gives other arrivals', () => {
    expect(arrivals(base(2))['web-users']).not.toEqual(arrivals(base(1))['web-users']);
  });
});

const sd = (xs: number[]): number => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

/** Over 20 seeds: the spread of B − A per seed (paired), and what it would be for independent runs. */
function spreads(a: (seed: number) => number, b: (seed: number) => number): { paired: number; unpaired: number } {
  const xs: number[] = [], ys: number[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    xs.push(a(seed));
    ys.push(b(seed));
  }
  return { paired: sd(ys.map((y, i) => y - xs[i])), unpaired: Math.sqrt(sd(xs) ** 2 + sd(ys) ** 2) };
}

describe('a paired A/B difference', () => {
  it('in mean latency (one server 10 % slower) spreads far less than unpaired runs would', () => {
    // Round-robin sends the same requests to the same server on both sides.
    const roundRobin = (s: Scenario): Scenario => ({ ...s, nodes: s.nodes.map((n) => (n.type === 'loadBalancer' ? { ...n, algorithm: 'roundRobin' } : n)) });
    const latency = (meanMs: number) => (seed: number) => runScenario(roundRobin(design([server('s1', meanMs), server('s2')], seed))).latencyMs.mean;
    const { paired, unpaired } = spreads(latency(20), latency(22));
    expect(paired).toBeLessThan(0.35 * unpaired);
  });

  it('in availability (servers failing 1 % or 1.5 % of requests, with random crashes) spreads far less than unpaired runs would', () => {
    // Crashes dominate each run's availability and are the same on both sides
    // of a pair; what differs is only the servers' own error share. (An effect
    // that itself varies with the crashes, such as a health-check interval,
    // has a spread of its own that no pairing removes.)
    const failure = { mtbfMs: 15_000, mttrMs: 3_000 };
    const availability = (errorRate: number) => (seed: number) => runScenario(design(
      ['s1', 's2', 's3'].map((id) => server(id, 20, { failure, errorRate } as Partial<ScenarioNode>)),
      seed,
      { durationMs: 60_000 },
    )).availability;
    const { paired, unpaired } = spreads(availability(0.01), availability(0.015));
    expect(paired).toBeLessThan(0.35 * unpaired);
  });
});
