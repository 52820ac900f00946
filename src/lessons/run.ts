// One run of the check: the imposed design on one seed, read the way the
// lesson's goals say. A goal with a `window` reads counts between two moments
// of the run (the report taken at each moment, subtracted), so "availability
// during the brownout" means what it says. Plain data in and out, so the app
// can run seeds in Web Workers and the CLI in-process with the same numbers.
import { Simulation } from '../engine/index.ts';
import type { Report, Scenario } from '../scenario/index.ts';
import { resolveNumber, type PathOptions, type PathValue } from './path.ts';
import type { GoalWindow } from './types.ts';

/** What is measured on a seed: a metric, optionally divided by another, optionally in a window. */
export interface Measure {
  metric: string;
  per?: string;
  window?: GoalWindow;
}

export interface SeedRun {
  seed: number;
  /** One value per measure asked for, in order. */
  values: PathValue[];
  traceHash: string;
  /** The whole-run report's headline, for a line per seed. */
  availability: number;
}

/** Events per slice when progress is reported: a few milliseconds of work. */
const SLICE_EVENTS = 200_000;

export function runSeed(scenario: Scenario, seed: number, measures: readonly Measure[], onProgress?: (fraction: number) => void): SeedRun {
  const sim = new Simulation(scenario, { seed });
  const edges = [...new Set(measures.flatMap((m) => (m.window ? [m.window.fromMs, m.window.toMs] : [])))].sort((a, b) => a - b);
  const at = new Map<number, Report>();
  for (const t of edges) {
    while (!sim.runUntil(t, 1e6)) {
      // Sliced, as the app runs it; slicing never changes the run.
    }
    at.set(t, sim.report());
  }
  // Sliced, so a worker can say how far it is; slicing never changes the run.
  while (!sim.isDone()) {
    sim.runUntil(Infinity, SLICE_EVENTS);
    onProgress?.(Math.min(1, sim.nowMs() / sim.durationMs));
  }
  const report = sim.report();
  const options: PathOptions = { knownIds: new Map([['alerts', new Set((scenario.alerts ?? []).map((a) => a.id))]]) };
  const whole = reportView(report);
  const values = measures.map((m) => {
    const root = m.window ? windowView(at.get(m.window.fromMs)!, at.get(m.window.toMs)!, m.window) : whole;
    return measure(root, m, options);
  });
  return { seed, values, traceHash: report.traceHash, availability: report.availability };
}

function measure(root: unknown, m: Measure, options: PathOptions): PathValue {
  const value = resolveNumber(root, m.metric, options);
  if (!value.ok || m.per === undefined) return value;
  const per = resolveNumber(root, m.per, options);
  if (!per.ok) return per;
  if (per.value === 0) return { ok: false, error: `"${m.per}" is 0, so "${m.metric}" per it has no value` };
  return { ok: true, value: value.value / per.value };
}

/**
 * The report as goals read it, with two conveniences added:
 * `requests.unsuccessful` (every request that did not succeed: failed, timed
 * out or rejected) and `seconds` (the run's length, for `per: "seconds"`).
 */
export function reportView(r: Report): Record<string, unknown> {
  return { ...r, requests: { ...r.requests, unsuccessful: r.requests.total - r.requests.succeeded }, seconds: r.durationMs / 1000 };
}

/**
 * What happened between two moments: every count of the report as a
 * difference, availability and throughput recomputed from them. Latency,
 * utilization and alerts have no difference and are left out (a goal that
 * asks for them in a window gets a message saying so).
 */
export function windowView(a: Report, b: Report, w: GoalWindow): Record<string, unknown> {
  const d = (x: number, y: number) => y - x;
  const ra = a.requests, rb = b.requests;
  const requests = {
    total: d(ra.total, rb.total),
    succeeded: d(ra.succeeded, rb.succeeded),
    failed: d(ra.failed, rb.failed),
    timedOut: d(ra.timedOut, rb.timedOut),
    rejected: d(ra.rejected, rb.rejected),
    attempts: d(ra.attempts, rb.attempts),
  };
  const finished = requests.succeeded + requests.failed + requests.timedOut + requests.rejected;
  const unsuccessful = finished - requests.succeeded;
  const nodes: Record<string, Record<string, number>> = {};
  for (const id of Object.keys(b.nodes)) {
    const na = a.nodes[id], nb = b.nodes[id];
    const node: Record<string, number> = { served: d(na?.served ?? 0, nb.served), rejected: d(na?.rejected ?? 0, nb.rejected) };
    // A cache's hits and misses in the window, and its hit ratio there.
    if (nb.hits !== undefined && nb.misses !== undefined) {
      node.hits = d(na?.hits ?? 0, nb.hits);
      node.misses = d(na?.misses ?? 0, nb.misses);
      if (node.hits + node.misses > 0) node.hitRatio = node.hits / (node.hits + node.misses);
    }
    nodes[id] = node;
  }
  const data = Object.fromEntries(Object.entries(b.data).map(([k, v]) => [k, d((a.data as unknown as Record<string, number>)[k] ?? 0, v as number)]));
  const seconds = (w.toMs - w.fromMs) / 1000;
  return {
    requests: { ...requests, unsuccessful },
    availability: finished === 0 ? 1 : requests.succeeded / finished,
    throughputPerSec: requests.succeeded / seconds,
    seconds,
    nodes,
    data,
  };
}
