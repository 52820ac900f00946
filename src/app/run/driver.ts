// The run driver: the one place that talks to the simulation worker. It keeps
// a shown simulated time that moves smoothly with the wall clock (times the
// speed), asks the worker to stay a little ahead of it, and hands the store
// what the shown time has reached, at most ten times a second. Worker calls
// are serial: at most one is in flight, and commands queue behind it. Run to
// end is one long call that streams deltas back while the worker keeps going.
import type { Fault } from '../../scenario/index.ts';
import type { SimPort } from '../../worker/index.ts';
import type { ChangeResult, Delta } from '../../worker/index.ts';
import type { AppStore, FaultRequest, RunCommands } from '../store/index.ts';
import { LINGER_WALL_MS } from './pacing.ts';
import { keepForComparison } from './compare.ts';
import { PageData } from './page-data.ts';
import { describeError, faultEndMs, faultStartMs } from './timing.ts';

export interface DriverDeps {
  port: SimPort;
  requestFrame(callback: (wallMs: number) => void): number;
  cancelFrame(id: number): void;
  wallMs(): number;
}

/** How far one Step moves, simulated ms. */
export const STEP_MS = 100;
/**
 * Wall time between store commits, ms (React re-renders at most this often):
 * ten a second, or four for a large system, whose hundreds of nodes would
 * otherwise keep the main thread busy re-rendering numbers no one can read
 * that fast.
 */
const COMMIT_EVERY_MS = 100;
const LARGE_COMMIT_EVERY_MS = 250;
const LARGE_NODES = 150;
/** The worker stays this much wall time of playback ahead of the shown time, ms. */
const LOOKAHEAD_WALL_MS = 120;

type Mode = 'paused' | 'playing' | 'toEnd';
type Op =
  | { kind: 'load'; notice: boolean }
  | { kind: 'seek'; ms: number }
  | { kind: 'change'; run: () => Promise<ChangeResult> | ChangeResult }
  | { kind: 'toEnd' };

