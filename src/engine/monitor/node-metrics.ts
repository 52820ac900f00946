// Time-weighted node measurements: busy workers and queue length integrate
// over time up to durationMs (the report's window), so utilization and mean
// queue are exact averages, not samples.
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
