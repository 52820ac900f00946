// How a load balancer picks a backend among its outgoing links, by algorithm.
// No allocation: it runs per request.
import { nextInt, NodeStream } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { ringStart, type HashRing } from './hash-ring.ts';

export const Algorithm = {
  roundRobin: 0, weightedRoundRobin: 1, leastConnections: 2, random: 3, powerOfTwo: 4, consistentHash: 5, failover: 6,
} as const;

/** What picking reads of the balancer's config and changes of its state. */
export interface PickCfg {
  algorithm: number;
  ring: HashRing | null;
}
export interface PickState {
  cursor: number;
  /** Requests in flight per backend position. */
  active: Int32Array;
  /** Smooth weighted round-robin's running weights. */
  wrrCurrent: Float64Array;
}

/** A backend is eligible when health checks have not marked it down and it is not draining. */
function eligible(w: World, node: number, position: number): boolean {
  const backend = w.cfg.links[w.cfg.nodes[node].out[position]].to;
  return w.nodes[node].health.down[position] === 0 && w.nodes[backend].drainCount === 0;
}

/** Eligible, or any backend at all when failing open. */
function usable(w: World, node: number, any: boolean, p: number): boolean {
  return any || eligible(w, node, p);
}

/** The k-th usable position (0-based), skipping `skip`. */
function nthUsable(w: World, node: number, any: boolean, k: number, skip: number): number {
  const n = w.cfg.nodes[node].out.length;
  for (let p = 0; p < n; p++) if (p !== skip && usable(w, node, any, p) && k-- === 0) return p;
  return -1;
}

/** Position of the chosen backend among the balancer's outgoing links, or -1. */
export function pickBackend(w: World, node: number, cfg: PickCfg, s: PickState, any: boolean, key: number): number {
  const out = w.cfg.nodes[node].out;
  const n = out.length;
  if (n === 0) return -1;
  switch (cfg.algorithm) {
    case Algorithm.failover:
      for (let p = 0; p < n; p++) if (usable(w, node, any, p)) return p;
      return -1;
    case Algorithm.random:
    case Algorithm.powerOfTwo: {
      let count = 0;
      for (let p = 0; p < n; p++) if (usable(w, node, any, p)) count++;
      if (count === 0) return -1;
      const stream = w.cfg.nodes[node].stream + NodeStream.picks;
      const first = nthUsable(w, node, any, nextInt(w.rng, stream, count), -1);
      if (cfg.algorithm === Algorithm.random || count === 1) return first;
      // Two distinct random choices; the one with fewer requests in flight wins.
      const second = nthUsable(w, node, any, nextInt(w.rng, stream, count - 1), first);
      return s.active[second] < s.active[first] ? second : first;
    }
    case Algorithm.leastConnections: {
      // Scan from a rotating start so ties spread round-robin, not onto the first backend.
      let best = -1;
      for (let i = 0; i < n; i++) {
        const p = (s.cursor + i) % n;
        if (usable(w, node, any, p) && (best < 0 || s.active[p] < s.active[best])) best = p;
      }
      s.cursor = (s.cursor + 1) % n;
      return best;
    }
    case Algorithm.weightedRoundRobin: {
      // Smooth weighted round-robin (as nginx): spreads heavy backends evenly in time.
      let best = -1, total = 0;
      for (let p = 0; p < n; p++) {
        if (!usable(w, node, any, p)) continue;
        const weight = w.cfg.links[out[p]].weight;
        s.wrrCurrent[p] += weight;
        total += weight;
        if (best < 0 || s.wrrCurrent[p] > s.wrrCurrent[best]) best = p;
      }
      if (best >= 0) s.wrrCurrent[best] -= total;
      return best;
    }
    case Algorithm.consistentHash: {
      // Walk the ring clockwise from the key to the first usable owner:
      // a backend's keys move to its neighbours when it leaves, no others.
      const ring = cfg.ring!;
      const m = ring.points.length;
      const start = ringStart(ring, key);
      for (let i = 0; i < m; i++) {
        const p = ring.owner[(start + i) % m];
        if (usable(w, node, any, p)) return p;
      }
      return -1;
    }
    default: {
      for (let i = 0; i < n; i++) {
        const p = (s.cursor + i) % n;
        if (usable(w, node, any, p)) {
          s.cursor = (p + 1) % n;
          return p;
        }
      }
      return -1;
    }
  }
}
