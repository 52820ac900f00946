// Kinds send their calls through here: a link to a cluster member is a link
// to the cluster, so the member a call is delivered to is chosen first
// (data/routing.ts), then the call goes out over the link (net/).
import { otherEnd, sendCall } from '../net/index.ts';
import { clusterCallee } from '../data/index.ts';
import type { World } from '../state.ts';

/** Sends a call from `caller` over its link `link`; returns the call's id. Arguments as net's sendCall. */
export function callOut(
  w: World, caller: number, link: number, parent: number, parentGen: number, flags: number,
  key: number, req: number, deadlineQueue: number, timeoutUs: number, expiresUs: number, spanKind: number,
): number {
  const callee = clusterCallee(w, caller, otherEnd(w, link, caller), flags);
  return sendCall(w, caller, callee, link, parent, parentGen, flags, key, req, deadlineQueue, timeoutUs, expiresUs, spanKind);
}
