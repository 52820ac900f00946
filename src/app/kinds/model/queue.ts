// A queue: accepts messages at once and hands them to its consumers (servers) later.
import { QUEUE_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const queueModel: KindModel = {
  type: 'queue',
  name: 'Queue',
  word: 'queue',
  idPrefix: 'queue',
  column: 1.5,
  palette: true,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'queue', capacity: QUEUE_DEFAULTS.capacity, durable: QUEUE_DEFAULTS.durable }),
  refusesCallers: null,
  calls: 'any',
  weighsLinks: false,
  holdsData: false,
  // Its consumers' workers bound its deliveries; it has none of its own.
  workers: () => 0,
};
