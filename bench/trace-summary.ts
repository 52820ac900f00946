// What a Chromium performance trace says about the main thread's long tasks:
// for each task over a threshold, its time by trace event (self time, so
// nested events are not counted twice) and by JavaScript function (from the
// trace's CPU profile samples, self and inclusive). Used by profile-large.ts.

export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Sample {
  ts: number;
  node: number;
}

interface Thread {
  pid: number;
  tid: number;
}

function mainThread(events: readonly TraceEvent[]): Thread {
  const counts = new Map<string, number>();
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args?.name as string) === 'CrRendererMain');
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: Thread | null = null;
  let most = -1;
  for (const m of mains) {
    const n = counts.get(`${m.pid}:${m.tid}`) ?? 0;
    if (n > most) {
      most = n;
      best = { pid: m.pid, tid: m.tid };
    }
  }
  if (!best) throw new Error('no renderer main thread in the trace');
  return best;
}

/** The CPU profile samples of `thread`, with their functions. */
function samplesOf(events: readonly TraceEvent[], thread: Thread): { samples: Sample[]; nodes: Map<number, ProfileNode> } {
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid).map((e) => e.id));
  const starts = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.name === 'Profile' && profileIds.has(e.id)) starts.set(e.id, (e.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  }
  const nodes = new Map<number, ProfileNode>();
  const samples: Sample[] = [];
  const clock = new Map(starts);
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && profileIds.has(e.id)).sort((a, b) => a.ts - b.ts);
  for (const e of chunks) {
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let t = clock.get(e.id) ?? 0;
    ids.forEach((id, i) => {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node: id });
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.ts - b.ts);
  return { samples, nodes };
}

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = (f.url ?? '').split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${(f.lineNumber ?? -1) + 1}`;
}

function top(map: Map<string, number>, n: number, totalUs: number): string {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([k, us]) => `      ${(us / 1000).toFixed(1).padStart(7)} ms ${((100 * us) / totalUs).toFixed(0).padStart(3)} %  ${k}`).join('\n');
}

/** Self time by event name of the X events nested in [start, end] on the thread. */
function eventSelfTimes(events: readonly TraceEvent[], start: number, end: number): Map<string, number> {
  const inside = events.filter((e) => e.ts >= start && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of inside) {
    const eEnd = e.ts + (e.dur ?? 0);
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
    stack.push({ end: eEnd, name: e.name });
  }
  return self;
}

function functionTimes(samples: readonly Sample[], nodes: Map<number, ProfileNode>, start: number, end: number) {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.ts < start || s.ts > end) continue;
    const next = samples[i + 1];
    const weight = next ? Math.min(next.ts - s.ts, 2_000) : 100;
    let node = nodes.get(s.node);
    if (!node) continue;
    const leaf = frameName(node);
    self.set(leaf, (self.get(leaf) ?? 0) + weight);
    const seen = new Set<string>();
    while (node) {
      const name = frameName(node);
      if (!seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + weight);
      }
      node = node.parent !== undefined ? nodes.get(node.parent) : undefined;
    }
  }
  return { self, inclusive };
}

/** The main thread's busy time over the whole trace, wall and CPU, and the events that took it (self CPU time). */
function busySummary(mine: readonly TraceEvent[]): string {
  const runs = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const outer = runs.filter((e, i) => i === 0 || e.ts >= runs[i - 1].ts + (runs[i - 1].dur ?? 0));
  const span = mine.length ? (Math.max(...mine.map((e) => e.ts + (e.dur ?? 0))) - Math.min(...mine.map((e) => e.ts))) / 1000 : 0;
  const wall = outer.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
  const cpu = outer.reduce((a, e) => a + ((e as { tdur?: number }).tdur ?? 0), 0) / 1000;
  const cpuOf = (e: TraceEvent) => ({ ...e, dur: (e as { tdur?: number }).tdur ?? e.dur });
  const start = Math.min(...mine.map((e) => e.ts));
  const self = eventSelfTimes(mine.filter((e) => (e as { tdur?: number }).tdur !== undefined).map(cpuOf), start, Number.POSITIVE_INFINITY);
  return `main thread over ${span.toFixed(0)} ms: busy ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU\n  by event (self CPU):\n${top(self, 12, cpu * 1000)}`;
}

/** A report of every main-thread task longer than `thresholdMs`, and of all of them together. */
export function summariseTrace(events: readonly TraceEvent[], thresholdMs: number): string {
  const thread = mainThread(events);
  const mine = events.filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid);
  const tasks = mine.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > thresholdMs * 1000);
  // A RunTask nested in another is part of it.
  const outer = tasks.filter((t) => !tasks.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0) && (o.dur ?? 0) > (t.dur ?? 0)));
  const { samples, nodes } = samplesOf(events, thread);
  const out: string[] = [busySummary(mine), `${outer.length} tasks over ${thresholdMs} ms on the main thread (${samples.length} CPU samples)`];
  const allEvents = new Map<string, number>();
  const allSelf = new Map<string, number>();
  const allIncl = new Map<string, number>();
  let total = 0;
  for (const t of outer) {
    const start = t.ts;
    const end = t.ts + (t.dur ?? 0);
    total += end - start;
    const ev = eventSelfTimes(mine, start, end);
    const fn = functionTimes(samples, nodes, start, end);
    for (const [k, v] of ev) allEvents.set(k, (allEvents.get(k) ?? 0) + v);
    for (const [k, v] of fn.self) allSelf.set(k, (allSelf.get(k) ?? 0) + v);
    for (const [k, v] of fn.inclusive) allIncl.set(k, (allIncl.get(k) ?? 0) + v);
    out.push(`\n  task at ${((t.ts - outer[0].ts) / 1000).toFixed(0)} ms, ${((t.dur ?? 0) / 1000).toFixed(1)} ms`);
    out.push('    trace events (self):', top(ev, 8, end - start));
    out.push('    functions (self):', top(fn.self, 10, end - start));
    out.push('    functions (inclusive):', top(fn.inclusive, 14, end - start));
  }
  if (outer.length > 1) {
    out.push(`\n  all ${outer.length} long tasks together, ${(total / 1000).toFixed(0)} ms`);
    out.push('    trace events (self):', top(allEvents, 12, total));
    out.push('    functions (self):', top(allSelf, 20, total));
    out.push('    functions (inclusive):', top(allIncl, 30, total));
  }
  return out.join('\n');
}
