// The report's `data` section, summed over clusters.
import type { DataReport } from '../../scenario/index.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { recomputeLost, touchCluster } from './accounting.ts';

export function dataReport(w: World): DataReport {
  const out: DataReport = { writesAcked: 0, writesLost: 0, staleReads: 0, failovers: 0, noPrimaryMs: 0, splitBrainMs: 0 };
  for (let i = 0; i < w.clusters.length; i++) {
    touchCluster(w, i);
    const c = w.clusters[i];
    out.writesAcked += c.writesAcked;
    out.writesLost += recomputeLost(w, i);
    out.staleReads += c.staleReads;
    out.failovers += c.failovers;
    out.noPrimaryMs += ms(c.noPrimaryUs);
    out.splitBrainMs += ms(c.splitBrainUs);
  }
  return out;
}

/** Lost writes and time without a primary so far, for the metric rows. */
export function dataSoFar(w: World): { writesLost: number; noPrimaryMs: number } {
  let writesLost = 0, noPrimaryMs = 0;
  for (let i = 0; i < w.clusters.length; i++) {
    touchCluster(w, i);
    writesLost += recomputeLost(w, i);
    noPrimaryMs += ms(w.clusters[i].noPrimaryUs);
  }
  return { writesLost, noPrimaryMs };
}
