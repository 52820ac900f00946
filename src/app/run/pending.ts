// Data the worker has produced but the page does not show yet: the worker
// runs a little ahead of the shown time, and rows, log entries and node
// states become visible only when the shown time reaches them, so the charts
// never run ahead of the requests on the canvas.
import { ROW, type LogEntry } from '../../engine/index.ts';

export interface StateAt {
  atMs: number;
  nodeStates: Float64Array;
  linkStates: Float64Array;
}

export class PendingData {
  private rows: Float64Array[] = [];
  private log: LogEntry[] = [];
  private states: StateAt[] = [];

  push(rows: readonly Float64Array[], log: readonly LogEntry[], state: StateAt | null): void {
    for (const row of rows) this.rows.push(row);
    for (const entry of log) this.log.push(entry);
    if (state) this.states.push(state);
  }

  /** Removes and returns what the shown time `ms` has reached; `state` is the newest reached. */
  takeUntil(ms: number): { rows: Float64Array[]; log: LogEntry[]; state: StateAt | null } {
    let r = 0;
    while (r < this.rows.length && this.rows[r][ROW.tMs] <= ms) r++;
    let l = 0;
    while (l < this.log.length && this.log[l].atMs <= ms) l++;
    let s = 0;
    while (s < this.states.length && this.states[s].atMs <= ms) s++;
    const state = s > 0 ? this.states[s - 1] : null;
    const taken = { rows: this.rows.splice(0, r), log: this.log.splice(0, l), state };
    this.states.splice(0, s);
    return taken;
  }

  /** Forgets everything after `ms` (that future was re-run or changed). */
  dropAfter(ms: number): void {
    this.rows = this.rows.filter((row) => row[ROW.tMs] <= ms);
    this.log = this.log.filter((entry) => entry.atMs <= ms);
    this.states = this.states.filter((state) => state.atMs <= ms);
  }

  clear(): void {
    this.rows = [];
    this.log = [];
    this.states = [];
  }
}
