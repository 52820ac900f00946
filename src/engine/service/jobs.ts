// Jobs: the work a node does for a call it accepted. A job remembers which
// call to answer and the node's incarnation, so work that a crash wiped out
// is recognised and dropped when its timer or answer comes back.
import { allocId, freeId } from '../kernel/index.ts';
import type { World } from '../state.ts';

/** Creates a job at `node` answering call `callId` (copying what the work needs from the call). */
export function createJob(w: World, node: number, callId: number): number {
  const j = w.jobs, c = w.calls;
  const id = allocId(j);
  j.node[id] = node;
  j.call[id] = callId;
  j.callGen[id] = c.gen[callId];
  j.incarnation[id] = w.nodes[node].incarnation;
  j.dep[id] = 0;
  j.flags[id] = c.flags[callId];
  j.key[id] = c.key[callId];
  j.req[id] = c.req[callId];
  j.outcome[id] = 0;
  j.expiresUs[id] = c.expiresUs[callId];
  j.arrivedUs[id] = w.nowUs;
  j.child[id] = -1;
  return id;
}

/** True when the node crashed since the job began: its work is gone. */
export function isStale(w: World, job: number): boolean {
  return w.jobs.incarnation[job] !== w.nodes[w.jobs.node[job]].incarnation;
}

export function freeJob(w: World, job: number): void {
  freeId(w.jobs, job);
}
