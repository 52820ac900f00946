// DNS: tells clients' resolvers which endpoint (one per region) to send to.
import { DNS_DEFAULTS } from '../../../scenario/index.ts';
import type { KindModel } from './types.ts';

export const dnsModel: KindModel = {
  type: 'dns',
  name: 'DNS',
  word: 'DNS node',
  idPrefix: 'dns',
  // Beside the users it answers, before the regions' balancers.
  column: 0.5,
  palette: true,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'dns', policy: DNS_DEFAULTS.policy, ttlMs: DNS_DEFAULTS.ttlMs }),
  refusesCallers: null,
  calls: 'any',
  // The weighted policy splits answers by link weight.
  weighsLinks: true,
  holdsData: false,
  workers: () => 0,
};