export class RunDriver implements RunCommands {
  private ops: Op[] = [];
  private busy = false;
  private stopped = false;
  private generation = 0;
  private loaded = false;
  private mode: Mode = 'paused';
  private catchingUp = false;
  private seekTargetMs: number | null = null;
  private readonly data: PageData;
  private lastFrameWallMs: number | null = null;
  private lastCommitWallMs = Number.NEGATIVE_INFINITY;
  private frameId = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly deps: DriverDeps,
  ) {
    this.data = new PageData(store, store.getState().live);
    store.setState({ runCommands: this });
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.scenarioRevision === previous.scenarioRevision) return;
      // A new document (an example, a link, New) is not "the scenario changed".
      const edited = state.documentRevision === previous.documentRevision;
      keepForComparison(this.store, previous, edited);
      this.reload(edited);
    });
    this.reload(false);
    this.frameId = deps.requestFrame(this.onFrame);
  }

  destroy(): void {
    this.stopped = true;
    this.unsubscribe();
    this.deps.cancelFrame(this.frameId);
    this.store.setState({ runCommands: null });
  }

  // ------------------------------------------------------------ commands

  play(): void {
    if (this.store.getState().done) this.seek(0);
    this.leaveRunToEnd();
    this.mode = 'playing';
    this.commit(true);
  }

  pause(): void {
    this.leaveRunToEnd();
    this.mode = 'paused';
    this.commit(true);
  }

  setSpeed(speed: number): void {
    this.store.setState({ speed });
  }

  step(direction: 1 | -1): void {
    this.pause();
    // Stepping forward may go past what was simulated; it simulates the step.
    this.seekTo(this.live.displayMs + direction * STEP_MS);
  }

  seek(ms: number): void {
    // The user may go anywhere already simulated, not into the future.
    this.seekTo(Math.min(ms, Math.max(this.data.horizonMs, this.live.displayMs)));
  }

  reset(): void {
    this.pause();
    this.seek(0);
    this.data.horizonMs = 0;
    this.store.setState({ lastRunToEnd: null });
    this.commit(true);
  }

  runToEnd(): void {
    if (!this.loaded || this.data.workerDone || this.mode === 'toEnd') return;
    this.mode = 'toEnd';
    this.seekTargetMs = null;
    this.enqueue({ kind: 'toEnd' });
    this.commit(true);
  }

  injectFault(request: FaultRequest): void {
    if (!this.loaded) return;
    const fault = { ...request, atMs: faultStartMs(this.live.displayMs) } as Fault;
    this.store.getState().recordFault(fault);
    this.enqueue({ kind: 'change', run: () => this.port.inject(fault) });
    this.changedAt(fault.atMs);
  }

  endFault(index: number): void {
    const fault = this.store.getState().scenario.faults?.[index];
    if (!this.loaded || !fault || fault.durationMs !== undefined) return;
    const endMs = faultEndMs(this.live.displayMs, fault.atMs);
    this.store.getState().recordFaultEnd(index, endMs);
    this.enqueue({ kind: 'change', run: () => this.port.endFault(index, endMs) });
    this.changedAt(endMs);
  }

  // ------------------------------------------------------------ internals

  private seekTo(ms: number): void {
    if (!this.loaded) return;
    this.leaveRunToEnd();
    if (this.mode === 'toEnd') this.mode = 'paused';
    // Whole microseconds, the engine's clock: a state at 9981.516 ms must count as "at" the target.
    // The display never passes the scenario's end.
    const target = Math.max(0, Math.min(Math.round(ms * 1000) / 1000, this.endMs));
    this.seekTargetMs = target;
    this.live.displayMs = target;
    // Scrubbing sends many seeks; only the newest one waiting matters.
    const waiting = this.ops.find((op) => op.kind === 'seek');
    if (waiting?.kind === 'seek') waiting.ms = target;
    else this.enqueue({ kind: 'seek', ms: target });
    this.commit(true);
  }

  /**
   * The run changes from `ms` (the next whole millisecond). While paused the
   * shown time moves there, a jump too small to read, so the change shows.
   */
  private changedAt(ms: number): void {
    this.data.invalidateAfter(ms);
    if (this.mode === 'paused') this.seekTo(ms);
  }

  private leaveRunToEnd(): void {
    if (this.mode !== 'toEnd') return;
    this.mode = 'paused';
    void this.port.cancelRunToEnd();
  }

  private readonly onFrame = (wallMs: number): void => {
    if (this.stopped) return;
    const dtMs = this.lastFrameWallMs === null ? 0 : Math.min(Math.max(wallMs - this.lastFrameWallMs, 0), 100);
    this.lastFrameWallMs = wallMs;
    const live = this.live;
    const { speed } = this.store.getState();
    const limit = this.data.shownLimitMs;
    if (this.seekTargetMs !== null) live.displayMs = this.seekTargetMs;
    else if (this.mode === 'toEnd') live.displayMs = limit;
    else if (this.mode === 'playing') live.displayMs = Math.min(live.displayMs + dtMs * speed, Math.max(limit, live.displayMs));
    if (this.mode === 'playing' && this.data.workerDone && live.displayMs >= limit) this.mode = 'paused';
    const lingerMs = LINGER_WALL_MS * Math.max(1, speed);
    live.spans.pruneBefore(live.displayMs - lingerMs);
    this.pump();
    this.commit(false);
    this.frameId = this.deps.requestFrame(this.onFrame);
  };

  private enqueue(op: Op): void {
    this.ops.push(op);
    this.pump();
  }

  private pump(): void {
    if (this.busy || this.stopped) return;
    const op = this.ops.shift();
    let work: Promise<void> | null = null;
    if (op) work = this.runOp(op);
    else if (this.loaded && this.needsAdvance()) work = this.advance();
    if (!work) return;
    this.busy = true;
    work
      .catch((error: unknown) => this.fail(error))
      .finally(() => {
        this.busy = false;
        this.pump();
      });
  }

  private needsAdvance(): boolean {
    if (this.catchingUp) return true;
    if (this.data.workerDone || this.mode === 'toEnd') return false;
    if (this.seekTargetMs !== null) return this.data.reachedMs < this.seekTargetMs;
    if (this.mode !== 'playing') return false;
    const { speed } = this.store.getState();
    return this.data.reachedMs < this.live.displayMs + LOOKAHEAD_WALL_MS * speed;
  }

  private async advance(): Promise<void> {
    const generation = this.generation;
    const { speed } = this.store.getState();
    const display = this.live.displayMs;
    // Ask for twice the lookahead, so a call is needed every few frames, not every frame.
    const toMs = this.seekTargetMs ?? display + 2 * LOOKAHEAD_WALL_MS * speed;
    const delta = await this.port.advance({ toMs, viewFromMs: display });
    if (generation === this.generation) this.receive(delta);
  }

  private receive(delta: Delta): void {
    const wasSeeking = this.seekTargetMs !== null || this.catchingUp;
    this.catchingUp = delta.catchingUp;
    if (delta.catchingUp) return;
    this.data.take(delta, this.mode !== 'toEnd');
    const target = this.seekTargetMs;
    if (target !== null && (this.data.reachedMs >= target || delta.done)) this.seekTargetMs = null;
    // A finished seek or run shows at once; anything else waits for the calm commit.
    if (delta.done || (wasSeeking && this.seekTargetMs === null)) this.commit(true);
  }

  private async runOp(op: Op): Promise<void> {
    if (op.kind === 'load') return this.load(op.notice);
    if (!this.loaded) return;
    if (op.kind === 'toEnd') return this.runToEndInWorker();
    const generation = this.generation;
    const result = op.kind === 'seek' ? await this.port.seek(op.ms) : await op.run();
    if (generation !== this.generation) return;
    if (result.resumeMs !== undefined) {
      this.data.resumeAt(result.resumeMs);
      this.catchingUp = true;
    } else if (this.seekTargetMs !== null && this.data.reachedMs >= this.seekTargetMs) this.seekTargetMs = null;
    this.commit(true);
  }

  private async runToEndInWorker(): Promise<void> {
    if (this.mode !== 'toEnd') return;
    const generation = this.generation;
    const start = { wallMs: this.deps.wallMs(), simMs: this.data.reachedMs, events: this.data.events };
    let received = 0;
    let sent = Number.POSITIVE_INFINITY;
    let allReceived: (() => void) | null = null;
    sent = await this.port.runToEnd((delta) => {
      if (generation !== this.generation) return;
      received++;
      this.receive(delta);
      if (received >= sent) allReceived?.();
    });
    // Deltas come on their own channel and may trail the answer: wait for all
    // of them, so nothing from this run lands after the next command.
    if (received < sent && generation === this.generation) await new Promise<void>((resolve) => (allReceived = resolve));
    if (generation !== this.generation || !this.data.workerDone) return;
    this.mode = 'paused';
    const end = this.data.reachedMs;
    this.live.displayMs = this.data.shownLimitMs;
    this.commit(true);
    const report = this.store.getState().report;
    const share = end > 0 ? Math.max(0, 1 - start.simMs / end) : 1;
    this.store.setState({
      lastRunToEnd: {
        wallMs: this.deps.wallMs() - start.wallMs,
        events: this.data.events - start.events,
        requests: Math.round((report?.requests.total ?? 0) * share),
      },
    });
  }

  private reload(notice: boolean): void {
    this.generation++;
    this.leaveRunToEnd();
    this.ops = [{ kind: 'load', notice }];
    this.pump();
  }

  private async load(notice: boolean): Promise<void> {
    const generation = this.generation;
    const onScreen = this.store.getState().simTimeMs > 0 || this.mode !== 'paused';
    this.loaded = false;
    this.mode = 'paused';
    this.catchingUp = false;
    this.seekTargetMs = null;
    this.data.reset();
    this.live.displayMs = 0;
    try {
      const info = await this.port.load(this.store.getState().scenario);
      if (generation !== this.generation) return;
      this.loaded = true;
      this.store.setState({
        topology: info.topology, seed: info.seed, durationMs: info.durationMs, rowWidth: info.rowWidth,
        runError: null, simTimeMs: 0, horizonMs: 0, playing: false, seeking: false, runToEndProgress: null,
        done: false, nodeStates: null, linkStates: null, rows: [], log: [], events: 0, traceHash: null,
        report: null, lastRunToEnd: null,
        notice: notice && onScreen
          ? `You changed the scenario, so the run starts again at 0 s${this.store.getState().compare ? '; the last run is kept to compare (see the log)' : ''}.`
          : this.store.getState().notice,
      });
      // Events at time 0 give the first node states, so the canvas shows them before Play.
      this.receive(await this.port.advance({ toMs: 0, viewFromMs: 0 }));
      this.commit(true);
    } catch (error) {
      if (generation === this.generation) this.store.setState({ runError: describeError(error), topology: null, playing: false });
    }
  }

  private fail(error: unknown): void {
    this.mode = 'paused';
    this.store.setState({ runError: describeError(error), playing: false, runToEndProgress: null });
  }

  /** Commits to the store at most every COMMIT_EVERY_MS of wall time, unless forced. */
  private commit(force: boolean): void {
    const wall = this.deps.wallMs();
    const every = (this.store.getState().topology?.nodeIds.length ?? 0) > LARGE_NODES ? LARGE_COMMIT_EVERY_MS : COMMIT_EVERY_MS;
    if (!force && wall - this.lastCommitWallMs < every) return;
    this.lastCommitWallMs = wall;
    const durationMs = Math.max(1, this.store.getState().durationMs);
    this.data.commit({
      playing: this.mode === 'playing',
      seeking: this.seekTargetMs !== null || this.catchingUp,
      runToEndProgress: this.mode === 'toEnd' ? Math.min(1, this.data.reachedMs / durationMs) : null,
    });
  }

  /** The scenario's end, ms: the display stops there. */
  private get endMs(): number {
    return this.store.getState().durationMs;
  }

  private get live() {
    return this.store.getState().live;
  }

  private get port(): SimPort {
    return this.deps.port;
  }
}
