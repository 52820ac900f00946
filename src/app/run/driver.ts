// The run driver: the one place that talks to the simulation worker. It keeps
// a shown simulated time that moves smoothly with the wall clock (times the
// speed), asks the worker to stay a little ahead of it, and hands the store
// what the shown time has reached, at most ten times a second. Worker calls
// are serial: at most one is in flight, and commands queue behind it.
import { FAR_FUTURE_MS, type ChangeResult, type Delta } from '../../worker/protocol.ts';
import type { SimPort } from '../../worker/client.ts';
import type { Fault } from '../../scenario/types.ts';
import type { AppState, AppStore } from '../store/index.ts';
import type { FaultRequest, RunCommands } from '../store/run-slice.ts';
import { LINGER_WALL_MS } from './pacing.ts';
import { PendingData } from './pending.ts';
import { splitRows } from './readouts.ts';
import { describeError, faultEndMs, faultStartMs } from './timing.ts';

export interface DriverDeps {
  port: SimPort;
  requestFrame(callback: (wallMs: number) => void): number;
  cancelFrame(id: number): void;
  wallMs(): number;
}

/** How far one Step moves, simulated ms. */
export const STEP_MS = 100;
/** Wall time between store commits, ms (React re-renders at most this often). */
const COMMIT_EVERY_MS = 100;
/** The worker stays this much wall time of playback ahead of the shown time, ms. */
const LOOKAHEAD_WALL_MS = 120;

type Mode = 'paused' | 'playing' | 'toEnd';
type Op = { kind: 'load'; notice: boolean } | { kind: 'seek'; ms: number } | { kind: 'change'; run: () => Promise<ChangeResult> };

