// The registry: one line per kind (see index.ts for what a kind provides).
import type { NodeType } from '../../scenario/index.ts';
import { clientUi } from './client.tsx';
import { databaseUi } from './database.tsx';
import { loadBalancerUi } from './load-balancer.tsx';
import { NODE_KINDS } from './model/index.ts';
import { cacheUi } from './cache.tsx';
import { dnsUi } from './dns.tsx';
import { queueUi } from './queue.tsx';
import { serverUi } from './server.tsx';
import type { KindUi } from './types.ts';

/** A kind missing here is a type error (NodeType lists them all). */
export const KINDS: Record<NodeType, KindUi> = {
  client: clientUi,
  loadBalancer: loadBalancerUi,
  server: serverUi,
  database: databaseUi,
  cache: cacheUi,
  queue: queueUi,
  dns: dnsUi,
};

export function kindUi(type: NodeType): KindUi {
  return KINDS[type];
}

/** The kinds in palette order (the flow of a request, callers first). */
export function paletteKinds(): KindUi[] {
  return NODE_KINDS.map(kindUi);
}
