// A cache: a look-aside cache in front of its backend (its outgoing link).
import { CACHE_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const cacheModel: KindModel = {
  type: 'cache',
  name: 'Cache',
  word: 'cache',
  idPrefix: 'cache',
  // Between the servers that read through it and the database behind it.
  column: 2.5,
  palette: true,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'cache', ttlMs: CACHE_DEFAULTS.ttlMs, capacity: CACHE_DEFAULTS.capacity }),
  refusesCallers: null,
  calls: 'any',
  weighsLinks: false,
  holdsData: false,
  workers: (node) => (node.type === 'cache' ? (node.workers ?? CACHE_DEFAULTS.workers) : 0),
};
