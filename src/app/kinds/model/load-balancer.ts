// A load balancer: spreads its callers' requests over its backends.
import type { KindModel } from './types.ts';

export const loadBalancerModel: KindModel = {
  type: 'loadBalancer',
  name: 'Load balancer',
  word: 'load balancer',
  idPrefix: 'lb',
  column: 1,
  palette: true,
  newNode: (id, x, y) => ({ id, label: id, x, y, type: 'loadBalancer', algorithm: 'roundRobin' }),
  refusesCallers: null,
  calls: 'any',
  weighsLinks: true,
  holdsData: false,
  workers: () => 0,
};
