// The worker's side of the boundary, free of any worker global so tests run
// it in Node: owns one simulation, runs it in slices bounded by wall time,
// keeps snapshots, and turns changes to the past (seek back, a fault injected
// before the worker's time) into "restore a snapshot, re-run, go on".
import type { SimulationApi, SimulationOptions, SimulationSnapshot } from '../engine/index.ts';
import { NODE_ROW, ROW } from '../engine/index.ts';
import type { Fault, Scenario } from '../scenario/index.ts';
import {
  BEFORE_MS, DEFAULT_SLICE_BUDGET_MS, FAR_FUTURE_MS, RUN_TO_END_SLICE_MS,
  type AdvanceRequest, type ChangeResult, type Delta, type LoadInfo, type SimWorkerApi,
} from './protocol.ts';
import { SnapshotStore } from './snapshots.ts';
import { concatPacked, spansArrivingFrom } from './spans.ts';

export type SimulationFactory = (scenario: Scenario, options: SimulationOptions) => SimulationApi;

/** A fresh empty array each time: delta buffers are transferred, and a shared one would be detached. */
const empty = () => new Float64Array(0);

/** At most this share of simulating time goes to taking snapshots. */
const SNAPSHOT_SHARE = 0.05;

export class SimHost implements SimWorkerApi {
  private sim: SimulationApi | null = null;
  private readonly snapshots = new SnapshotStore<SimulationSnapshot>();
  /** The faults the run should have, in engine order: the scenario's plus those injected live. */
  private desired: Fault[] = [];
  /** Set while re-running to a time the page already has data for. */
  private catchUpToMs: number | null = null;
  /** Spans in flight at the end of a re-run, sent with the next delta. */
  private carry: Float64Array[] = [];
  /** Events per runUntil call between looks at the wall clock; adapts to about 1 ms. */
  private chunkEvents = 2_000;
  private recording = true;

  private cancelled = false;
  /** Wall time spent simulating and snapshotting since load, ms. */
  private simulateWallMs = 0;
  private snapshotWallMs = 0;

  constructor(
    private readonly createSimulation: SimulationFactory,
    private readonly wallMs: () => number = () => performance.now(),
    private readonly yieldNow: () => Promise<void> = macrotask,
  ) {}

  load(scenario: Scenario): LoadInfo {
    const sim = this.createSimulation(scenario, { recordSpans: true });
    this.sim = sim;
    this.recording = true;
    this.simulateWallMs = 0;
    this.snapshotWallMs = 0;
    this.desired = sim.faults().map((f) => ({ ...f }));
    this.catchUpToMs = null;
    this.carry = [];
    this.snapshots.clear();
    this.snapshots.add(sim.nowMs(), sim.snapshot());
    this.drain();
    const nodes = sim.topology.nodeIds.length;
    return {
      topology: sim.topology,
      seed: sim.seed,
      durationMs: sim.durationMs,
      rowWidth: ROW.size + nodes * NODE_ROW.size,
      faults: this.desired.map((f) => ({ ...f })),
    };
  }

  advance(request: AdvanceRequest): Delta {
    const sim = this.need();
    const fromMs = sim.nowMs();
    const deadline = this.wallMs() + (request.budgetMs ?? DEFAULT_SLICE_BUDGET_MS);
    if (this.catchUpToMs !== null) {
      this.recordSpans(true);
      const target = this.catchUpToMs;
      const reached = this.runBounded(target, deadline);
      // The page has the rows and log up to the target already; it needs
      // only the messages still in flight there.
      this.carry.push(spansArrivingFrom(sim.takeSpans(), target));
      sim.takeRows();
      sim.takeLog();
      if (!reached) return this.delta(fromMs, true, empty(), empty(), []);
      this.catchUpToMs = null;
      return this.delta(sim.nowMs(), false, this.takeCarry(), empty(), []);
    }
    // Run to end shows no messages: skip recording them (it costs engine time).
    this.recordSpans(request.viewFromMs < FAR_FUTURE_MS || request.viewFromEnd === true);
    // A delta ends exactly at the scenario's end on its way past it, so the
    // page has the node states of that moment (the display stops there; the
    // drain after it only lets requests finish).
    const end = sim.nowMs() < sim.durationMs ? sim.durationMs : FAR_FUTURE_MS;
    this.runBounded(Math.min(request.toMs, FAR_FUTURE_MS, end), deadline);
    const viewFromMs = request.viewFromEnd ? sim.nowMs() : request.viewFromMs;
    const fresh = spansArrivingFrom(sim.takeSpans(), viewFromMs);
    const spans = this.carry.length ? concatPacked([this.takeCarry(), fresh]) : fresh;
    return this.delta(fromMs, false, spans, new Float64Array(sim.takeRows()), sim.takeLog());
  }

  async runToEnd(onDelta: (delta: Delta) => void, sliceMs = RUN_TO_END_SLICE_MS): Promise<number> {
    this.cancelled = false;
    for (let sent = 1; ; sent++) {
      const delta = this.advance({ toMs: FAR_FUTURE_MS, viewFromMs: FAR_FUTURE_MS, budgetMs: sliceMs });
      onDelta(delta);
      if (delta.done) return sent;
      // Let messages in (a Pause arrives as cancelRunToEnd) before the next slice.
      await this.yieldNow();
      if (this.cancelled) return sent;
    }
  }

  cancelRunToEnd(): void {
    this.cancelled = true;
  }

  seek(ms: number): ChangeResult {
    const sim = this.need();
    const pageHasUntil = this.catchUpToMs ?? sim.nowMs();
    if (ms >= pageHasUntil) return {};
    this.rewindTo(Math.max(0, ms));
    return { resumeMs: Math.max(0, ms) };
  }

