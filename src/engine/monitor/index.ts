// The monitor's door: latency histograms, per-node accounting, the event log,
// scrapes into metric rows and alert windows, alert rules, the report's alert
// and SLO sections. It reads nothing of the rooms above it except through the
// ScrapeView the loop hands to each scrape.
export { coarseHistogram, fineHistogram, mean, quantile, record, resetHistogram, type Histogram } from './histogram.ts';
export { countAnswered, countRejected, touch } from './node-metrics.ts';
export { finishAreas } from './finish.ts';
export { logEvent } from './log.ts';
export type { MonitorRt, ScrapeView } from './monitor-state.ts';
export { createMonitor } from './setup.ts';
export { scrape, startScrapes, takeRows } from './scrape.ts';
export { alertFirings, faultDetections, sloReport } from './report.ts';
export { createRecent, recentFinished, recentStarted, recentWindow, type RecentRing } from './recent.ts';
