// How a load balancer picks a backend among its outgoing links, by algorithm.
// It runs per request, over every backend for some algorithms: no
// allocation, and the backends' nodes and weights are compiled into arrays.
import { nextInt, NodeStream } from '../kernel/index.ts';
import type { NodeRt, World } from '../state.ts';
import { ringStart, type HashRing } from './hash-ring.ts';

export const Algorithm = {
  roundRobin: 0, weightedRoundRobin: 1, leastConnections: 2, random: 3, powerOfTwo: 4, consistentHash: 5, failover: 6,
} as const;

/** What picking reads of the balancer's config and changes of its state. */
export interface PickCfg {
  algorithm: number;
  ring: HashRing | null;
  /** Backend node and link weight at each position (its outgoing links, in order); filled once links are known. */
  targets: Int32Array;
  weights: Float64Array;
}
export interface PickState {
  cursor: number;
  /** Requests in flight per backend position. */
  active: Int32Array;
  /** Smooth weighted round-robin's running weights. */
  wrrCurrent: Float64Array;
}

/** Position p may get the request: anything when failing open, else not marked down by health checks and not draining. */
function usable(any: boolean, down: Int32Array, nodes: NodeRt[], targets: Int32Array, p: number): boolean {
  return any || (down[p] === 0 && nodes[targets[p]].drainCount === 0);
}

/** The k-th usable position (0-based), skipping `skip`; with all `n` usable, that is k or k + 1. */
function nthUsable(any: boolean, down: Int32Array, nodes: NodeRt[], targets: Int32Array, k: number, skip: number, all: boolean): number {
  if (all) return skip >= 0 && k >= skip ? k + 1 : k;
  for (let p = 0; p < targets.length; p++) if (p !== skip && usable(any, down, nodes, targets, p) && k-- === 0) return p;
  return -1;
}

/** Position of the chosen backend among the balancer's outgoing links, or -1. */
export function pickBackend(w: World, node: number, cfg: PickCfg, s: PickState, any: boolean, key: number): number {
  const targets = cfg.targets;
  const n = targets.length;
  if (n === 0) return -1;
  const down = w.nodes[node].health.down, nodes = w.nodes;
  switch (cfg.algorithm) {
    case Algorithm.failover:
      for (let p = 0; p < n; p++) if (usable(any, down, nodes, targets, p)) return p;
      return -1;
    case Algorithm.random:
    case Algorithm.powerOfTwo: {
      let count = 0;
      for (let p = 0; p < n; p++) if (usable(any, down, nodes, targets, p)) count++;
      if (count === 0) return -1;
      const stream = w.cfg.nodes[node].stream + NodeStream.picks;
      const all = count === n;
      const first = nthUsable(any, down, nodes, targets, nextInt(w.rng, stream, count), -1, all);
      if (cfg.algorithm === Algorithm.random || count === 1) return first;
      // Two distinct random choices; the one with fewer requests in flight wins.
      const second = nthUsable(any, down, nodes, targets, nextInt(w.rng, stream, count - 1), first, all);
      return s.active[second] < s.active[first] ? second : first;
    }
    case Algorithm.leastConnections: {
      // Scan from a rotating start so ties spread round-robin, not onto the first backend.
      const active = s.active;
      let best = -1, bestActive = 0;
      for (let i = 0, p = s.cursor; i < n; i++) {
        if (usable(any, down, nodes, targets, p) && (best < 0 || active[p] < bestActive)) {
          best = p;
          bestActive = active[p];
        }
        if (++p === n) p = 0;
      }
      s.cursor = s.cursor + 1 === n ? 0 : s.cursor + 1;
      return best;
    }
    case Algorithm.weightedRoundRobin: {
      // Smooth weighted round-robin (as nginx): spreads heavy backends evenly in time.
      let best = -1, total = 0;
      const current = s.wrrCurrent, weights = cfg.weights;
      for (let p = 0; p < n; p++) {
        if (!usable(any, down, nodes, targets, p)) continue;
        current[p] += weights[p];
        total += weights[p];
        if (best < 0 || current[p] > current[best]) best = p;
      }
      if (best >= 0) current[best] -= total;
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
        if (usable(any, down, nodes, targets, p)) return p;
      }
      return -1;
    }
    default: {
      for (let i = 0, p = s.cursor; i < n; i++) {
        if (usable(any, down, nodes, targets, p)) {
          s.cursor = p + 1 === n ? 0 : p + 1;
          return p;
        }
        if (++p === n) p = 0;
      }
      return -1;
    }
  }
}
