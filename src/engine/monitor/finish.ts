// Closes the run's time-weighted measurements at durationMs.
import type { World } from '../state.ts';
import { touch } from './node-metrics.ts';

export function finishAreas(w: World): void {
  for (const rt of w.nodes) touch(w, rt);
}
