// The registry: one line per kind (see index.ts for what a kind provides).
import type { NodeType } from '../../scenario/index.ts';
import { clientUi } from './client.tsx';
import { databaseUi } from './database.tsx';
import { loadBalancerUi } from './load-balancer.tsx';
import { KIND_MODELS, NODE_KINDS } from './model/index.ts';
import { placeholderUi } from './placeholder.tsx';
import { serverUi } from './server.tsx';
import type { KindUi } from './types.ts';

/** A kind missing here is a type error (NodeType lists them all). */
export const KINDS: Record<NodeType, KindUi> = {
  client: clientUi,
  loadBalancer: loadBalancerUi,
  server: serverUi,
  database: databaseUi,
  cache: placeholderUi(KIND_MODELS.cache),
  queue: placeholderUi(KIND_MODELS.queue),
  dns: placeholderUi(KIND_MODELS.dns),
};

export function kindUi(type: NodeType): KindUi {
  return KINDS[type];
}

/** The kinds in palette order (the flow of a request, callers first). */
export function paletteKinds(): KindUi[] {
  return NODE_KINDS.map(kindUi);
}
