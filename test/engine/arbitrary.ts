// fast-check arbitraries for whole scenarios the engine can run: random
// topologies (clients → [dns →] balancers → servers → [cache →] databases,
// servers → [queue → consumer]), parameters, breakers, Zipf keys, and faults
// of every type, kept small so hundreds of runs stay quick.
import fc from 'fast-check';
import type { Dist, Fault, Link, Scenario, ScenarioNode } from '../../src/scenario/types.ts';

const dist: fc.Arbitrary<Dist> = fc.oneof(
  fc.double({ min: 0, max: 30, noNaN: true }),
  fc.record({ type: fc.constant('exponential' as const), mean: fc.double({ min: 0.1, max: 30, noNaN: true }) }),
  fc.record({ type: fc.constant('uniform' as const), min: fc.constant(1), max: fc.double({ min: 1, max: 40, noNaN: true }) }),
  fc.record({ type: fc.constant('normal' as const), mean: fc.double({ min: 0, max: 30, noNaN: true }), stddev: fc.double({ min: 0, max: 10, noNaN: true }) }),
  fc.record({ type: fc.constant('lognormal' as const), median: fc.constant(5), p99: fc.double({ min: 6, max: 100, noNaN: true }) }),
);

const algorithms = ['roundRobin', 'weightedRoundRobin', 'leastConnections', 'random', 'powerOfTwo', 'consistentHash', 'failover'] as const;

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    clients: fc.integer({ min: 1, max: 2 }),
    balancers: fc.integer({ min: 0, max: 2 }),
    servers: fc.integer({ min: 1, max: 5 }),
    databases: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    durationMs: fc.integer({ min: 500, max: 4000 }),
    cache: fc.boolean(),
    queue: fc.boolean(),
    dns: fc.boolean(),
  })
  .chain((shape) => {
    const ids = {
      clients: Array.from({ length: shape.clients }, (_, i) => `c${i}`),
      balancers: Array.from({ length: shape.balancers }, (_, i) => `lb${i}`),
      servers: Array.from({ length: shape.servers }, (_, i) => `s${i}`),
      databases: Array.from({ length: shape.databases }, (_, i) => `db${i}`),
    };
    // A cache fronts the first database; a queue feeds a consumer server of its own; DNS fronts the clients.
    const cacheId = shape.cache && shape.databases > 0 ? 'cache0' : undefined;
    const queueIds = shape.queue ? ['q0', 'consumer0'] : [];
    const dnsId = shape.dns ? 'dns0' : undefined;
    const zone = fc.option(fc.constantFrom('a', 'b'), { nil: undefined });
    const breaker = fc.option(fc.record({
      failureRate: fc.double({ min: 0.05, max: 1, noNaN: true }), minCalls: fc.integer({ min: 1, max: 20 }),
      windowMs: fc.integer({ min: 50, max: 2000 }), openMs: fc.integer({ min: 10, max: 1000 }), halfOpenCalls: fc.integer({ min: 1, max: 4 }),
    }), { nil: undefined });
    const client = (id: string) => fc.record({
      id: fc.constant(id), type: fc.constant('client' as const), zone,
      rate: fc.integer({ min: 1, max: 300 }), arrival: fc.constantFrom('poisson' as const, 'constant' as const),
      timeoutMs: fc.integer({ min: 20, max: 800 }), writeRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      retries: fc.record({ max: fc.integer({ min: 0, max: 3 }), backoffMs: fc.integer({ min: 0, max: 100 }), jitter: fc.boolean(), budget: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }),
      keys: fc.integer({ min: 1, max: 200 }),
      keyDistribution: fc.oneof(fc.constant('uniform' as const), fc.record({ type: fc.constant('zipf' as const), s: fc.double({ min: 0.1, max: 3, noNaN: true }) })),
      resolvers: fc.integer({ min: 1, max: 20 }),
      circuitBreaker: breaker,
    });
    const balancer = (id: string) => fc.record({
      id: fc.constant(id), type: fc.constant('loadBalancer' as const), zone, algorithm: fc.constantFrom(...algorithms),
      failOpen: fc.boolean(), processingMs: dist,
      healthCheck: fc.option(fc.record({ intervalMs: fc.integer({ min: 100, max: 1000 }), timeoutMs: fc.integer({ min: 10, max: 500 }), unhealthyThreshold: fc.integer({ min: 1, max: 3 }), healthyThreshold: fc.integer({ min: 1, max: 3 }), deep: fc.boolean() }), { nil: undefined }),
    });
    const worker = (id: string, type: 'server' | 'database') => fc.record({
      id: fc.constant(id), type: fc.constant(type), zone, workers: fc.integer({ min: 1, max: 8 }), serviceTimeMs: dist,
      queueLimit: fc.integer({ min: 0, max: 50 }), errorRate: fc.double({ min: 0, max: 0.2, noNaN: true }),
      failure: fc.option(fc.record({ mtbfMs: fc.integer({ min: 200, max: 5000 }), mttrMs: fc.integer({ min: 50, max: 1000 }) }), { nil: undefined }),
      ...(type === 'server' ? { circuitBreaker: breaker } : {}),
    });
    const cacheNode = (id: string) => fc.record({
      id: fc.constant(id), type: fc.constant('cache' as const), zone, ttlMs: fc.integer({ min: 1, max: 2000 }), capacity: fc.integer({ min: 1, max: 100 }),
      serviceTimeMs: dist, workers: fc.integer({ min: 1, max: 50 }), queueLimit: fc.integer({ min: 0, max: 50 }), coalesce: fc.boolean(),
    });
    const queueNode = (id: string) => fc.record({
      id: fc.constant(id), type: fc.constant('queue' as const), zone, capacity: fc.integer({ min: 1, max: 500 }), serviceTimeMs: dist,
      visibilityTimeoutMs: fc.integer({ min: 10, max: 1000 }), maxReceives: fc.integer({ min: 1, max: 4 }), durable: fc.boolean(),
    });
    const dnsNode = (id: string) => fc.record({
      id: fc.constant(id), type: fc.constant('dns' as const), zone, policy: fc.constantFrom('failover' as const, 'weighted' as const, 'roundRobin' as const),
      ttlMs: fc.integer({ min: 1, max: 2000 }), lookupMs: dist,
      healthCheck: fc.record({ intervalMs: fc.integer({ min: 100, max: 1000 }), timeoutMs: fc.integer({ min: 10, max: 500 }), unhealthyThreshold: fc.integer({ min: 1, max: 3 }) }),
    });
    const none = fc.constant([] as ScenarioNode[]);
    const nodes = fc.tuple(
      fc.tuple(...ids.clients.map(client)),
      ids.balancers.length ? fc.tuple(...ids.balancers.map(balancer)) : fc.constant([]),
      fc.tuple(...ids.servers.map((id) => worker(id, 'server'))),
      ids.databases.length ? fc.tuple(...ids.databases.map((id) => worker(id, 'database'))) : fc.constant([]),
      cacheId ? fc.tuple(cacheNode(cacheId)) : none,
      queueIds.length ? fc.tuple(queueNode(queueIds[0]), worker(queueIds[1], 'server')) : none,
      dnsId ? fc.tuple(dnsNode(dnsId)) : none,
    ).map(([c, b, s, d, ca, q, dn]) => [...c, ...b, ...s, ...d, ...ca, ...q, ...dn] as ScenarioNode[]);
    const fronts = ids.balancers.length ? ids.balancers : ids.servers;
    // A server's database calls go through the cache when there is one (to the first database).
    const dbTargets = cacheId ? [cacheId, ...ids.databases.slice(1)] : ids.databases;
    const links: Link[] = [
      ...(dnsId
        ? [...ids.clients.map((c) => ({ from: c, to: dnsId, latencyMs: 1 })), ...fronts.map((f, i) => ({ from: dnsId, to: f, latencyMs: 1 + i, weight: 1 + i }))]
        : ids.clients.flatMap((c) => fronts.map((f) => ({ from: c, to: f, latencyMs: 1 })))),
      ...ids.balancers.flatMap((b) => ids.servers.map((s) => ({ from: b, to: s, latencyMs: 0.5, weight: 1 + (s.length % 3) }))),
      // Two balancers: the second also forwards to the first (a chain, as a CDN in front of a regional balancer).
      ...(ids.balancers.length === 2 ? [{ from: ids.balancers[1], to: ids.balancers[0], latencyMs: 0.5 }] : []),
      ...ids.servers.flatMap((s) => dbTargets.map((d) => ({ from: s, to: d, latencyMs: { type: 'exponential' as const, mean: 1 }, lossRate: 0.01 }))),
      ...(cacheId ? [{ from: cacheId, to: ids.databases[0], latencyMs: 0.5 }] : []),
      ...(queueIds.length ? [{ from: ids.servers[0], to: queueIds[0], latencyMs: 0.5 }, { from: queueIds[0], to: queueIds[1], latencyMs: 0.5 }] : []),
      // With two or more databases they form a cluster; some members get links of their own.
      ...(ids.databases.length >= 2 ? [{ from: ids.databases[0], to: ids.databases[1], latencyMs: { type: 'exponential' as const, mean: 5 }, lossRate: 0.02 }] : []),
    ];
    const clustered = ids.databases.length >= 2;
    const cluster = fc.record({
      id: fc.constant('data'), members: fc.constant(ids.databases),
      replication: fc.constantFrom('async' as const, 'semiSync' as const, 'sync' as const, 'quorum' as const),
      readFrom: fc.constantFrom('primary' as const, 'any' as const),
      semiSyncTimeoutMs: fc.integer({ min: 10, max: 500 }),
      failover: fc.record({ mode: fc.constantFrom('automatic' as const, 'manual' as const, 'none' as const), detectionMs: fc.integer({ min: 100, max: 1500 }), promotionMs: fc.integer({ min: 0, max: 500 }), requireQuorum: fc.boolean() }),
    });
    const metrics = ['availability', 'errorRate', 'latencyP50', 'latencyP99', 'throughput', 'queueDepth', 'utilization', 'replicationLagMs', 'up', 'burnRate'] as const;
    const alert = fc.record({
      id: fc.constantFrom('a1', 'a2'), metric: fc.constantFrom(...metrics), node: fc.option(fc.constantFrom(...ids.servers, ...ids.databases), { nil: undefined }),
      op: fc.constantFrom('>' as const, '<' as const), threshold: fc.double({ min: 0, max: 1, noNaN: true }),
      forMs: fc.integer({ min: 0, max: 1000 }), windowMs: fc.integer({ min: 250, max: 3000 }),
    });
    const nodeIds = [...ids.clients, ...ids.balancers, ...ids.servers, ...ids.databases, ...(cacheId ? [cacheId] : []), ...queueIds, ...(dnsId ? [dnsId] : [])];
    const linkIds = links.map((l) => `${l.from}->${l.to}`);
    const at = fc.integer({ min: 0, max: shape.durationMs });
    const dur = fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined });
    const fault: fc.Arbitrary<Fault> = fc.oneof(
      fc.record({ type: fc.constant('crash' as const), target: fc.constantFrom(...nodeIds), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('slow' as const), target: fc.constantFrom(...nodeIds), factor: fc.double({ min: 1, max: 10, noNaN: true }), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('errors' as const), target: fc.constantFrom(...nodeIds), rate: fc.double({ min: 0, max: 1, noNaN: true }), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('zoneOutage' as const), target: fc.constantFrom('a', 'b'), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('partition' as const), target: fc.constantFrom(...linkIds), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('partition' as const), groups: fc.constant<string[][]>([nodeIds.slice(0, 1), nodeIds.slice(1)]), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('latency' as const), target: fc.constantFrom(...linkIds), addMs: fc.integer({ min: 0, max: 300 }), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('loss' as const), target: fc.constantFrom(...linkIds), rate: fc.double({ min: 0, max: 1, noNaN: true }), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('surge' as const), target: fc.constantFrom(...ids.clients), factor: fc.double({ min: 1, max: 5, noNaN: true }), atMs: at, durationMs: dur }),
      fc.record({ type: fc.constant('drain' as const), target: fc.constantFrom(...nodeIds), atMs: at, durationMs: dur }),
      ...(clustered ? [fc.record({ type: fc.constant('promote' as const), target: fc.constantFrom(...ids.databases), atMs: at })] : []),
      ...(cacheId ? [fc.record({ type: fc.constant('flush' as const), target: fc.constant(cacheId), atMs: at })] : []),
    );
    const cacheAlert = fc.record({
      id: fc.constant('hits'), metric: fc.constant('cacheHitRatio' as const), node: fc.option(fc.constant(cacheId ?? ''), { nil: undefined }),
      op: fc.constantFrom('>' as const, '<' as const), threshold: fc.double({ min: 0, max: 1, noNaN: true }), windowMs: fc.integer({ min: 250, max: 3000 }),
    }).map((a) => (cacheId ? a : { ...a, node: undefined }));
    return fc.record({
      nodes,
      faults: fc.array(fault, { maxLength: 6 }),
      clusters: clustered ? cluster.map((c) => [c]) : fc.constant([]),
      alerts: fc.uniqueArray(alert, { maxLength: 2, selector: (a) => a.id }),
      cacheAlerts: fc.array(cacheAlert, { maxLength: 1 }),
    }).map(({ nodes: ns, faults, clusters, alerts: a, cacheAlerts }): Scenario => JSON.parse(JSON.stringify({
      format: 'nines/scenario@1', name: 'generated', seed: shape.seed, durationMs: shape.durationMs,
      nodes: ns, links, clusters, alerts: [...a, ...cacheAlerts],
      // A zone outage needs a node in that zone to be a valid scenario.
      faults: faults.filter((f) => f.type !== 'zoneOutage' || ns.some((n) => n.zone === f.target)),
      monitoring: { scrapeIntervalMs: 250 },
    })) as Scenario);
  });