  inject(fault: Fault): ChangeResult {
    this.need();
    this.desired.push({ ...fault });
    return { ...this.changeAt(fault.atMs), faultIndex: this.desired.length - 1 };
  }

  endFault(index: number, endMs: number): ChangeResult {
    this.need();
    const fault = this.desired[index];
    if (!fault) throw new Error(`no fault ${index}`);
    if (!(endMs > fault.atMs)) throw new Error(`fault ${index} cannot end at ${endMs} ms, before it starts`);
    this.desired[index] = { ...fault, durationMs: endMs - fault.atMs };
    return this.changeAt(endMs);
  }

  traceHash(): string {
    return this.need().traceHash();
  }

  /** The run changes from `changeMs` on: apply it now, or re-run to just before it. */
  private changeAt(changeMs: number): ChangeResult {
    const sim = this.need();
    this.snapshots.dropFrom(changeMs);
    if (changeMs > sim.nowMs()) {
      this.reconcileFaults();
      if (this.catchUpToMs === null || this.catchUpToMs < changeMs) return {};
      // The page already has data past the change: it must drop it.
      this.catchUpToMs = changeMs - BEFORE_MS;
      return { resumeMs: this.catchUpToMs };
    }
    this.rewindTo(changeMs - BEFORE_MS);
    return { resumeMs: changeMs - BEFORE_MS };
  }

  private rewindTo(ms: number): void {
    const sim = this.need();
    const stored = this.snapshots.atOrBefore(ms);
    if (!stored) throw new Error(`no snapshot before ${ms} ms`);
    sim.restore(stored.snapshot);
    this.drain();
    this.carry = [];
    this.reconcileFaults();
    this.catchUpToMs = stored.atMs < ms ? ms : null;
  }

  /**
   * Makes the engine's fault list match `desired` after a restore: faults
   * injected after the snapshot are injected again, ends recorded after it
   * applied again. A snapshot survives only while it is older than every
   * later change (changeAt drops the rest), so each of these is in its future.
   */
  private reconcileFaults(): void {
    const sim = this.need();
    const have = sim.faults();
    this.desired.forEach((want, i) => {
      const got = have[i];
      if (!got) sim.injectFault({ ...want });
      else if (want.durationMs !== undefined && (got.durationMs ?? null) !== want.durationMs) {
        sim.endFault(i, want.atMs + want.durationMs);
      }
    });
  }

  /** Runs toward `targetMs` until there or out of wall time, taking snapshots when due. True when there. */
  private runBounded(targetMs: number, deadlineWallMs: number): boolean {
    const sim = this.need();
    for (;;) {
      if (sim.isDone() || sim.nowMs() >= targetMs) return true;
      const dueMs = this.snapshots.nextDueMs();
      const stopMs = Math.min(targetMs, Math.max(dueMs, sim.nowMs()));
      const startedMs = this.wallMs();
      const reached = sim.runUntil(stopMs, this.chunkEvents);
      const tookMs = this.wallMs() - startedMs;
      this.simulateWallMs += tookMs;
      if (tookMs < 0.5) this.chunkEvents = Math.min(this.chunkEvents * 2, 1_000_000);
      else if (tookMs > 2) this.chunkEvents = Math.max(this.chunkEvents >> 1, 100);
      if (reached && sim.nowMs() >= dueMs) this.takeSnapshotIfCheap();
      if (reached && stopMs >= targetMs) return true;
      if (this.wallMs() >= deadlineWallMs) return false;
    }
  }

  /**
   * Snapshots cost a structured clone of the world. Past SNAPSHOT_SHARE of the
   * time spent simulating, a due snapshot is skipped: seeking back then re-runs
   * a little further, but Run to end keeps its speed on large worlds.
   */
  private takeSnapshotIfCheap(): void {
    const sim = this.need();
    if (this.snapshotWallMs > SNAPSHOT_SHARE * this.simulateWallMs) {
      this.snapshots.skipDue(sim.nowMs());
      return;
    }
    const started = this.wallMs();
    this.snapshots.add(sim.nowMs(), sim.snapshot());
    this.snapshotWallMs += this.wallMs() - started;
  }

  private delta(fromMs: number, catchingUp: boolean, spans: Float64Array, rows: Float64Array, log: Delta['log']): Delta {
    const sim = this.need();
    const done = sim.isDone() && this.catchUpToMs === null;
    return {
      fromMs,
      toMs: sim.nowMs(),
      catchingUp,
      done,
      events: sim.eventCount(),
      spans,
      rows,
      log,
      // Copies: the engine may reuse its own buffers, and these are transferred.
      nodeStates: new Float64Array(sim.nodeStates()),
      linkStates: new Float64Array(sim.linkStates()),
      ...(done ? { traceHash: sim.traceHash(), report: sim.report() } : {}),
    };
  }

  /** Spans cost time; Run to end turns them off. */
  private recordSpans(on: boolean): void {
    const sim = this.need();
    if (this.recording !== on) sim.setRecordSpans(on);
    this.recording = on;
  }

  private takeCarry(): Float64Array {
    const out = concatPacked(this.carry);
    this.carry = [];
    return out;
  }

  /** Empties the engine's outgoing buffers (after a load or restore). */
  private drain(): void {
    const sim = this.need();
    sim.takeSpans();
    sim.takeRows();
    sim.takeLog();
  }

  private need(): SimulationApi {
    if (!this.sim) throw new Error('no scenario loaded');
    return this.sim;
  }
}

/** A zero-delay macrotask (MessageChannel: timers are clamped to 4 ms when nested). */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
