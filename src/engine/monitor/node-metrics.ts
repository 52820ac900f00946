// Per-node measurements. Busy workers and queue length integrate over time up
// to durationMs (the report's window), so utilization and mean queue are exact
// averages, not samples. What a node answered is counted here and only here,
// whatever its kind, so every kind's error rate means the same thing: failed
// ÷ (succeeded + failed) of what reached it and was answered, where a refusal
// (full queue, draining, no backend, no writes) is a failure — never above 1.
import { Outcome } from '../events.ts';
import type { NodeRt, World } from '../state.ts';

/** Brings a node's areas up to now; call before changing busy, queue or up. */
export function touch(w: World, rt: NodeRt): void {
  const end = w.cfg.durationUs;
  const t = w.nowUs < end ? w.nowUs : end;
  const dt = t - rt.areaLastUs;
  if (dt > 0) {
    rt.busyArea += rt.busy * dt;
    rt.queueArea += rt.qLen * dt;
    if (rt.downCount > 0) rt.downtimeUs += dt;
    rt.areaLastUs = t;
  }
}

/** The node answered a request it took on: OK, or an error (its own, a dependency's, a gateway's). */
export function countAnswered(rt: NodeRt, outcome: number): void {
  if (outcome === Outcome.ok) {
    rt.served++;
    rt.ivOk++;
  } else {
    rt.errors++;
    rt.ivFailed++;
  }
}

/** The node refused a request at once (draining, full, no backend, no writes): it reached the node and failed there. */
export function countRejected(rt: NodeRt): void {
  rt.rejected++;
  rt.ivFailed++;
}

/** A node's error rate from its OK and failed answers; NaN when it answered nothing (it has none: read `up`). */
export function errorRateOf(ok: number, failed: number): number {
  const reached = ok + failed;
  return reached === 0 ? Number.NaN : failed / reached;
}
