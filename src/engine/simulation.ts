// A running simulation: the world, its compiled scenario, and the API the
// worker and the CLI use (api.ts). Everything deterministic lives below this.
import type { Fault, Report, Scenario } from '../scenario/index.ts';
import type { SimulationApi, SimulationOptions, SimulationSnapshot, Topology } from './api.ts';
import { compile, type Config } from './config.ts';
import { NODE, LINK, type LogEntry } from './frames.ts';
import { digest, ms, us } from './kernel/index.ts';
import { runUntil } from './loop.ts';
import { takeRows } from './monitor/index.ts';
import { isPartitioned, takeSpans } from './net/index.ts';
import { buildReport } from './report.ts';
import { compileFault, scheduleFault, setFaultEnd } from './faults/index.ts';
import { breakerStateOf, dnsShareOfLink, nodeLagMs, nodeRole, openBreakers } from './nodes/index.ts';
import { nodeWritesAtRisk } from './data/index.ts';
import type { World } from './state.ts';
import { createWorld, startWorld } from './world.ts';

export class Simulation implements SimulationApi {
  readonly topology: Topology;
  readonly seed: number;
  readonly durationMs: number;
  private readonly cfg: Config;
  private w: World;
  private readonly faultList: Fault[];

  constructor(scenario: Scenario, options: SimulationOptions = {}) {
    this.cfg = compile(scenario, options);
    this.topology = this.cfg.topology;
    this.seed = this.cfg.seed;
    this.durationMs = ms(this.cfg.durationUs);
    this.faultList = [...(scenario.faults ?? [])];
    const recordSpans = options.recordSpans ?? false;
    this.w = createWorld(this.cfg, this.faultList, { recordSpans, recordRows: recordSpans });
    startWorld(this.w);
  }

  nowMs(): number { return ms(this.w.nowUs); }
  isDone(): boolean { return this.w.done; }
  eventCount(): number { return this.w.events; }

  runUntil(toMs: number, maxEvents = Infinity): boolean {
    const limitUs = us(toMs);
    runUntil(this.w, limitUs, maxEvents);
    return this.w.done || this.w.nowUs >= limitUs;
  }

  runToEnd(): Report {
    while (!this.w.done) runUntil(this.w, Infinity, 1e6);
    return this.report();
  }

  /** Turns span recording on or off (off while running to the end at full speed). */
  setRecordSpans(on: boolean): void {
    this.w.recordSpans = on;
    if (on && this.w.spans.length === 0) this.w.spans = new Float64Array(4096);
  }

  injectFault(fault: Fault): number {
    const atUs = us(fault.atMs);
    if (!(atUs > this.w.nowUs)) throw new RangeError(`fault at ${fault.atMs} ms is not after the simulated time ${this.nowMs()} ms`);
    this.faultList.push(fault);
    this.w.faults.push(compileFault(this.cfg, fault));
    scheduleFault(this.w, this.w.faults.length - 1);
    return this.w.faults.length - 1;
  }

  endFault(index: number, endMs: number): void {
    const f = this.faultList[index];
    if (!f) throw new RangeError(`no fault ${index}`);
    const endUs = us(endMs);
    if (!(endUs > this.w.nowUs) || endUs <= us(f.atMs)) throw new RangeError(`fault end ${endMs} ms is not after now and after its start`);
    this.faultList[index] = { ...f, durationMs: endMs - f.atMs };
    setFaultEnd(this.w, index, endUs);
  }

  faults(): readonly Fault[] { return this.faultList; }

  snapshot(): SimulationSnapshot {
    // Frames not yet taken (spans, rows, log) belong to the view, not to the
    // run: leave them out, or a snapshot carries megabytes of buffer.
    const { cfg: _cfg, spans: _spans, rows: _rows, log: _log, ...state } = this.w;
    const frames = { spans: new Float64Array(0), spansLen: 0, rows: new Float64Array(0), rowsLen: 0, log: [] };
    return structuredClone({ __snapshot: true, state: { ...state, ...frames }, faults: this.faultList }) as unknown as SimulationSnapshot;
  }

  restore(snapshot: SimulationSnapshot): void {
    const copy = structuredClone(snapshot) as unknown as { state: Omit<World, 'cfg'>; faults: Fault[] };
    this.w = { ...copy.state, cfg: this.cfg };
    this.faultList.length = 0;
    this.faultList.push(...copy.faults);
  }

  takeSpans(): Float64Array { return takeSpans(this.w); }
  takeRows(): Float64Array { return takeRows(this.w); }

  takeLog(): LogEntry[] {
    const out = this.w.log;
    this.w.log = [];
    return out;
  }

  nodeStates(): Float64Array {
    const out = new Float64Array(this.cfg.nodes.length * NODE.size);
    for (const n of this.cfg.nodes) {
      const rt = this.w.nodes[n.index];
      const o = n.index * NODE.size;
      out[o + NODE.up] = rt.downCount === 0 ? 1 : 0;
      out[o + NODE.draining] = rt.drainCount > 0 ? 1 : 0;
      out[o + NODE.degraded] = rt.drainCount > 0 || rt.slowFactor !== 1 || rt.errorRate > n.errorRate ? 1 : 0;
      out[o + NODE.queue] = rt.qLen;
      out[o + NODE.queueLimit] = n.service ? n.service.queueLimit : 0;
      out[o + NODE.busy] = rt.busy;
      out[o + NODE.workers] = n.service ? n.service.workers : 0;
      out[o + NODE.role] = nodeRole(this.w, n.index);
      out[o + NODE.lagMs] = nodeLagMs(this.w, n.index);
      out[o + NODE.hitRatio] = rt.hitRatioLast;
      out[o + NODE.breakersOpen] = openBreakers(this.w, n.index);
      out[o + NODE.staleReads] = rt.staleReads;
      out[o + NODE.writesAtRisk] = nodeWritesAtRisk(this.w, n.index);
    }
    return out;
  }

  linkStates(): Float64Array {
    const out = new Float64Array(this.cfg.links.length * LINK.size);
    this.cfg.links.forEach((l, i) => {
      const rt = this.w.links[i];
      const o = i * LINK.size;
      // Cut by a partition of the link itself, or one between groups it crosses.
      out[o + LINK.cut] = rt.cutCount > 0 || (this.w.groupCuts.length > 0 && isPartitioned(this.w, l.from, l.to)) ? 1 : 0;
      out[o + LINK.addMs] = ms(rt.addUs);
      out[o + LINK.addLoss] = rt.addLoss;
      const health = this.w.nodes[l.from].health;
      const position = this.cfg.nodes[l.from].out.indexOf(i);
      out[o + LINK.markedDown] = position >= 0 && health.down[position] !== 0 ? 1 : 0;
      out[o + LINK.breaker] = breakerStateOf(this.w, l.from, position);
      out[o + LINK.dnsShare] = dnsShareOfLink(this.w, i);
    });
    return out;
  }

  report(): Report { return buildReport(this.w, this.faultList); }
  traceHash(): string { return digest(this.w.hash, this.w.events); }
}

/** Runs a scenario to the end in one call and returns its report. */
export function runScenario(scenario: Scenario, options: SimulationOptions = {}): Report {
  return new Simulation(scenario, { ...options, recordSpans: false }).runToEnd();
}
