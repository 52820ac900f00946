// The door of the kinds' pure half, for the editing model (app/editor): one
// KindModel per node kind. The views (app/kinds/index.ts) extend each with
// its glyph, fields, Break actions, charts and readout.
import type { NodeType } from '../../../scenario/index.ts';
import { clientModel } from './client.ts';
import { databaseModel } from './database.ts';
import { loadBalancerModel } from './load-balancer.ts';
import { cacheModel } from './cache.ts';
import { dnsModel } from './dns.ts';
import { queueModel } from './queue.ts';
import { serverModel } from './server.ts';
import type { KindModel } from './types.ts';

export type { KindModel } from './types.ts';

/** One line per kind; a kind missing here is a type error (NodeType lists them all). */
export const KIND_MODELS: Record<NodeType, KindModel> = {
  client: clientModel,
  loadBalancer: loadBalancerModel,
  server: serverModel,
  database: databaseModel,
  cache: cacheModel,
  queue: queueModel,
  dns: dnsModel,
};

/** Kinds on the palette, in its order: the flow of a request, callers first. */
export const NODE_KINDS: NodeType[] = (Object.keys(KIND_MODELS) as NodeType[]).filter((k) => KIND_MODELS[k].palette).sort(
  (a, b) => KIND_MODELS[a].column - KIND_MODELS[b].column,
);

export function kindModel(type: NodeType): KindModel {
  return KIND_MODELS[type];
}
