// Kinds the scenario format knows whose lab descriptor has not landed yet
// (cache, queue, dns: the kinds engineer replaces each line of KIND_MODELS
// and KINDS with the kind's own module). Until then they can be opened, shown
// and named, but are not offered on the palette.
import { CACHE_DEFAULTS, DNS_DEFAULTS, QUEUE_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

const pending = { palette: false, refusesCallers: null, calls: 'any', weighsLinks: false, holdsData: false } as const;

export const cacheModel: KindModel = {
  ...pending, type: 'cache', name: 'Cache', word: 'cache', idPrefix: 'cache', column: 2.5,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'cache', ttlMs: CACHE_DEFAULTS.ttlMs, capacity: CACHE_DEFAULTS.capacity }),
  workers: (node) => (node.type === 'cache' ? (node.workers ?? CACHE_DEFAULTS.workers) : 0),
};

export const queueModel: KindModel = {
  ...pending, type: 'queue', name: 'Queue', word: 'queue', idPrefix: 'queue', column: 1.5,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'queue', capacity: QUEUE_DEFAULTS.capacity, durable: QUEUE_DEFAULTS.durable }),
  workers: () => 0,
};

export const dnsModel: KindModel = {
  ...pending, type: 'dns', name: 'DNS', word: 'DNS', idPrefix: 'dns', column: 0.5,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'dns', policy: DNS_DEFAULTS.policy, ttlMs: DNS_DEFAULTS.ttlMs }),
  workers: () => 0,
};
