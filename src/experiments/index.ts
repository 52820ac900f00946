// The door of the experiments room: many seeds with confidence intervals,
// paired comparisons, overrides and sharded sweeps. Shared by the CLI (worker
// threads) and the app (Web Workers); nothing here knows which runs it.
export { tCdf, tQuantile, tQuantile975 } from './student-t.ts';
export { ci95, isSignificant, mean, paired, sampleSd, summarize, type Interval, type MetricSummary, type PairedMetric, type Worse } from './stats.ts';
export { applyOverrides, isTimePath, parseValue, splitAssignment, splitValues, type Override, type Parsed } from './overrides.ts';
export {
  SWEEP_FORMAT,
  buildSweep,
  gridPoints,
  rowFromReport,
  setOf,
  shardSeeds,
  summarizeRuns,
  sweepId,
  type Grid,
  type PointSummary,
  type RunRow,
  type Shard,
  type SweepOutput,
  type SweepParts,
  type SweepPoint,
} from './sweep.ts';
export { MergeError, mergeSweeps, readSweep, type SweepFile } from './merge.ts';
export { COMPARE_FORMAT, METRICS, buildCompare, type CompareOutput, type CompareParts, type Metric } from './compare.ts';
export { digitsFor, ninesAndDowntime, spokenDuration, verdict, type Verdict } from './words.ts';
export { runOne } from './run-one.ts';
export {
  Cancelled,
  createWorkerHandler,
  runOnPorts,
  type OnProgress,
  type PoolRun,
  type Port,
  type Task,
  type WorkerReply,
  type WorkerRequest,
} from './pool.ts';
