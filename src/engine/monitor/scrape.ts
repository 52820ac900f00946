// The scrape: every scrapeIntervalMs the world writes one metric row (system
// columns, then each node's) for charts and alerts, then starts a new interval.
import { grownF64, ms, schedule } from '../kernel/index.ts';
import { Ev } from '../events.ts';
import { NODE_ROW, ROW } from '../frames.ts';
import type { World } from '../state.ts';
import { quantile, resetHistogram } from './histogram.ts';
import type { ScrapeView } from './monitor-state.ts';
import { errorRateOf, touch } from './node-metrics.ts';
import { recordWindow } from './windowed-metrics.ts';
import { evaluateAlerts } from './alerts.ts';
import { recentWindow } from './recent.ts';

export function rowSize(w: World): number {
  return ROW.size + w.cfg.nodes.length * NODE_ROW.size;
}

export function startScrapes(w: World): void {
  schedule(w.queue, w.nowUs + w.cfg.scrapeUs, Ev.scrape, 0, 0);
}

export function scrape(w: World, view: ScrapeView): void {
  schedule(w.queue, w.nowUs + w.cfg.scrapeUs, Ev.scrape, 0, 0);
  if (w.recordRows) writeRow(w, view);
  recordWindow(w, view);
  evaluateAlerts(w);
  resetInterval(w);
}

function writeRow(w: World, view: ScrapeView): void {
  const size = rowSize(w);
  if (w.rowsLen + size > w.rows.length) w.rows = grownF64(w.rows, Math.max(w.rows.length * 2, size * 64));
  const r = w.rows, o = w.rowsLen;
  const sec = w.cfg.scrapeUs / 1e6;
  const iv = w.interval;
  const finished = iv.succeeded + iv.failed + iv.timedOut + iv.rejected;
  const c = w.counters;
  const finishedAll = c.succeeded + c.failed + c.timedOut + c.rejected;
  const availabilityAll = finishedAll === 0 ? 1 : c.succeeded / finishedAll;
  const budget = 1 - w.cfg.slo.availability;
  r[o + ROW.tMs] = ms(w.nowUs);
  r[o + ROW.offeredPerSec] = iv.total / sec;
  r[o + ROW.throughputPerSec] = iv.succeeded / sec;
  r[o + ROW.availability] = finished === 0 ? 1 : iv.succeeded / finished;
  r[o + ROW.errorRate] = finished === 0 ? 0 : (finished - iv.succeeded) / finished;
  r[o + ROW.latencyP50Ms] = ms(quantile(w.ivLatency, 0.5));
  r[o + ROW.latencyP99Ms] = ms(quantile(w.ivLatency, 0.99));
  r[o + ROW.attemptsPerSec] = iv.attempts / sec;
  const data = view.dataSoFar(w);
  r[o + ROW.writesLost] = data.writesLost;
  r[o + ROW.noPrimaryMs] = data.noPrimaryMs;
  r[o + ROW.budgetSpent] = budget > 0 ? (1 - availabilityAll) / budget : 0;
  r[o + ROW.burnRate] = budget > 0 && finished > 0 ? (1 - iv.succeeded / finished) / budget : 0;
  r[o + ROW.requestsTotal] = c.total;
  r[o + ROW.succeededTotal] = c.succeeded;
  r[o + ROW.finishedTotal] = finishedAll;
  const recent = recentWindow(w);
  r[o + ROW.recentStarted] = recent.started;
  r[o + ROW.recentSucceeded] = recent.succeeded;
  r[o + ROW.recentFinished] = recent.finished;
  r[o + ROW.recentWindowMs] = recent.windowMs;
  r[o + ROW.writesAtRisk] = data.writesAtRisk;
  r[o + ROW.staleReads] = data.staleReads;
  for (let n = 0; n < w.cfg.nodes.length; n++) {
    const rt = w.nodes[n];
    const cfg = w.cfg.nodes[n];
    touch(w, rt);
    const b = o + ROW.size + n * NODE_ROW.size;
    r[b + NODE_ROW.up] = rt.downCount === 0 ? 1 : 0;
    r[b + NODE_ROW.queueDepth] = rt.qLen;
    const workers = cfg.service ? cfg.service.workers : 0;
    r[b + NODE_ROW.utilization] = workers > 0 ? Math.min(1, (rt.busyArea - rt.ivBusyArea) / (workers * w.cfg.scrapeUs)) : 0;
    r[b + NODE_ROW.servedPerSec] = rt.ivOk / sec;
    r[b + NODE_ROW.errorRate] = errorRateOf(rt.ivOk, rt.ivFailed);
    r[b + NODE_ROW.replicationLagMs] = view.lagMs(w, n);
    r[b + NODE_ROW.latencyP99Ms] = ms(quantile(rt.ivLatency, 0.99));
    r[b + NODE_ROW.hitRatio] = rt.ivHits + rt.ivMisses > 0 ? rt.ivHits / (rt.ivHits + rt.ivMisses) : NaN;
    r[b + NODE_ROW.breakersOpen] = rt.breakers.length > 0 ? view.breakersOpen(w, n) : 0;
    r[b + NODE_ROW.dnsShare] = view.dnsShare(w, n);
  }
  w.rowsLen = o + size;
}

function resetInterval(w: World): void {
  const iv = w.interval;
  iv.total = iv.succeeded = iv.failed = iv.timedOut = iv.rejected = iv.attempts = 0;
  resetHistogram(w.ivLatency);
  for (const rt of w.nodes) {
    touch(w, rt);
    rt.ivOk = 0;
    rt.ivFailed = 0;
    rt.ivBusyArea = rt.busyArea;
    if (rt.ivLatency.n > 0) resetHistogram(rt.ivLatency);
    rt.hitRatioLast = rt.ivHits + rt.ivMisses > 0 ? rt.ivHits / (rt.ivHits + rt.ivMisses) : NaN;
    rt.ivHits = 0;
    rt.ivMisses = 0;
  }
}

export function takeRows(w: World): Float64Array {
  const out = w.rows.slice(0, w.rowsLen);
  w.rowsLen = 0;
  return out;
}
