// The zod schema of scenario format v1 (spec/scenario-format.md), strict and
// bounded. It checks each field on its own; rules that span fields (ids that
// must exist, uniqueness) live in cross-checks.ts. No defaults or transforms
// here: a valid scenario comes out exactly as it went in, and the engine fills
// in defaults from defaults.ts.
import { z } from 'zod';
import * as L from './limits.ts';
import {
  bool, finite, fraction, id, intIn, linkId, list, numIn, oneOf, probeIntervalMs, record, text, timeMs, timelineMs,
} from './schema-parts.ts';
import { SCENARIO_FORMAT, type Scenario } from './types.ts';
import { circuitBreakerSchema, clientKindFields, kindSchemas } from './schema-kinds.ts';

const DIST_HINT = 'must be a number of ms or a distribution such as {"type": "exponential", "mean": 20}';

const distObject = z.discriminatedUnion('type', [
  record({ type: z.literal('constant'), value: timeMs() }),
  record({ type: z.literal('exponential'), mean: timeMs(true) }),
  record({ type: z.literal('uniform'), min: timeMs(), max: timeMs() }).refine((d) => d.min <= d.max, {
    error: (iss) => `must be ≥ min (${(iss.input as { min: number }).min})`,
    path: ['max'],
  }),
  record({ type: z.literal('normal'), mean: timeMs(), stddev: timeMs() }),
  record({ type: z.literal('lognormal'), median: timeMs(true), p99: timeMs(true) }).refine((d) => d.p99 > d.median, {
    error: (iss) => `must be greater than median (${(iss.input as { median: number }).median})`,
    path: ['p99'],
  }),
]);

/** A bare number is a constant number of ms. */
export const distSchema = z.union([timeMs(), distObject], {
  error: (iss) => (iss.input === undefined ? 'is required' : DIST_HINT),
});

const failureSchema = record({
  mtbfMs: timeMs(true, L.MAX_FAILURE_TIME_MS),
  mttrMs: timeMs(true, L.MAX_FAILURE_TIME_MS),
});

const nodeCommon = {
  id: id(),
  label: text(L.MAX_LABEL_LENGTH).optional(),
  x: numIn(-L.MAX_COORDINATE, L.MAX_COORDINATE).optional(),
  y: numIn(-L.MAX_COORDINATE, L.MAX_COORDINATE).optional(),
  zone: id().optional(),
  failure: failureSchema.optional(),
};

const retrySchema = record({
  max: intIn(0, L.MAX_RETRIES),
  backoffMs: timeMs().optional(),
  jitter: bool().optional(),
  budget: fraction().optional(),
});

const clientSchema = record({
  ...nodeCommon,
  type: z.literal('client'),
  rate: numIn(0, L.MAX_CLIENT_RATE_PER_SEC).optional(),
  arrival: oneOf(['poisson', 'constant']).optional(),
  timeoutMs: timeMs(true).optional(),
  retries: retrySchema.optional(),
  writeRatio: fraction().optional(),
  keys: intIn(1, L.MAX_KEYS).optional(),
  ...clientKindFields,
});

const healthCheckSchema = record({
  intervalMs: probeIntervalMs().optional(),
  timeoutMs: timeMs(true).optional(),
  unhealthyThreshold: intIn(1, L.MAX_HEALTH_THRESHOLD).optional(),
  healthyThreshold: intIn(1, L.MAX_HEALTH_THRESHOLD).optional(),
  deep: bool().optional(),
});

const loadBalancerSchema = record({
  ...nodeCommon,
  type: z.literal('loadBalancer'),
  algorithm: oneOf([
    'roundRobin',
    'weightedRoundRobin',
    'leastConnections',
    'random',
    'powerOfTwo',
    'consistentHash',
    'failover',
  ]).optional(),
  healthCheck: healthCheckSchema.optional(),
  failOpen: bool().optional(),
  processingMs: distSchema.optional(),
  timeoutMs: timeMs(true).optional(),
});

const serverWork = {
  workers: intIn(1, L.MAX_WORKERS).optional(),
  serviceTimeMs: distSchema.optional(),
  queueLimit: intIn(0, L.MAX_QUEUE_LIMIT).optional(),
  errorRate: fraction().optional(),
};

const serverSchema = record({
  ...nodeCommon,
  ...serverWork,
  type: z.literal('server'),
  callTimeoutMs: timeMs(true).optional(),
  shedExpired: bool().optional(),
  circuitBreaker: circuitBreakerSchema.optional(),
});

const databaseSchema = record({ ...nodeCommon, ...serverWork, type: z.literal('database') });

const newKinds = kindSchemas({ nodeCommon, dist: distSchema, healthCheck: healthCheckSchema });

export const nodeSchema = z.discriminatedUnion('type', [
  clientSchema, loadBalancerSchema, serverSchema, databaseSchema, newKinds.cache, newKinds.queue, newKinds.dns,
]);

