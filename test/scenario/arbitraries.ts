// fast-check arbitraries for valid scenarios: random topologies whose every
// reference points at something of the right kind, so property tests can
// assume validity and probe what happens to it (encode/decode, engine runs).
import * as fc from 'fast-check';
import type { AlertRule, Cluster, Dist, Fault, Link, ScenarioNode, Scenario } from '../../src/scenario/types.ts';

/** Never -0: JSON has no negative zero, so it could not survive a round trip. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);
const int = (min: number, max: number) => fc.integer({ min, max });
const rate = () => num(0, 1);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);

export const distArb: fc.Arbitrary<Dist> = fc.oneof(
  num(0, 1000),
  fc.record({ type: fc.constant('constant' as const), value: num(0, 1000) }),
  fc.record({ type: fc.constant('exponential' as const), mean: num(0.001, 1000) }),
  fc.tuple(num(0, 500), num(0, 500)).map(([a, b]) => ({ type: 'uniform' as const, min: Math.min(a, b), max: Math.max(a, b) })),
  fc.record({ type: fc.constant('normal' as const), mean: num(0, 500), stddev: num(0, 100) }),
  fc.tuple(num(0.01, 100), num(1.01, 10)).map(([median, k]) => ({ type: 'lognormal' as const, median, p99: median * k })),
);

/** Any Unicode text (graphemes may take 2+ UTF-16 units, hence the small counts). */
const text = (maxGraphemes: number) => fc.string({ unit: 'grapheme', maxLength: maxGraphemes });

const common = {
  label: text(15),
  x: num(-2000, 2000),
  y: num(-2000, 2000),
  zone: fc.constantFrom('zone-a', 'zone-b', 'zone-c'),
  failure: fc.record({ mtbfMs: num(1, 1e9), mttrMs: num(1, 1e7) }),
};
/** Every key optional: absent, never present-but-undefined, as in a real file. */
const opts = { requiredKeys: [] as [] };

/** A node without its id (typed loosely: Omit over a union would collapse it). */
const nodeBody: fc.Arbitrary<object> = fc.oneof(
  fc.record(
    {
      ...common,
      type: fc.constant('client' as const),
      rate: num(0, 1000),
      arrival: fc.constantFrom('poisson' as const, 'constant' as const),
      timeoutMs: num(1, 10_000),
      retries: fc.record({ max: int(0, 10), backoffMs: num(0, 1000), jitter: fc.boolean(), budget: rate() }, { requiredKeys: ['max'] }),
      writeRatio: rate(),
      keys: int(1, 10_000),
    },
    opts,
  ).map((n) => ({ ...n, type: 'client' as const })),
  fc.record(
    {
      ...common,
      type: fc.constant('loadBalancer' as const),
      algorithm: fc.constantFrom('roundRobin', 'weightedRoundRobin', 'leastConnections', 'random', 'powerOfTwo', 'consistentHash', 'failover'),
      healthCheck: fc.record(
        { intervalMs: num(100, 10_000), timeoutMs: num(1, 5000), unhealthyThreshold: int(1, 5), healthyThreshold: int(1, 5), deep: fc.boolean() },
        opts,
      ),
      failOpen: fc.boolean(),
      processingMs: distArb,
      timeoutMs: num(1, 60_000),
    },
    opts,
  ).map((n) => ({ ...n, type: 'loadBalancer' as const })),
  fc.record(
    {
      ...common,
      type: fc.constant('server' as const),
      workers: int(1, 64),
      serviceTimeMs: distArb,
      queueLimit: int(0, 5000),
      errorRate: rate(),
      callTimeoutMs: num(1, 10_000),
      shedExpired: fc.boolean(),
    },
    opts,
  ).map((n) => ({ ...n, type: 'server' as const })),
  fc.record(
    { ...common, type: fc.constant('database' as const), workers: int(1, 64), serviceTimeMs: distArb, queueLimit: int(0, 5000), errorRate: rate() },
    opts,
  ).map((n) => ({ ...n, type: 'database' as const })),
);

