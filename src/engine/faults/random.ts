// Random failures: a node with `failure` alternates exponential up times (mean
// MTBF) and down times (mean MTTR), so over a long run it is down
// MTTR / (MTBF + MTTR) of the time.
import { ln, nextFloat, schedule } from '../kernel/index.ts';
import { Ev } from '../events.ts';
import type { World } from '../state.ts';
import { changeDown } from './scheduled.ts';

function exponentialUs(w: World, meanMs: number): number {
  return Math.max(1, Math.round(-meanMs * 1000 * ln(1 - nextFloat(w.rng))));
}

export function startRandomFailures(w: World): void {
  for (const n of w.cfg.nodes) {
    if (n.mtbfMs > 0 && n.mttrMs > 0) schedule(w.queue, w.nowUs + exponentialUs(w, n.mtbfMs), Ev.failure, n.index, 0);
  }
}

export function failureToggle(w: World, node: number): void {
  const rt = w.nodes[node];
  const cfg = w.cfg.nodes[node];
  rt.failureDown = !rt.failureDown;
  changeDown(w, node, rt.failureDown ? 1 : -1);
  const nextUs = exponentialUs(w, rt.failureDown ? cfg.mttrMs : cfg.mtbfMs);
  schedule(w.queue, w.nowUs + nextUs, Ev.failure, node, 0);
}
