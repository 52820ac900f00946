// Event types of the engine's queue and the outcomes a call can end with.

export const Ev = {
  arrival: 1,
  deliver: 2,
  /** A response; the outcome is `type - responseBase`. */
  responseBase: 3,
  serviceDone: 8,
  deadline: 9,
  retry: 10,
  lbForward: 11,
  healthTick: 12,
  faultStart: 13,
  faultEnd: 14,
  failure: 15,
  scrape: 16,
  /** Cluster events (data/): heartbeat, replication delivery, promotion. */
  clusterBase: 20,
} as const;

export const Outcome = { ok: 0, error: 1, reject: 2, timeout: 3 } as const;

/** `healthCheck` marks a balancer's own probe; `probe` alone, a deep probe's check of a dependency. */
export const CallFlag = { write: 1, retry: 2, probe: 4, deep: 8, healthCheck: 16, abandoned: 32 } as const;

export const CallState = { free: 0, pending: 1, resolved: 2 } as const;

/** Sequence numbers below every ordinary one, for fault events (see kernel/event-queue.ts insert). */
export function faultSeq(faultIndex: number, end: boolean): number {
  return -1e15 + faultIndex * 2 + (end ? 1 : 0);
}
