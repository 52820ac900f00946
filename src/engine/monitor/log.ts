// The story of a run for the view's event log: bounded, so a flapping health
// check cannot grow memory without limit.
import type { LogKind } from '../frames.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';

const LOG_MAX = 5000;

export function logEvent(w: World, kind: LogKind, subject: string, text: string): void {
  if (!w.recordRows) return;
  if (w.log.length >= LOG_MAX) {
    w.log.shift();
    w.logDropped++;
  }
  w.log.push({ atMs: ms(w.nowUs), kind, subject, text });
}
