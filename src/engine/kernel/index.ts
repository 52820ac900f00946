// The kernel's door: the clock's unit, the event queue, the seeded PRNG and
// the distributions it samples, pools of records, the trace hash. Nothing
// here knows about nodes, links or the world.
export { assert, fail, InvariantError } from './assert.ts';
export { ms, us } from './clock.ts';
export { createEventQueue, insert, peekTime, pop, popHeapHead, schedule, type EventQueue, type Popped } from './event-queue.ts';
export { compileDist, DistKind, sampleMs, sampleUs, type CompiledDist } from './dist.ts';
export { grownF64, grownI32 } from './grow.ts';
export { cos, exp, ln, sqrt } from './math.ts';
export { allocId, freeId, initPool, type Pool } from './pool.ts';
export { createRng, nextFloat, nextInt, nextU32, type Rng } from './rng.ts';
export { createStreams, LINK_STREAMS, LinkStream, linkStreamBase, NODE_STREAMS, NodeStream, nodeStreamBase } from './streams.ts';
export { createTraceHash, digest, hashEvent, type TraceHash } from './trace-hash.ts';
