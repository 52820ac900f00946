// How the panel shows each metric: its name, which end is bad, its format.
import type { Metric } from '../../experiments/index.ts';
import { formatLatency, formatPercent } from '../format.ts';

export interface MetricView {
  metric: Metric;
  label: string;
  worse: 'lower' | 'higher';
  format(value: number): string;
}

const writes = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)}\u00a0write${v === 1 ? '' : 's'}`;

export const METRIC_VIEWS: readonly MetricView[] = [
  { metric: 'availability', label: 'Availability', worse: 'lower', format: formatPercent },
  { metric: 'latencyP99Ms', label: 'p99 latency', worse: 'higher', format: formatLatency },
  { metric: 'writesLost', label: 'Lost writes', worse: 'higher', format: writes },
];

export function metricView(metric: Metric): MetricView {
  return METRIC_VIEWS.find((v) => v.metric === metric)!;
}
