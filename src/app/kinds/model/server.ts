// A server: workers and a queue; its outgoing links are its dependencies.
import { SERVER_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const serverModel: KindModel = {
  type: 'server',
  name: 'Server',
  word: 'server',
  idPrefix: 'web',
  column: 2,
  palette: true,
  newNode: (id, x, y) => ({
    id, label: id, x, y, type: 'server',
    workers: SERVER_DEFAULTS.workers, serviceTimeMs: structuredClone(SERVER_DEFAULTS.serviceTimeMs),
  }),
  refusesCallers: null,
  calls: 'any',
  weighsLinks: false,
  holdsData: false,
  workers: (node) => (node.type === 'server' ? (node.workers ?? SERVER_DEFAULTS.workers) : 0),
};
