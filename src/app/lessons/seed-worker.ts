// What a lesson's check worker does with a message, apart from the worker's
// plumbing (so Node tests can drive it). It speaks the experiments room's
// pool protocol (one 'designs' message, then 'run' requests), so the Check
// button reuses that dispatch: two runs in flight per worker, progress,
// cancellation. The check's measures travel in the scenario's `meta`, the
// format's open field, which the engine never reads.
import type { RunRow, WorkerReply, WorkerRequest } from '../../experiments/index.ts';
import { runSeed, type Measure, type SeedRun } from '../../lessons/index.ts';
import type { Scenario } from '../../scenario/index.ts';

export const MEASURES_KEY = 'ninesLessonMeasures';

export function withMeasures(scenario: Scenario, measures: readonly Measure[]): Scenario {
  return { ...scenario, meta: { ...scenario.meta, [MEASURES_KEY]: measures } };
}

/**
 * The pool's rows are typed as experiment rows; a lesson's worker answers
 * with its seed's run instead, and check-runner.ts reads them back as such.
 */
const asRow = (run: SeedRun): RunRow => run as unknown as RunRow;

export function createSeedHandler(post: (reply: WorkerReply) => void): (request: WorkerRequest) => void {
  let scenario: Scenario | undefined;
  return (request) => {
    if (request.type === 'designs') {
      scenario = request.scenarios[0];
      return;
    }
    const { id, seed } = request;
    try {
      if (!scenario) throw new Error('no design was sent before the run');
      const measures = (scenario.meta?.[MEASURES_KEY] ?? []) as Measure[];
      post({ id, row: asRow(runSeed(scenario, seed, measures, (fraction) => post({ id, fraction }))) });
    } catch (err) {
      post({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  };
}