export class RunDriver implements RunCommands {
  private ops: Op[] = [];
  private busy = false;
  private stopped = false;
  private generation = 0;
  private loaded = false;
  private mode: Mode = 'paused';
  private reachedMs = 0;
  private workerDone = false;
  private catchingUp = false;
  private seekTargetMs: number | null = null;
  private readonly pending = new PendingData();
  private lastFrameWallMs: number | null = null;
  private lastCommitWallMs = Number.NEGATIVE_INFINITY;
  private frameId = 0;
  private toEndStart = { wallMs: 0, simMs: 0, events: 0 };
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly deps: DriverDeps,
  ) {
    store.setState({ runCommands: this });
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.scenarioRevision !== previous.scenarioRevision) this.reload(true);
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
    const s = this.store.getState();
    if (s.done) this.seek(0);
    this.mode = 'playing';
    this.commit(true);
  }

  pause(): void {
    this.mode = 'paused';
    this.commit(true);
  }

  setSpeed(speed: number): void {
    this.store.setState({ speed });
  }

  step(direction: 1 | -1): void {
    this.mode = 'paused';
    // Stepping forward may go past what was simulated; it simulates the step.
    this.seekTo(this.live.displayMs + direction * STEP_MS);
  }

  seek(ms: number): void {
    // The user may go anywhere already simulated, not into the future.
    this.seekTo(Math.min(ms, Math.max(this.store.getState().horizonMs, this.live.displayMs)));
  }

  private seekTo(ms: number): void {
    if (!this.loaded) return;
    const target = Math.max(0, ms);
    if (this.mode === 'toEnd') this.mode = 'paused';
    this.seekTargetMs = target;
    this.live.displayMs = target;
    // Scrubbing sends many seeks; only the newest one waiting matters.
    const waiting = this.ops.find((op) => op.kind === 'seek');
    if (waiting && waiting.kind === 'seek') waiting.ms = target;
    else this.enqueue({ kind: 'seek', ms: target });
    this.commit(true);
  }

  reset(): void {
    this.seek(0);
    this.mode = 'paused';
    this.store.setState({ horizonMs: 0, lastRunToEnd: null });
    this.commit(true);
  }

  runToEnd(): void {
    if (!this.loaded || this.workerDone) return;
    this.mode = 'toEnd';
    this.seekTargetMs = null;
    this.toEndStart = { wallMs: this.deps.wallMs(), simMs: this.reachedMs, events: this.store.getState().events };
    this.commit(true);
    this.pump();
  }

  injectFault(request: FaultRequest): void {
    if (!this.loaded) return;
    const fault = { ...request, atMs: faultStartMs(this.live.displayMs) } as Fault;
    this.store.getState().recordFault(fault);
    this.enqueue({ kind: 'change', run: async () => this.port.inject(fault) });
    this.invalidateAfter(fault.atMs);
    this.showWhilePaused(fault.atMs);
  }

  endFault(index: number): void {
    const fault = this.store.getState().scenario.faults?.[index];
    if (!this.loaded || !fault || fault.durationMs !== undefined) return;
    const endMs = faultEndMs(this.live.displayMs, fault.atMs);
    this.store.getState().recordFaultEnd(index, endMs);
    this.enqueue({ kind: 'change', run: async () => this.port.endFault(index, endMs) });
    this.invalidateAfter(endMs);
    this.showWhilePaused(endMs);
  }

  /**
   * A change lands on the next whole millisecond. While paused, the shown time
   * moves there (a jump too small to read) so the change shows at once.
   */
  private showWhilePaused(ms: number): void {
    if (this.mode === 'paused') this.seekTo(ms);
  }

  // ------------------------------------------------------------ the loop

  private readonly onFrame = (wallMs: number): void => {
    if (this.stopped) return;
    const dtMs = this.lastFrameWallMs === null ? 0 : Math.min(Math.max(wallMs - this.lastFrameWallMs, 0), 100);
    this.lastFrameWallMs = wallMs;
    const live = this.live;
    const before = live.displayMs;
    const { speed } = this.store.getState();
    if (this.seekTargetMs !== null) live.displayMs = this.seekTargetMs;
    else if (this.mode === 'toEnd' || (this.mode === 'playing' && !Number.isFinite(speed))) live.displayMs = this.reachedMs;
    else if (this.mode === 'playing') live.displayMs = Math.min(live.displayMs + dtMs * speed, Math.max(this.reachedMs, live.displayMs));
    if (this.mode === 'playing' && this.workerDone && live.displayMs >= this.reachedMs) this.mode = 'paused';
    if (dtMs > 0) {
      const measured = (live.displayMs - before) / dtMs;
      live.effectiveSpeed = this.mode === 'paused' ? 0 : live.effectiveSpeed * 0.8 + measured * 0.2;
    }
    const lingerMs = LINGER_WALL_MS * Math.max(1, Number.isFinite(speed) ? speed : live.effectiveSpeed);
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
    if (this.workerDone) return false;
    if (this.seekTargetMs !== null) return this.reachedMs < this.seekTargetMs;
    if (this.mode === 'toEnd') return true;
    if (this.mode !== 'playing') return false;
    const { speed } = this.store.getState();
    return !Number.isFinite(speed) || this.reachedMs < this.live.displayMs + LOOKAHEAD_WALL_MS * speed;
  }

  private async advance(): Promise<void> {
    const generation = this.generation;
    const { speed } = this.store.getState();
    const display = this.live.displayMs;
    const fast = this.mode === 'toEnd' || (this.mode === 'playing' && !Number.isFinite(speed));
    const toMs = this.seekTargetMs ?? (fast ? FAR_FUTURE_MS : display + LOOKAHEAD_WALL_MS * speed);
    const delta = await this.port.advance({
      toMs,
      viewFromMs: this.mode === 'toEnd' ? FAR_FUTURE_MS : display,
      viewFromEnd: fast && this.seekTargetMs === null,
      budgetMs: this.mode === 'toEnd' ? 12 : 8,
    });
    if (generation === this.generation) this.receive(delta);
  }

  private receive(delta: Delta): void {
    const wasSeeking = this.seekTargetMs !== null || this.catchingUp;
    this.catchingUp = delta.catchingUp;
    if (delta.catchingUp) return;
    const s = this.store.getState();
    this.reachedMs = delta.toMs;
    this.workerDone = delta.done;
    if (this.seekTargetMs !== null && (this.reachedMs >= this.seekTargetMs || delta.done)) this.seekTargetMs = null;
    const seekEnded = wasSeeking && this.seekTargetMs === null;
    if (this.mode !== 'toEnd') this.live.spans.append(delta.spans);
    this.pending.push(splitRows(delta.rows, s.rowWidth), delta.log, {
      atMs: delta.toMs, nodeStates: delta.nodeStates, linkStates: delta.linkStates,
    });
    const patch: Partial<AppState> = {
      events: delta.events,
      horizonMs: Math.max(s.horizonMs, delta.toMs),
    };
    if (delta.done) {
      patch.traceHash = delta.traceHash ?? null;
      patch.report = delta.report ?? null;
      if (this.mode === 'toEnd') {
        this.mode = 'paused';
        const simulatedShare = delta.toMs > 0 ? Math.max(0, 1 - this.toEndStart.simMs / delta.toMs) : 1;
        patch.lastRunToEnd = {
          wallMs: this.deps.wallMs() - this.toEndStart.wallMs,
          events: delta.events - this.toEndStart.events,
          requests: Math.round((delta.report?.requests.total ?? 0) * simulatedShare),
        };
        this.live.displayMs = delta.toMs;
      }
    }
    this.store.setState(patch);
    // A seek or the end shows at once; Run to end shows its progress at the calm rate.
    if (delta.done || seekEnded || this.mode === 'toEnd') this.commit(delta.done || seekEnded);
  }

  private async runOp(op: Op): Promise<void> {
    if (op.kind === 'load') return this.load(op.notice);
    if (!this.loaded) return;
    const generation = this.generation;
    const result = op.kind === 'seek' ? await this.port.seek(op.ms) : await op.run();
    if (generation !== this.generation) return;
    if (result.resumeMs !== undefined) this.resumeAt(result.resumeMs);
    else if (this.seekTargetMs !== null && this.reachedMs >= this.seekTargetMs) this.seekTargetMs = null;
    this.commit(true);
  }

  /** The worker re-runs from `ms`: everything the page holds past it is gone. */
  private resumeAt(ms: number): void {
    this.pending.dropAfter(ms);
    this.live.spans.retain((arrivesMs) => arrivesMs < ms);
    this.reachedMs = ms;
    this.workerDone = false;
    this.catchingUp = true;
    const s = this.store.getState();
    this.store.setState({
      rows: s.rows.filter((row) => row[0] <= ms),
      log: s.log.filter((entry) => entry.atMs <= ms),
      done: false,
      traceHash: null,
      report: null,
    });
  }

  /** A change at `ms` makes any simulated time past it unreachable until re-run. */
  private invalidateAfter(ms: number): void {
    const s = this.store.getState();
    this.store.setState({ horizonMs: Math.max(this.live.displayMs, Math.min(s.horizonMs, ms)), done: false, traceHash: null, report: null });
  }

  private reload(notice: boolean): void {
    this.generation++;
    this.ops = [{ kind: 'load', notice }];
    this.pump();
  }

  private async load(notice: boolean): Promise<void> {
    const generation = this.generation;
    const onScreen = this.store.getState().simTimeMs > 0 || this.mode !== 'paused';
    this.loaded = false;
    this.mode = 'paused';
    this.reachedMs = 0;
    this.workerDone = false;
    this.catchingUp = false;
    this.seekTargetMs = null;
    this.pending.clear();
    this.live.spans.clear();
    this.live.displayMs = 0;
    const { scenario } = this.store.getState();
    try {
      const info = await this.port.load(scenario);
      if (generation !== this.generation) return;
      this.loaded = true;
      this.store.setState({
        topology: info.topology, seed: info.seed, durationMs: info.durationMs, rowWidth: info.rowWidth,
        runError: null, simTimeMs: 0, horizonMs: 0, playing: false, seeking: false, runToEndProgress: null,
        done: false, nodeStates: null, linkStates: null, rows: [], log: [], events: 0, traceHash: null,
        report: null, lastRunToEnd: null,
        notice: notice && onScreen ? 'The scenario changed, so the run went back to 0 s.' : this.store.getState().notice,
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

  /** Moves what the shown time has reached into the store; at most every COMMIT_EVERY_MS unless forced. */
  private commit(force: boolean): void {
    const wall = this.deps.wallMs();
    if (!force && wall - this.lastCommitWallMs < COMMIT_EVERY_MS) return;
    this.lastCommitWallMs = wall;
    const s = this.store.getState();
    const display = this.live.displayMs;
    const taken = this.pending.takeUntil(display);
    const patch: Partial<AppState> = {
      simTimeMs: display,
      playing: this.mode === 'playing',
      seeking: this.seekTargetMs !== null || this.catchingUp,
      done: this.workerDone && display >= this.reachedMs,
      runToEndProgress: this.mode === 'toEnd' ? Math.min(1, this.reachedMs / Math.max(1, s.durationMs)) : null,
    };
    if (taken.rows.length) patch.rows = [...s.rows, ...taken.rows];
    if (taken.log.length) patch.log = [...s.log, ...taken.log];
    if (taken.state) {
      patch.nodeStates = taken.state.nodeStates;
      patch.linkStates = taken.state.linkStates;
    }
    this.store.setState(patch);
  }

  private get live() {
    return this.store.getState().live;
  }

  private get port(): SimPort {
    return this.deps.port;
  }
}