/** Drops keys whose value is undefined: an absent optional field, as in a file. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function withReferences(nodes: ScenarioNode[]): fc.Arbitrary<Scenario> {
  const ids = nodes.map((n) => n.id);
  const receivers = nodes.filter((n) => n.type !== 'client').map((n) => n.id);
  const clients = nodes.filter((n) => n.type === 'client').map((n) => n.id);
  const databases = nodes.filter((n) => n.type === 'database').map((n) => n.id);
  const zones = [...new Set(nodes.flatMap((n) => (n.zone ? [n.zone] : [])))];

  const pairs = ids.flatMap((from) => receivers.filter((to) => to !== from).map((to) => [from, to] as const));
  const linksArb: fc.Arbitrary<Link[]> =
    pairs.length === 0
      ? fc.constant([])
      : fc.uniqueArray(fc.constantFrom(...pairs), { maxLength: 12, selector: ([f, t]) => `${f}->${t}` }).chain((chosen) =>
          fc.tuple(
            ...chosen.map(([from, to]) =>
              fc.record({ latencyMs: distArb, lossRate: rate(), weight: num(0, 10) }, opts).map((l) => ({ from, to, ...l })),
            ),
          ),
        );

  // Disjoint clusters: shuffle the databases and cut them into runs.
  const clustersArb: fc.Arbitrary<Cluster[]> = fc.shuffledSubarray(databases).map((dbs) => {
    const clusters: Cluster[] = [];
    for (let i = 0; i < dbs.length; i += 3) clusters.push({ id: `cluster-${i}`, members: dbs.slice(i, i + 3), replication: 'async' });
    return clusters;
  });

  return fc.tuple(linksArb, clustersArb).chain(([links, clusters]) => {
    const linkIds = links.map((l) => `${l.from}->${l.to}`);
    const members = clusters.flatMap((c) => c.members);
    const at = { atMs: num(0, 60_000), durationMs: maybe(num(1, 30_000)) };
    // Faults are built with durationMs possibly undefined; compact() drops it.
    const faultArbs: fc.Arbitrary<Fault>[] = [
      fc.record({ ...at, type: fc.constant('crash' as const), target: fc.constantFrom(...ids) }),
      fc.record({ ...at, type: fc.constant('slow' as const), target: fc.constantFrom(...ids), factor: num(0.1, 100) }),
      fc.record({ ...at, type: fc.constant('errors' as const), target: fc.constantFrom(...ids), rate: rate() }),
      fc.record({ ...at, type: fc.constant('drain' as const), target: fc.constantFrom(...ids) }),
      fc.record({ ...at, type: fc.constant('partition' as const), groups: fc.constant<string[][]>([[ids[0]]]) }),
    ];
    if (zones.length > 0) faultArbs.push(fc.record({ ...at, type: fc.constant('zoneOutage' as const), target: fc.constantFrom(...zones) }));
    if (linkIds.length > 0) {
      faultArbs.push(fc.record({ ...at, type: fc.constant('latency' as const), target: fc.constantFrom(...linkIds), addMs: num(0, 1000) }));
      faultArbs.push(fc.record({ ...at, type: fc.constant('loss' as const), target: fc.constantFrom(...linkIds), rate: rate() }));
      faultArbs.push(fc.record({ ...at, type: fc.constant('partition' as const), target: fc.constantFrom(...linkIds) }));
    }
    if (clients.length > 0) faultArbs.push(fc.record({ ...at, type: fc.constant('surge' as const), target: fc.constantFrom(...clients), factor: num(0, 50) }));
    if (members.length > 0) faultArbs.push(fc.record({ ...at, type: fc.constant('promote' as const), target: fc.constantFrom(...members) }));

    const alertArb: fc.Arbitrary<AlertRule> = fc.record(
      {
        id: idArb,
        metric: fc.constantFrom('availability', 'errorRate', 'latencyP50', 'latencyP99', 'throughput', 'queueDepth', 'utilization', 'replicationLagMs', 'up'),
        node: fc.constantFrom(...ids),
        op: fc.constantFrom('>', '>=', '<', '<='),
        threshold: num(-1e6, 1e6),
        forMs: num(0, 10_000),
        windowMs: num(1, 60_000),
      },
      { requiredKeys: ['id', 'metric', 'op', 'threshold'] },
    );

    return fc.record(
      {
        format: fc.constant('nines/scenario@1' as const),
        name: text(30),
        description: text(300),
        seed: fc.integer({ min: 0, max: 0xffff_ffff }),
        durationMs: num(1, 120_000),
        nodes: fc.constant(nodes),
        links: fc.constant(links),
        clusters: fc.constant(clusters),
        faults: fc.array(fc.oneof(...faultArbs).map(compact), { maxLength: 6 }),
        alerts: fc.uniqueArray(alertArb, { maxLength: 3, selector: (a) => a.id }),
        slo: fc.record({ availability: rate(), latencyMs: num(1, 5000), percentile: num(1, 100) }, opts),
        monitoring: fc.record({ scrapeIntervalMs: num(100, 5000) }, opts),
        meta: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.oneof(text(10), fc.integer(), fc.boolean(), fc.constant(null))),
      },
      // links and clusters always present: faults above may refer to them.
      { requiredKeys: ['format', 'name', 'nodes', 'links', 'clusters'] },
    );
  });
}

/** A valid scenario of 1–8 nodes with links, clusters, faults and alerts that all refer to real things. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 8 })
  .chain((ids) => fc.tuple(...ids.map((id) => nodeBody.map((body) => ({ ...body, id }) as ScenarioNode))))
  .chain(withReferences);
