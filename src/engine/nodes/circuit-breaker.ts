// Circuit breakers (spec: *Circuit breakers*), as plain data. Closed: the
// outcomes of calls over the last windowMs are kept in a FIFO of end times;
// once at least minCalls ended and the failed share reaches failureRate, it
// opens. Open: calls fail at once for openMs. Half-open: the next
// halfOpenCalls calls go through as probes, others fail at once; the first
// failed probe opens it again, all probes succeeding close it with an empty
// window. Short-circuited calls are never counted. Each call remembers the
// breaker's epoch when it was let through, so an answer to a call sent
// before the breaker changed state is not mistaken for a probe's.

export const BreakerState = { closed: 0, open: 1, halfOpen: 2 } as const;

export interface BreakerCfg {
  failureRate: number;
  minCalls: number;
  windowUs: number;
  openUs: number;
  halfOpenCalls: number;
}

export interface Breaker {
  state: number;
  /** Changes on every state change; calls let through carry it. */
  epoch: number;
  openedUs: number;
  /** Window FIFO: end times (µs) and whether each call failed (1) or not (0). */
  at: Float64Array;
  failed: Uint8Array;
  head: number;
  len: number;
  failures: number;
  probesSent: number;
  probesOk: number;
  opened: number;
  shortCircuited: number;
}

export function createBreaker(): Breaker {
  return {
    state: BreakerState.closed, epoch: 0, openedUs: 0,
    at: new Float64Array(16), failed: new Uint8Array(16), head: 0, len: 0, failures: 0,
    probesSent: 0, probesOk: 0, opened: 0, shortCircuited: 0,
  };
}

/**
 * May a call go through now? Returns the epoch to carry with the call, or −1
 * when it is short-circuited (counted here, never in the window).
 */
export function breakerAllow(b: Breaker, cfg: BreakerCfg, nowUs: number): number {
  if (b.state === BreakerState.open && nowUs >= b.openedUs + cfg.openUs) {
    b.state = BreakerState.halfOpen;
    b.epoch++;
    b.probesSent = 0;
    b.probesOk = 0;
  }
  if (b.state === BreakerState.closed) return b.epoch;
  if (b.state === BreakerState.halfOpen && b.probesSent < cfg.halfOpenCalls) {
    b.probesSent++;
    return b.epoch;
  }
  b.shortCircuited++;
  return -1;
}

/**
 * A call let through with `epoch` ended. Returns the breaker's change:
 * 1 it opened, −1 it closed, 0 no change (for the log).
 */
export function breakerRecord(b: Breaker, cfg: BreakerCfg, nowUs: number, epoch: number, ok: boolean): number {
  if (epoch !== b.epoch) return 0;
  if (b.state === BreakerState.halfOpen) {
    if (!ok) return open(b, nowUs);
    if (++b.probesOk < cfg.halfOpenCalls) return 0;
    b.state = BreakerState.closed;
    b.epoch++;
    b.head = 0;
    b.len = 0;
    b.failures = 0;
    return -1;
  }
  if (b.state !== BreakerState.closed) return 0;
  push(b, nowUs, ok ? 0 : 1);
  expire(b, nowUs - cfg.windowUs);
  if (b.len >= cfg.minCalls && b.failures / b.len >= cfg.failureRate) return open(b, nowUs);
  return 0;
}

function open(b: Breaker, nowUs: number): number {
  b.state = BreakerState.open;
  b.epoch++;
  b.openedUs = nowUs;
  b.opened++;
  return 1;
}

/** The state as the view reads it, open turning half-open once openMs has passed (no event needed). */
export function breakerStateAt(b: Breaker, cfg: BreakerCfg, nowUs: number): number {
  return b.state === BreakerState.open && nowUs >= b.openedUs + cfg.openUs ? BreakerState.halfOpen : b.state;
}

function push(b: Breaker, atUs: number, failed: number): void {
  if (b.len === b.at.length) grow(b);
  const i = (b.head + b.len) % b.at.length;
  b.at[i] = atUs;
  b.failed[i] = failed;
  b.len++;
  b.failures += failed;
}

/** Drops outcomes that ended at or before `cutoffUs`: the window is the last windowMs. */
function expire(b: Breaker, cutoffUs: number): void {
  const n = b.at.length;
  while (b.len > 0 && b.at[b.head] <= cutoffUs) {
    b.failures -= b.failed[b.head];
    b.head = (b.head + 1) % n;
    b.len--;
  }
}

function grow(b: Breaker): void {
  const n = b.at.length;
  const at = new Float64Array(n * 2), failed = new Uint8Array(n * 2);
  for (let i = 0; i < b.len; i++) {
    at[i] = b.at[(b.head + i) % n];
    failed[i] = b.failed[(b.head + i) % n];
  }
  b.at = at;
  b.failed = failed;
  b.head = 0;
}

/** A restarted process has fresh breakers: closed, empty; the counts stay for the report. */
export function resetBreaker(b: Breaker): void {
  b.state = BreakerState.closed;
  b.epoch++;
  b.head = 0;
  b.len = 0;
  b.failures = 0;
}

/** A node's breakers: one per outgoing link, none without settings. */
export function createBreakers(cfg: BreakerCfg | null, links: number): Breaker[] {
  return cfg ? Array.from({ length: links }, createBreaker) : [];
}
