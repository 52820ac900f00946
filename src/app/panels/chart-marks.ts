// What happened, drawn on every time axis: fault bands, alert lines, and the
// spans that explain an outage — a health check still detecting a crash, a
// cluster without a primary, a split brain — each a band with its words.
import type { LogEntry } from '../../engine/index.ts';
import type { Fault, Scenario } from '../../scenario/index.ts';
import { formatSimTime } from '../format.ts';
import { describeFault, faultBandEndMs } from '../run/index.ts';
import type { TimelineMark } from './timeline-axis.ts';

/** A span the log explains: from sinceMs to atMs, with a short caption. */
export interface CauseSpan {
  kind: 'detect' | 'noPrimary' | 'split';
  startMs: number;
  endMs: number;
  /** On the band when there is room: "detecting 2.0 s". */
  caption: string;
  /** The whole sentence, for a tooltip and screen readers. */
  label: string;
}

export function faultMarks(faults: readonly Fault[] | undefined, log: readonly LogEntry[]): TimelineMark[] {
  return [
    ...(faults ?? []).map((f): TimelineMark => ({
      kind: 'fault', startMs: f.atMs, endMs: faultBandEndMs(f), label: `${describeFault(f)} at ${formatSimTime(f.atMs)}`,
    })),
    ...log.filter((e) => e.kind === 'alertFiring').map((e): TimelineMark => ({ kind: 'alert', startMs: e.atMs, label: `${e.text} (${formatSimTime(e.atMs)})` })),
  ];
}

/** Backends whose crash a balancer's health check will notice: what a "detecting" span is drawn for. */
export function checkedBackends(scenario: Scenario): Set<string> {
  const checked = new Set(scenario.nodes.filter((n) => 'healthCheck' in n && n.healthCheck).map((n) => n.id));
  return new Set((scenario.links ?? []).filter((l) => checked.has(l.from)).map((l) => l.to));
}

/**
 * The spans of detection, no primary and split brain in the log, up to the
 * shown time `nowMs`: closed ones from entries that carry sinceMs, and ones
 * still open at nowMs (a crash a health check has not noticed yet, a cluster
 * still without a primary), drawn up to nowMs.
 */
export function causeSpans(log: readonly LogEntry[], nowMs: number, checked: ReadonlySet<string> = new Set()): CauseSpan[] {
  const out: CauseSpan[] = [];
  const open = new Map<string, LogEntry>();
  const took = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  for (const e of log) {
    if (e.opens) open.set(`${e.opens}:${e.subject}`, e);
    else if (e.kind === 'crash' && checked.has(e.subject)) open.set(`detect:${e.subject}`, e);
    else if (e.kind === 'recover') open.delete(`detect:${e.subject}`);
    if (e.sinceMs === undefined) continue;
    if (e.kind === 'healthDown') {
      open.delete(`detect:${e.subject}`);
      out.push({ kind: 'detect', startMs: e.sinceMs, endMs: e.atMs, caption: `detecting ${took(e.sinceMs, e.atMs)}`, label: e.text });
    } else if (e.kind === 'failover') {
      open.delete(`noPrimary:${e.subject}`);
      out.push({ kind: 'noPrimary', startMs: e.sinceMs, endMs: e.atMs, caption: `no primary ${took(e.sinceMs, e.atMs)}`, label: e.text });
    } else if (e.kind === 'splitBrain') {
      open.delete(`splitBrain:${e.subject}`);
      out.push({ kind: 'split', startMs: e.sinceMs, endMs: e.atMs, caption: `2 primaries ${took(e.sinceMs, e.atMs)}`, label: e.text });
    }
  }
  for (const [key, e] of open) {
    const kind = key.startsWith('detect') ? 'detect' : key.startsWith('noPrimary') ? 'noPrimary' : 'split';
    const words = kind === 'detect' ? 'detecting' : kind === 'noPrimary' ? 'no primary' : '2 primaries';
    out.push({ kind, startMs: e.atMs, endMs: nowMs, caption: `${words} ${took(e.atMs, nowMs)}…`, label: `${e.text}; still so at ${formatSimTime(nowMs)}` });
  }
  return out;
}
