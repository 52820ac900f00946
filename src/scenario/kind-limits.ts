// Bounds on the fields of the cache, queue and DNS kinds, circuit breakers and
// Zipf keys. Kept beside limits.ts (not in it) so the two can change apart;
// the scenario door exports both.

/** Entries one cache may hold. */
export const MAX_CACHE_CAPACITY = 1_000_000;
/** Messages one queue may hold. */
export const MAX_QUEUE_CAPACITY = 1_000_000;
/** Deliveries of one message before it is dead-lettered. */
export const MAX_RECEIVES = 100;
/** Resolver groups of one client (each keeps an answer per DNS node). */
export const MAX_RESOLVERS = 10_000;
/**
 * Zipf exponent s: above 0 (s = 0 is uniform; say "uniform"), at most 5 (at
 * s = 5 the hottest key already takes 96% of requests; more says nothing new).
 */
export const MAX_ZIPF_S = 5;
/**
 * Keys of all Zipf clients together: each keeps a table of its keys' cumulative
 * shares (8 bytes a key), so this bounds that memory at 16 MB.
 */
export const MAX_ZIPF_KEYS_TOTAL = 2_000_000;
/** A breaker's `minCalls` and `halfOpenCalls`. */
export const MAX_BREAKER_CALLS = 10_000;
