// Common random numbers: every node draws from streams of its own, one per
// purpose, and every link from its own, each derived from the run's seed and
// the node's or link's id — not its position. So two designs that differ in
// one part draw the same numbers everywhere else: adding a server, reordering
// nodes or changing a service time leaves every client's arrivals alone,
// which is what makes paired A/B comparisons sharp.
//
// Derivation is 32-bit integer arithmetic only (Math.imul, shifts, xor), so
// it is the same in Node and in every browser. Streams are stored by index
// (node i's first stream is i × NODE_STREAMS), compiled once per run.
import { seedStream, type Rng } from './rng.ts';

/**
 * A node's streams, by purpose. A kind that needs a new purpose adds a name
 * with the next free number below NODE_STREAMS: each stream is derived from
 * (seed, id, purpose), so a new purpose moves no existing stream.
 */
export const NodeStream = {
  /** Time between a client's arrivals. */
  arrivals: 0,
  /** Which key a request uses. */
  keys: 1,
  /** Whether a request is a write. */
  writes: 2,
  /** Service (and a balancer's processing) times. */
  service: 3,
  /** A request failing on its own (errorRate, errors faults). */
  errors: 4,
  /** Random failures: up and down times. */
  failures: 5,
  /** A balancer's random picks. */
  picks: 6,
  /** Retry backoff jitter. */
  retries: 7,
  /** Which resolver group a client's request belongs to (behind DNS). */
  resolverGroups: 8,
  /** How much of its TTL a resolver group's first answer has left. */
  answerAges: 9,
} as const;

/** Streams kept per node (room for purposes new kinds add). */
export const NODE_STREAMS = 12;

/**
 * A link's streams: its latency and loss, for requests and their answers, and
 * apart for health-check probes, so that turning health checks on or off
 * leaves the requests' network draws alone. (Member links carry replication
 * only, on the first two.)
 */
export const LinkStream = { latency: 0, loss: 1, probeLatency: 2, probeLoss: 3 } as const;
export const LINK_STREAMS = 4;

/** What a stream belongs to: kept apart so a node and a link of the same id never share one. */
const Domain = { node: 1, link: 2 } as const;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 32-bit hash of a string's UTF-16 code units (a multiply–xor walk, then an avalanche); `salt` and `mul` make lanes. */
function hashString(text: string, salt: number, mul: number): number {
  let h = salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), mul);
  return fmix32(h ^ text.length);
}

/**
 * Seeds stream `index` for (seed, domain, id, purpose). Two independent
 * 32-bit lanes give a 64-bit key, so among thousands of streams two share a
 * key with odds below one in a billion; the state's four words mix both.
 */
function deriveStream(rng: Rng, index: number, seed: number, domain: number, id: string, purpose: number): void {
  const tag = Math.imul((domain << 16) | purpose, 0x9e3779b1);
  const a = fmix32(fmix32(seed ^ 0x243f6a88) ^ hashString(id, 0x811c9dc5, 0x01000193) ^ tag);
  const b = fmix32(fmix32(seed ^ 0xb7e15162) ^ hashString(id, 0x9747b28c, 0x5bd1e995) ^ Math.imul(tag, 0x85ebca77));
  seedStream(rng, index, a, b, fmix32(a ^ b ^ 0x6a09e667), fmix32((a + b) ^ 0xbb67ae85));
}

/** Every node's and link's streams for a run: node i's at i × NODE_STREAMS, then link j's after all nodes'. */
export function createStreams(seed: number, nodeIds: readonly string[], linkIds: readonly string[]): Rng {
  const rng: Rng = { s: new Uint32Array(4 * (nodeIds.length * NODE_STREAMS + linkIds.length * LINK_STREAMS)) };
  nodeIds.forEach((id, i) => {
    for (let p = 0; p < NODE_STREAMS; p++) deriveStream(rng, i * NODE_STREAMS + p, seed, Domain.node, id, p);
  });
  const base = nodeIds.length * NODE_STREAMS;
  linkIds.forEach((id, j) => {
    for (let p = 0; p < LINK_STREAMS; p++) deriveStream(rng, base + j * LINK_STREAMS + p, seed, Domain.link, id, p);
  });
  return rng;
}

/** Index of a node's first stream. */
export const nodeStreamBase = (node: number): number => node * NODE_STREAMS;

/** Index of a link's first stream, in a run of `nodes` nodes. */
export const linkStreamBase = (nodes: number, link: number): number => nodes * NODE_STREAMS + link * LINK_STREAMS;
