// Circuit breakers at work on a node's calls: the gate before a call is sent,
// the count when it ends, the log line when a breaker opens or closes, and
// the mark on an answer an open breaker decided (so requests.shortCircuited
// can count the users' requests that failed fast, however deep the breaker).
import { CIRCUIT_BREAKER_DEFAULTS, type CircuitBreaker } from '../../scenario/index.ts';
import { us } from '../kernel/index.ts';
import { CallFlag, CallState, Outcome } from '../events.ts';
import { logEvent } from '../monitor/index.ts';
import type { World } from '../state.ts';
import { breakerAllow, breakerRecord, breakerStateAt, resetBreaker, type BreakerCfg } from './circuit-breaker.ts';

export function compileBreaker(b: CircuitBreaker | undefined): BreakerCfg | undefined {
  if (!b) return undefined;
  const d = CIRCUIT_BREAKER_DEFAULTS;
  return {
    failureRate: b.failureRate ?? d.failureRate,
    minCalls: b.minCalls ?? d.minCalls,
    windowUs: us(b.windowMs ?? d.windowMs),
    openUs: us(b.openMs ?? d.openMs),
    halfOpenCalls: b.halfOpenCalls ?? d.halfOpenCalls,
  };
}

/**
 * May `owner` call over its outgoing link at `position` now? The epoch to tag
 * the call with (0 without breakers), or −1: it fails at once, unsent.
 */
export function breakerGate(w: World, owner: number, position: number): number {
  const breakers = w.nodes[owner].breakers;
  if (breakers.length === 0) return 0;
  return breakerAllow(breakers[position], w.cfg.nodes[owner].breaker!, w.nowUs);
}

/** The call `callId` that `owner` made over its link at `position` ended with `outcome`. */
export function breakerCallEnded(w: World, owner: number, position: number, callId: number, outcome: number): void {
  const breakers = w.nodes[owner].breakers;
  if (breakers.length === 0) return;
  const b = breakers[position];
  const change = breakerRecord(b, w.cfg.nodes[owner].breaker!, w.nowUs, w.calls.epoch[callId], outcome === Outcome.ok);
  if (change === 0) return;
  const from = w.cfg.nodes[owner];
  const to = w.cfg.nodes[w.cfg.links[from.out[position]].to];
  if (change > 0) {
    const again = b.opened > 1 && change > 0 ? ' again' : '';
    logEvent(w, 'breakerOpened', from.id, `breaker opened${again} on ${from.label} → ${to.label}`);
  } else {
    logEvent(w, 'breakerClosed', from.id, `breaker closed on ${from.label} → ${to.label}`);
  }
}

/** A crashed node restarts with fresh breakers. */
export function resetBreakers(w: World, node: number): void {
  for (const b of w.nodes[node].breakers) resetBreaker(b);
}

/** Marks the answer to call (id, gen) as decided by an open breaker (before it is sent). */
export function markShortCircuited(w: World, id: number, gen: number): void {
  const c = w.calls;
  if (id >= 0 && c.gen[id] === gen && c.state[id] === CallState.pending) c.flags[id] |= CallFlag.shortCircuited;
}

/** True when the failed answer to `callId` came from an open breaker, here or further down. */
export function wasShortCircuited(w: World, callId: number): boolean {
  return (w.calls.flags[callId] & CallFlag.shortCircuited) !== 0;
}

/** The breaker of `owner` on its outgoing link at `position`: 0 none, 1 closed, 2 open, 3 half-open (as frames' LINK.breaker). */
export function breakerStateOf(w: World, owner: number, position: number): number {
  const breakers = w.nodes[owner].breakers;
  if (breakers.length === 0 || position < 0) return 0;
  return 1 + breakerStateAt(breakers[position], w.cfg.nodes[owner].breaker!, w.nowUs);
}

/** How many of `owner`'s breakers are open or half-open now. */
export function openBreakers(w: World, owner: number): number {
  const breakers = w.nodes[owner].breakers;
  let n = 0;
  for (let p = 0; p < breakers.length; p++) if (breakerStateOf(w, owner, p) > 1) n++;
  return n;
}
