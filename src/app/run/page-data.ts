// What the page holds of the run, between the worker and the store: how far
// the worker got, what it produced that the shown time has not reached yet,
// and the moment to hand it to the store (commit, at a calm rate). Keeping
// this out of the store means a worker answer costs React nothing until the
// next commit.
import type { Delta } from '../../worker/index.ts';
import type { Report } from '../../scenario/index.ts';
import type { AppState, AppStore } from '../store/index.ts';
import { PendingData } from './pending.ts';
import { ROW } from '../../engine/index.ts';
import { splitRows } from './readouts.ts';
import type { LiveView } from '../store/index.ts';

export class PageData {
  /** The worker's simulated time: the page's data ends here. */
  reachedMs = 0;
  /** The furthest simulated time reached since the last change of the past. */
  horizonMs = 0;
  events = 0;
  workerDone = false;
  private finished: { traceHash: string | null; report: Report | null } | null = null;
  private readonly pending = new PendingData();

  constructor(
    private readonly store: AppStore,
    private readonly live: LiveView,
  ) {}

  reset(): void {
    this.reachedMs = 0;
    this.horizonMs = 0;
    this.events = 0;
    this.workerDone = false;
    this.finished = null;
    this.pending.clear();
    this.live.spans.clear();
  }

  /** The scenario's end: the display stops here, so nothing after it is kept. */
  private get endMs(): number {
    return this.store.getState().durationMs;
  }

  /**
   * Takes a delta the worker produced (not a catching-up one). Rows, log
   * entries and states of the drain after the scenario's end are dropped:
   * the report counts the requests that finish there, the screen does not
   * show that tail.
   */
  take(delta: Delta, withSpans: boolean): void {
    const end = this.endMs;
    this.reachedMs = delta.toMs;
    this.horizonMs = Math.max(this.horizonMs, Math.min(delta.toMs, end));
    this.events = delta.events;
    this.workerDone = delta.done;
    if (delta.done) this.finished = { traceHash: delta.traceHash ?? null, report: delta.report ?? null };
    if (withSpans) this.live.spans.append(delta.spans);
    const rows = splitRows(delta.rows, this.store.getState().rowWidth).filter((row) => row[ROW.tMs] <= end);
    const log = delta.log.filter((entry) => entry.atMs <= end);
    const state = delta.fromMs < end || delta.toMs <= end
      ? { atMs: Math.min(delta.toMs, end), nodeStates: delta.nodeStates, linkStates: delta.linkStates }
      : null;
    this.pending.push(rows, log, state);
  }

  /** The latest time the display may show now: the worker's time, never past the scenario's end. */
  get shownLimitMs(): number {
    return Math.min(this.reachedMs, this.endMs);
  }

  /** The worker re-runs from `ms`: everything the page holds past it is gone. */
  resumeAt(ms: number): void {
    this.pending.dropAfter(ms);
    this.live.spans.retain((arrivesMs) => arrivesMs < ms);
    this.reachedMs = ms;
    this.workerDone = false;
    this.finished = null;
    const s = this.store.getState();
    this.store.setState({
      rows: s.rows.filter((row) => row[0] <= ms),
      log: s.log.filter((entry) => entry.atMs <= ms),
      done: false, traceHash: null, report: null,
    });
  }

  /** A change at `ms` makes simulated time past it unreachable until re-run. */
  invalidateAfter(ms: number): void {
    this.horizonMs = Math.max(this.live.displayMs, Math.min(this.horizonMs, ms));
    this.finished = null;
    this.store.setState({ done: false, traceHash: null, report: null });
  }

  /** Hands the store what the shown time has reached, plus `patch`. */
  commit(patch: Partial<AppState>): void {
    const s = this.store.getState();
    const display = this.live.displayMs;
    const taken = this.pending.takeUntil(display);
    const atEnd = this.workerDone && display >= this.shownLimitMs;
    const next: Partial<AppState> = {
      simTimeMs: display, horizonMs: this.horizonMs, events: this.events, done: atEnd, ...patch,
    };
    if (atEnd && this.finished) Object.assign(next, this.finished);
    if (taken.rows.length) next.rows = [...s.rows, ...taken.rows];
    if (taken.log.length) next.log = [...s.log, ...taken.log];
    if (taken.state) {
      next.nodeStates = taken.state.nodeStates;
      next.linkStates = taken.state.linkStates;
    }
    this.store.setState(next);
  }
}
