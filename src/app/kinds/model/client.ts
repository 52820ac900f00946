// A client: a population of users. It only sends requests.
import { CLIENT_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const clientModel: KindModel = {
  type: 'client',
  name: 'Client',
  word: 'client',
  idPrefix: 'users',
  column: 0,
  palette: true,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'client', rate: CLIENT_DEFAULTS.rate, timeoutMs: CLIENT_DEFAULTS.timeoutMs }),
  refusesCallers: 'Clients only send requests: nothing connects into a client',
  calls: 'any',
  weighsLinks: false,
  holdsData: false,
  workers: () => 0,
};
