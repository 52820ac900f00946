// Links: latency, loss and partitions. A message either arrives after a
// sampled latency or is dropped (loss, a cut link, a partition between groups).
import { LinkStream, nextFloat, sampleUs } from '../kernel/index.ts';
import type { Config } from '../config.ts';
import type { World } from '../state.ts';

/** Which of a link's stream pairs a message draws from: a probe's own, or the requests'. */
export const streamsFor = (probe: boolean): number => (probe ? LinkStream.probeLatency : LinkStream.latency);

/** One-way latency of one message on a link, µs (faults' extra latency included); `streams` from streamsFor. */
export function linkLatencyUs(w: World, cfg: Config, link: number, streams: number): number {
  const l = cfg.links[link];
  return sampleUs(w.rng, l.stream + streams, l.latency) + w.links[link].addUs;
}

/** True when a message from node `from` to node `to` over `link` is lost; `streams` from streamsFor. */
export function isDropped(w: World, link: number, from: number, to: number, streams: number): boolean {
  const l = w.links[link];
  if (l.cutCount > 0) return true;
  if (w.groupCuts.length > 0 && isPartitioned(w, from, to)) return true;
  // Draw only when loss is possible, so loss-free links cost no randomness.
  // The loss stream follows its latency stream (LinkStream: latency, loss, probeLatency, probeLoss).
  return l.lossRate > 0 && nextFloat(w.rng, w.cfg.links[link].stream + streams + 1) < l.lossRate;
}

/** True when an active groups partition puts the two nodes on different sides. */
export function isPartitioned(w: World, from: number, to: number): boolean {
  for (const f of w.groupCuts) {
    const g = w.faults[f].groups;
    const a = g[from], b = g[to];
    if (a >= 0 && b >= 0 && a !== b) return true;
  }
  return false;
}
