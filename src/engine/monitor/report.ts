// The report's `alerts`, `slo` and (added) `faults` sections.
import type { AlertFiring, FaultDetection, SloReport } from '../../scenario/index.ts';
import { ms } from '../kernel/index.ts';
import type { World } from '../state.ts';
import { quantile } from './histogram.ts';

export function alertFirings(w: World): AlertFiring[] {
  const out: AlertFiring[] = [];
  w.cfg.alerts.forEach((rule, i) => {
    for (const f of w.monitor.alerts[i].firings) out.push(f.resolvedAtMs === undefined ? { id: rule.id, firedAtMs: f.firedAtMs } : { id: rule.id, firedAtMs: f.firedAtMs, resolvedAtMs: f.resolvedAtMs });
  });
  return out.sort((a, b) => a.firedAtMs - b.firedAtMs || (a.id < b.id ? -1 : 1));
}

/** For each fault, the first alert firing at or after its start: the time to detect. */
export function faultDetections(w: World, faults: readonly { type: string; target?: string; atMs: number }[]): FaultDetection[] {
  const firings = alertFirings(w);
  return faults.map((f, index) => {
    const first = firings.find((a) => a.firedAtMs >= f.atMs);
    const base = { index, type: f.type, ...(f.target === undefined ? {} : { target: f.target }), atMs: f.atMs };
    return first ? { ...base, detectedAtMs: first.firedAtMs, timeToDetectMs: first.firedAtMs - f.atMs, alert: first.id } : base;
  });
}

export function sloReport(w: World, availability: number): SloReport {
  const slo = w.cfg.slo;
  const budget = 1 - slo.availability;
  const latencyMs = ms(quantile(w.latency, slo.percentile / 100));
  return {
    met: availability >= slo.availability && latencyMs <= slo.latencyMs,
    availability,
    errorBudgetSpent: budget > 0 ? (1 - availability) / budget : availability < 1 ? Infinity : 0,
    latencyMs,
    target: { availability: slo.availability, latencyMs: slo.latencyMs, percentile: slo.percentile },
  };
}
