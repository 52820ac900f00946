// The report's `data` section.
import type { DataReport } from '../../scenario/types.ts';
import type { World } from '../state.ts';

export function dataReport(_w: World): DataReport {
  return { writesAcked: 0, writesLost: 0, staleReads: 0, failovers: 0, noPrimaryMs: 0, splitBrainMs: 0 };
}
