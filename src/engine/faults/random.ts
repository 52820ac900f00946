// Random failures: a node with `failure` alternates exponential up times (mean
// MTBF) and down times (mean MTTR), so over a long run it is down
// MTTR / (MTBF + MTTR) of the time.
import { ln, nextFloat, NodeStream, schedule, us } from '../kernel/index.ts';
import { Ev } from '../events.ts';
import type { World } from '../state.ts';
import { changeDown } from './scheduled.ts';

/** An exponential up or down time of `node`, from its own failures stream. */
function exponentialUs(w: World, node: number, meanMs: number): number {
  return Math.max(1, us(-meanMs * ln(1 - nextFloat(w.rng, w.cfg.nodes[node].stream + NodeStream.failures))));
}

export function startRandomFailures(w: World): void {
  for (const n of w.cfg.nodes) {
    if (n.mtbfMs > 0 && n.mttrMs > 0) schedule(w.queue, w.nowUs + exponentialUs(w, n.index, n.mtbfMs), Ev.failure, n.index, 0);
  }
}

export function failureToggle(w: World, node: number): void {
  const rt = w.nodes[node];
  const cfg = w.cfg.nodes[node];
  rt.failureDown = !rt.failureDown;
  changeDown(w, node, rt.failureDown ? 1 : -1);
  const nextUs = exponentialUs(w, node, rt.failureDown ? cfg.mttrMs : cfg.mtbfMs);
  schedule(w.queue, w.nowUs + nextUs, Ev.failure, node, 0);
}
