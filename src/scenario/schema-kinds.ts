// The zod schema of the cache, queue and DNS kinds, circuit breakers and a
// client's key distribution (spec/scenario-format.md). Built from the shared
// pieces of schema.ts, which it receives (schema.ts imports this file, so it
// cannot import schema.ts back).
import { z } from 'zod';
import * as L from './limits.ts';
import * as K from './kind-limits.ts';
import { bool, describeValue, intIn, oneOf, record, timeMs } from './schema-parts.ts';

/** What the new kinds share with the others: common node fields, distributions, health checks. */
export interface SharedParts<C extends z.core.$ZodLooseShape, D extends z.ZodType, H extends z.ZodType> {
  nodeCommon: C;
  dist: D;
  healthCheck: H;
}

/** A number whose every failure states the one rule (`rule`), as schema-parts' helpers do. */
function ruled(rule: string) {
  return z.number({
    error: (iss) => {
      const input = iss.input;
      if (input === undefined) return 'is required';
      if (typeof input !== 'number') return `${rule} (got ${describeValue(input)})`;
      if (!Number.isFinite(input)) return `must be a finite number (got ${String(input)})`;
      return `${rule} (got ${input})`;
    },
  });
}

const BREAKER_RATE = 'must be a number > 0 and ≤ 1 (the failed share of calls that opens it)';

export const circuitBreakerSchema = record({
  failureRate: ruled(BREAKER_RATE).gt(0).max(1).optional(),
  minCalls: intIn(1, K.MAX_BREAKER_CALLS).optional(),
  windowMs: timeMs(true).optional(),
  openMs: timeMs(true).optional(),
  halfOpenCalls: intIn(1, K.MAX_BREAKER_CALLS).optional(),
});

const ZIPF_S = `must be a number > 0 and ≤ ${K.MAX_ZIPF_S} (s = 0 is "uniform")`;

const zipfSchema = record({
  type: z.literal('zipf', { error: (iss) => `must be "zipf" (got ${describeValue(iss.input)})` }),
  s: ruled(ZIPF_S).gt(0).max(K.MAX_ZIPF_S).optional(),
});

const KEY_DISTRIBUTION = 'must be "uniform" or {"type": "zipf", "s": 1.1}';

/**
 * "uniform" as a string check plus a refinement rather than a literal: for an
 * object the string check fails as a type mismatch, so the validator reports
 * the zipf object's own errors (`keyDistribution.s: …`) instead of "matched
 * no option". The cast only restores the literal type the refinement proves.
 */
const uniformSchema = z
  .string({ error: (iss) => `${KEY_DISTRIBUTION} (got ${describeValue(iss.input)})` })
  .refine((v) => v === 'uniform', { error: (iss) => `${KEY_DISTRIBUTION} (got ${describeValue(iss.input)})` }) as unknown as z.ZodLiteral<'uniform'>;

export const keyDistributionSchema = z.union([uniformSchema, zipfSchema], {
  error: (iss) => (iss.input === undefined ? 'is required' : `${KEY_DISTRIBUTION} (got ${describeValue(iss.input)})`),
});

/** Client fields added with the new kinds. */
export const clientKindFields = {
  keyDistribution: keyDistributionSchema.optional(),
  resolvers: intIn(1, K.MAX_RESOLVERS).optional(),
  circuitBreaker: circuitBreakerSchema.optional(),
};

export function kindSchemas<C extends z.core.$ZodLooseShape, D extends z.ZodType, H extends z.ZodType>(parts: SharedParts<C, D, H>) {
  const { nodeCommon, dist, healthCheck } = parts;
  const cache = record({
    ...nodeCommon,
    type: z.literal('cache'),
    ttlMs: timeMs(true).optional(),
    capacity: intIn(1, K.MAX_CACHE_CAPACITY).optional(),
    serviceTimeMs: dist.optional(),
    workers: intIn(1, L.MAX_WORKERS).optional(),
    queueLimit: intIn(0, L.MAX_QUEUE_LIMIT).optional(),
    coalesce: bool().optional(),
  });
  const queue = record({
    ...nodeCommon,
    type: z.literal('queue'),
    capacity: intIn(1, K.MAX_QUEUE_CAPACITY).optional(),
    serviceTimeMs: dist.optional(),
    visibilityTimeoutMs: timeMs(true).optional(),
    maxReceives: intIn(1, K.MAX_RECEIVES).optional(),
    durable: bool().optional(),
  });
  const dns = record({
    ...nodeCommon,
    type: z.literal('dns'),
    policy: oneOf(['failover', 'weighted', 'roundRobin']).optional(),
    ttlMs: timeMs(true).optional(),
    healthCheck: healthCheck.optional(),
    lookupMs: dist.optional(),
  });
  return { cache, queue, dns };
}
