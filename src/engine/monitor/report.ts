// The report's `alerts` and `slo` sections.
import type { AlertFiring, SloReport } from '../../scenario/types.ts';
import type { World } from '../state.ts';
import { quantile } from './histogram.ts';

export function alertFirings(_w: World): AlertFiring[] {
  return [];
}

export function sloReport(w: World, availability: number): SloReport {
  const slo = w.cfg.slo;
  const budget = 1 - slo.availability;
  const latencyAtPercentileMs = quantile(w.latency, slo.percentile / 100) / 1000;
  return {
    met: availability >= slo.availability && latencyAtPercentileMs <= slo.latencyMs,
    availability,
    errorBudgetSpent: budget > 0 ? (1 - availability) / budget : availability < 1 ? Infinity : 0,
  };
}
