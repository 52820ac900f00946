// The story of the run: crashes, health checks marking backends down,
// failovers, alerts. Each entry is a button that seeks to its moment. The
// list follows the newest entry unless the reader has scrolled up.
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { describeChanges } from '../editor/index.ts';
import type { LogEntry, LogKind } from '../../engine/index.ts';
import { formatSimTime } from '../format.ts';
import { useAppStore, useAppStoreApi } from '../store/index.ts';

/** At most this many entries are rendered (the newest); the rest stay in the store. */
const SHOWN = 400;

const KIND: Record<LogKind, { word: string; tone: 'bad' | 'good' | 'warn' | 'info' }> = {
  fault: { word: 'fault', tone: 'warn' },
  heal: { word: 'healed', tone: 'good' },
  crash: { word: 'down', tone: 'bad' },
  recover: { word: 'up', tone: 'good' },
  healthDown: { word: 'check ✕', tone: 'bad' },
  healthUp: { word: 'check ✓', tone: 'good' },
  failover: { word: 'failover', tone: 'warn' },
  fenced: { word: 'fenced', tone: 'warn' },
  splitBrain: { word: 'split brain', tone: 'bad' },
  writesLost: { word: 'data lost', tone: 'bad' },
  alertFiring: { word: 'alert', tone: 'bad' },
  alertResolved: { word: 'resolved', tone: 'good' },
  retryStorm: { word: 'retries', tone: 'warn' },
  flush: { word: 'flushed', tone: 'warn' },
  breakerOpened: { word: 'breaker open', tone: 'bad' },
  breakerClosed: { word: 'breaker closed', tone: 'good' },
  dnsAnswer: { word: 'DNS', tone: 'warn' },
  messagesLost: { word: 'messages lost', tone: 'bad' },
};

export function EventLog() {
  const store = useAppStoreApi();
  const log = useAppStore((s) => s.log);
  const compare = useAppStore((s) => s.compare);
  const scenario = useAppStore((s) => s.scenario);
  const canPin = useAppStore((s) => s.rows.length > 0);
  // Past a minute times read "1 min 25.0 s": too wide for the time column, so the time and kind share a line above the text.
  const long = useAppStore((s) => s.durationMs > 60_000);
  const changes = useMemo(() => (compare ? describeChanges(compare.scenario, scenario) : []), [compare, scenario]);
  const listRef = useRef<HTMLOListElement>(null);
  const followRef = useRef(true);
  const shown = log.length > SHOWN ? log.slice(log.length - SHOWN) : log;

  useFollowNewest(listRef, followRef);

  return (
    <section className="event-log" aria-label="Event log">
      <div className="event-log-head">
        <h2 className="panel-title">Events <span className="muted">click one to go there</span></h2>
        {compare ? (
          <button type="button" className="btn btn-small" onClick={() => store.getState().clearCompare()}
            title="Stop comparing with the kept run (its faint lines and “was” values go)">
            Clear comparison
          </button>
        ) : (
          <button type="button" className="btn btn-small" disabled={!canPin} onClick={() => store.getState().pinRun()}
            title="Keep this run: later runs show it as faint lines and “was” values, until cleared">
            Pin this run
          </button>
        )}
      </div>
      {compare && <CompareNote kind={compare.kind} changes={changes} />}
      {log.length === 0 ? (
        <p className="muted empty-log">Nothing has happened yet. Crashes, health checks, failovers and alerts appear here.</p>
      ) : (
        <ol ref={listRef} className="log-list" data-long={long || undefined} onScroll={(e) => {
          const el = e.currentTarget;
          followRef.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
        }}>
          {shown.map((entry, i) => (
            <Entry key={`${entry.atMs}-${i + log.length - shown.length}`} entry={entry} onSeek={(ms) => store.getState().seek(ms)} />
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Keeps the newest entry in view while following. Setting scrollTop needs a
 * laid-out page: done in the commit (as it was), it forced a layout of the
 * whole page inside the frame's script, thousands of canvas objects when a
 * zone goes down, and again after. A ResizeObserver is told after the frame's
 * own layout, when scrolling costs nothing: it watches the list (its height
 * changes when the comparison note comes or goes) and the newest entry (a new
 * element is always reported once laid out).
 */
function useFollowNewest(listRef: RefObject<HTMLOListElement | null>, followRef: RefObject<boolean>): void {
  const observerRef = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observerRef.current?.disconnect(), []);
  // After every render: the newest entry may be a new element.
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    observerRef.current ??= new ResizeObserver(() => {
      const el = listRef.current;
      if (el && followRef.current) el.scrollTop = el.scrollHeight;
    });
    const observer = observerRef.current;
    const newest = list.lastElementChild;
    observer.observe(list);
    if (newest) observer.observe(newest);
    return () => {
      if (newest) observer.unobserve(newest);
      observer.unobserve(list);
    };
  });
}

/** What the faint lines and "was" values are: the kept run, and what changed since. */
function CompareNote({ kind, changes }: { kind: 'before' | 'pinned'; changes: string[] }) {
  const what = kind === 'pinned' ? 'the pinned run' : 'the run before your edit';
  return (
    <div className="compare-note" role="note">
      <span className="log-kind" data-tone="info">compare</span>{' '}
      <span>
        Faint lines and “was” values are {what}.{' '}
        {changes.length === 0 ? 'The scenario is the same.' : <>Changed: {changes.join('; ')}.</>}
      </span>
    </div>
  );
}

const Entry = memo(function Entry({ entry, onSeek }: { entry: LogEntry; onSeek(ms: number): void }) {
  const kind = KIND[entry.kind] ?? { word: entry.kind, tone: 'info' as const };
  return (
    <li>
      <button type="button" className="log-entry" onClick={() => onSeek(entry.atMs)} title={`Go to ${formatSimTime(entry.atMs)}`}>
        <span className="log-time">{formatSimTime(entry.atMs)}</span>
        <span className="log-kind" data-tone={kind.tone}>{kind.word}</span>
        <span className="log-text">{entry.text}</span>
      </button>
    </li>
  );
});
