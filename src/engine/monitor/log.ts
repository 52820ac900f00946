// The story of a run for the view's event log: bounded, so a flapping health
// check cannot grow memory without limit.
import type { LogEntry, LogKind } from '../frames.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';

const LOG_MAX = 5000;

export function logEvent(w: World, kind: LogKind, subject: string, text: string, sinceUs?: number, opens?: LogEntry['opens']): void {
  if (!w.recordRows) return;
  if (w.log.length >= LOG_MAX) {
    w.log.shift();
    w.logDropped++;
  }
  const entry: LogEntry = { atMs: ms(w.nowUs), kind, subject, text };
  if (sinceUs !== undefined) entry.sinceMs = ms(sinceUs);
  if (opens !== undefined) entry.opens = opens;
  w.log.push(entry);
}
