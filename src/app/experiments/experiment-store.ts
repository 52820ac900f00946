// The Experiments panel's state, outside React (a vanilla zustand store): a
// sweep of the current scenario over seeds, or an A/B comparison of it with
// a pinned design on the same seeds, run on Web Workers with progress and
// cancellation. The page only summarises the rows, which is cheap, so it
// never blocks while hundreds of runs go on in the workers.
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  Cancelled, buildCompare, summarizeRuns, type CompareOutput, type Metric, type OnProgress, type PointSummary, type PoolRun, type RunRow, type Task,
} from '../../experiments/index.ts';
import { formatErrors, validateScenario, type Scenario } from '../../scenario/index.ts';

export const DEFAULT_SEEDS = 30;
export const MAX_SEEDS = 1000;
/** The page hears about progress at most this often. */
const PROGRESS_EVERY_MS = 100;

export type Runner = (scenarios: readonly Scenario[], tasks: readonly Task[], onProgress: OnProgress) => PoolRun;

export interface SweepResult {
  scenarioName: string;
  /** The scenario revision it was run on: a later edit makes it stale. */
  revision: number;
  rows: RunRow[];
  summary: PointSummary;
}

export interface AbResult {
  revision: number;
  pinnedName: string;
  compare: CompareOutput;
  rowsA: RunRow[];
  rowsB: RunRow[];
}

export interface Pinned {
  scenario: Scenario;
  name: string;
}

export interface ExperimentState {
  seedCount: number;
  metric: Metric;
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  /** What is running: a sweep of this design, or A/B with the pinned one. */
  running: 'sweep' | 'ab' | null;
  /** Runs done (fractions of long runs included) of `total`. */
  done: number;
  total: number;
  message: string | null;
  sweep: SweepResult | null;
  ab: AbResult | null;
  pinned: Pinned | null;
  setSeedCount(n: number): void;
  setMetric(metric: Metric): void;
  pin(scenario: Scenario): void;
  unpin(): void;
  runSweep(scenario: Scenario, revision: number): Promise<void>;
  runAb(scenario: Scenario, revision: number): Promise<void>;
  cancel(): void;
}

export type ExperimentStore = StoreApi<ExperimentState>;

export function createExperimentStore(runner: Runner, now: () => number = () => performance.now()): ExperimentStore {
  let current: PoolRun | null = null;
  return createStore<ExperimentState>()((set, get) => {
    /** Runs `scenarios` on seeds 1..seedCount; null when cancelled or failed (the state says why). */
    const execute = async (kind: 'sweep' | 'ab', scenarios: Scenario[]): Promise<RunRow[][] | null> => {
      for (const s of scenarios) {
        const checked = validateScenario(s);
        if (!checked.ok) {
          set({ status: 'error', message: `The design cannot run: ${formatErrors(checked.errors, 3)}` });
          return null;
        }
      }
      current?.cancel();
      const seeds = Array.from({ length: get().seedCount }, (_, i) => i + 1);
      const tasks = scenarios.flatMap((_, design) => seeds.map((seed) => ({ design, seed })));
      let lastShown = -Infinity;
      const onProgress: OnProgress = (done) => {
        const t = now();
        if (t - lastShown < PROGRESS_EVERY_MS) return;
        lastShown = t;
        set({ done });
      };
      set({ status: 'running', running: kind, done: 0, total: tasks.length, message: null });
      const run = runner(scenarios, tasks, onProgress);
      current = run;
      try {
        const rows = await run.rows;
        if (current !== run) return null;
        return scenarios.map((_scenario, design) => rows.filter((_row, i) => tasks[i].design === design));
      } catch (err) {
        if (current !== run) return null;
        if (err instanceof Cancelled) set({ status: 'cancelled', running: null, message: 'Cancelled.' });
        else set({ status: 'error', running: null, message: err instanceof Error ? err.message : String(err) });
        return null;
      } finally {
        if (current === run) current = null;
      }
    };

    return {
      seedCount: DEFAULT_SEEDS,
      metric: 'availability',
      status: 'idle',
      running: null,
      done: 0,
      total: 0,
      message: null,
      sweep: null,
      ab: null,
      pinned: null,
      setSeedCount: (n) => set({ seedCount: Math.max(2, Math.min(MAX_SEEDS, Math.round(n) || DEFAULT_SEEDS)) }),
      setMetric: (metric) => set({ metric }),
      pin: (scenario) => set({ pinned: { scenario: structuredClone(scenario), name: scenario.name }, ab: null }),
      unpin: () => set({ pinned: null, ab: null }),
      runSweep: async (scenario, revision) => {
        const rows = await execute('sweep', [scenario]);
        if (!rows) return;
        set({
          status: 'done', running: null, done: get().total,
          sweep: { scenarioName: scenario.name, revision, rows: rows[0], summary: summarizeRuns(rows[0]) },
        });
      },
      runAb: async (scenario, revision) => {
        const pinned = get().pinned;
        if (!pinned) return;
        const rows = await execute('ab', [pinned.scenario, scenario]);
        if (!rows) return;
        const n = get().seedCount;
        const compare = buildCompare({ a: pinned.name, b: scenario.name, seeds: [1, n], runsA: rows[0], runsB: rows[1] });
        set({ status: 'done', running: null, done: get().total, ab: { revision, pinnedName: pinned.name, compare, rowsA: rows[0], rowsB: rows[1] } });
      },
      cancel: () => current?.cancel(),
    };
  });
}