export const linkSchema = record({
  id: linkId().optional(),
  from: id(),
  to: id(),
  latencyMs: distSchema.optional(),
  lossRate: fraction().optional(),
  weight: numIn(0, L.MAX_LINK_WEIGHT).optional(),
});

export const clusterSchema = record({
  id: id(),
  members: list(id(), L.MAX_CLUSTER_MEMBERS).min(1),
  replication: oneOf(['async', 'semiSync', 'sync', 'quorum']).optional(),
  readFrom: oneOf(['primary', 'any']).optional(),
  failover: record({
    mode: oneOf(['automatic', 'manual', 'none']).optional(),
    detectionMs: probeIntervalMs().optional(),
    promotionMs: timeMs().optional(),
    requireQuorum: bool().optional(),
  }).optional(),
  semiSyncTimeoutMs: timeMs().optional(),
});

const faultCommon = { atMs: timelineMs(), durationMs: timelineMs(true).optional() };

const partitionSchema = record({
  ...faultCommon,
  type: z.literal('partition'),
  target: linkId().optional(),
  groups: list(list(id(), L.MAX_NODES).min(1), L.MAX_PARTITION_GROUPS).min(1).optional(),
}).superRefine((f, ctx) => {
  // Exactly one way to say where the cut is, so the engine never has to guess.
  if ((f.target === undefined) === (f.groups === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message:
        f.target === undefined
          ? 'a partition needs either target (a link id) or groups (lists of node ids)'
          : 'give either target or groups, not both',
    });
  }
});

export const faultSchema = z.discriminatedUnion('type', [
  record({ ...faultCommon, type: z.literal('crash'), target: id() }),
  record({ ...faultCommon, type: z.literal('slow'), target: id(), factor: numIn(0, L.MAX_SLOW_FACTOR, true) }),
  record({ ...faultCommon, type: z.literal('errors'), target: id(), rate: fraction() }),
  record({ ...faultCommon, type: z.literal('zoneOutage'), target: id() }),
  partitionSchema,
  record({ ...faultCommon, type: z.literal('latency'), target: linkId(), addMs: timeMs() }),
  record({ ...faultCommon, type: z.literal('loss'), target: linkId(), rate: fraction() }),
  record({ ...faultCommon, type: z.literal('surge'), target: id(), factor: numIn(0, L.MAX_SURGE_FACTOR) }),
  record({ ...faultCommon, type: z.literal('drain'), target: id() }),
  record({ ...faultCommon, type: z.literal('promote'), target: id() }),
  record({ ...faultCommon, type: z.literal('flush'), target: id() }),
]);

export const alertSchema = record({
  id: id(),
  name: text(L.MAX_NAME_LENGTH).optional(),
  metric: oneOf([
    'availability',
    'errorRate',
    'latencyP50',
    'latencyP99',
    'throughput',
    'queueDepth',
    'utilization',
    'replicationLagMs',
    'up',
    'cacheHitRatio',
    'burnRate',
  ]),
  node: id().optional(),
  op: oneOf(['>', '>=', '<', '<=']),
  threshold: finite(),
  forMs: timeMs().optional(),
  windowMs: timeMs(true).optional(),
});

export const scenarioSchema = record({
  format: z.literal(SCENARIO_FORMAT, {
    error: (iss) =>
      iss.input === undefined
        ? `is required ("${SCENARIO_FORMAT}")`
        : `must be "${SCENARIO_FORMAT}" (got ${JSON.stringify(iss.input)?.slice(0, 40)}); this version of Nines reads format 1`,
  }),
  name: text(L.MAX_NAME_LENGTH),
  description: text(L.MAX_DESCRIPTION_LENGTH).optional(),
  seed: intIn(0, L.MAX_SEED, `an unsigned 32-bit integer (0 to ${L.MAX_SEED})`).optional(),
  durationMs: timelineMs(true).optional(),
  nodes: list(nodeSchema, L.MAX_NODES),
  links: list(linkSchema, L.MAX_LINKS).optional(),
  clusters: list(clusterSchema, L.MAX_CLUSTERS).optional(),
  faults: list(faultSchema, L.MAX_FAULTS).optional(),
  alerts: list(alertSchema, L.MAX_ALERTS).optional(),
  slo: record({
    availability: fraction().optional(),
    latencyMs: timeMs(true).optional(),
    percentile: numIn(0, 100, true).optional(),
  }).optional(),
  monitoring: record({
    scrapeIntervalMs: numIn(L.MIN_SCRAPE_INTERVAL_MS, L.MAX_TIME_FIELD_MS).optional(),
  }).optional(),
  // The one open door: anything a tool wants to keep with the scenario.
  meta: z.record(z.string(), z.unknown(), { error: 'must be an object' }).optional(),
});

// The schema and the hand-written types must describe the same thing, both
// ways: if either drifts (a field renamed, an optional made required), this
// line stops the build rather than letting a valid file be rejected or an
// invalid one typed as valid.
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = [
  Assert<MutuallyAssignable<z.input<typeof scenarioSchema>, Scenario>>,
  Assert<MutuallyAssignable<z.output<typeof scenarioSchema>, Scenario>>,
];
