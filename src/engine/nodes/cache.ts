// The cache kind: registered so every node type has a module; its behaviour
// lands in the commits after this merge. Until then it refuses requests.
import { answerShallow } from './health-check.ts';
import type { KindModule } from './kind.ts';

export const cache: KindModule = {
  type: 'cache',
  can: { workers: false, backend: false, data: false, traffic: false },
  compile: () => ({ params: null }),
  createState: () => null,
  probe: answerShallow,
  answer: () => {},
};
