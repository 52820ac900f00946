// A database: a server-like node that holds data; alone a single copy, in a
// cluster a replica that replicates over links to the other members.
import { DATABASE_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const databaseModel: KindModel = {
  type: 'database',
  name: 'Database',
  word: 'database',
  idPrefix: 'db',
  column: 3,
  palette: true,
  newNode: (id, x, y) => ({
    id, label: id, x, y, type: 'database',
    workers: DATABASE_DEFAULTS.workers, serviceTimeMs: structuredClone(DATABASE_DEFAULTS.serviceTimeMs),
  }),
  refusesCallers: null,
  calls: 'clusterOnly',
  weighsLinks: false,
  holdsData: true,
  workers: (node) => (node.type === 'database' ? (node.workers ?? DATABASE_DEFAULTS.workers) : 0),
};
