// The report's `data` section, summed over clusters.
import type { DataReport } from '../../scenario/index.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { recomputeLost, touchCluster } from './accounting.ts';
import { clusterWritesAtRisk } from './view.ts';

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

/** Lost writes (and of them those still at risk), time without a primary and stale reads so far, for the metric rows. */
export function dataSoFar(w: World): { writesLost: number; writesAtRisk: number; noPrimaryMs: number; staleReads: number } {
  let writesLost = 0, atRisk = 0, noPrimaryMs = 0, staleReads = 0;
  for (let i = 0; i < w.clusters.length; i++) {
    touchCluster(w, i);
    writesLost += recomputeLost(w, i);
    atRisk += clusterWritesAtRisk(w, i);
    noPrimaryMs += ms(w.clusters[i].noPrimaryUs);
    staleReads += w.clusters[i].staleReads;
  }
  return { writesLost, writesAtRisk: atRisk, noPrimaryMs, staleReads };
}
