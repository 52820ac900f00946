// Event types of the engine's queue and the outcomes a call can end with.
//
// Event numbers go into the trace hash, so a number never changes meaning.
// Taken: 1 and 10 (client: arrival, retry), 11 (load balancer: forward),
// the engine's own below, 20–23 (clusters, data/transport.ts). A new kind
// declares its events in its module with free numbers from 32 up; the loop
// refuses to start when two claim one number.

export const Ev = {
  deliver: 2,
  /** A response; the outcome is `type - responseBase` (3–6). */
  responseBase: 3,
  serviceDone: 8,
  deadline: 9,
  healthTick: 12,
  faultStart: 13,
  faultEnd: 14,
  failure: 15,
  scrape: 16,
  /** Cluster events (data/): message, heartbeat tick, parked timeout, promotion. */
  clusterBase: 20,
} as const;

/** Event types are small integers: the loop's table has this many entries. */
export const MAX_EVENT_TYPES = 64;

export const Outcome = { ok: 0, error: 1, reject: 2, timeout: 3 } as const;

/**
 * `healthCheck` marks a balancer's own probe; `probe` alone, a deep probe's
 * check of a dependency. `lookup` marks a client's DNS lookup.
 * `shortCircuited` is set on a call whose (failed) answer an open circuit
 * breaker decided, here or further down; callers pass it up.
 */
export const CallFlag = { write: 1, retry: 2, probe: 4, deep: 8, healthCheck: 16, abandoned: 32, lookup: 64, shortCircuited: 128 } as const;

export const CallState = { free: 0, pending: 1, resolved: 2 } as const;

/** Sequence numbers below every ordinary one, for fault events (see kernel/event-queue.ts insert). */
export function faultSeq(faultIndex: number, end: boolean): number {
  return -1e15 + faultIndex * 2 + (end ? 1 : 0);
}
