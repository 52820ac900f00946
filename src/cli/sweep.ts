// `nines sweep FILE --seeds A..B [--set PATH=V]… [--grid PATH=V1,V2,…]…
// [--jobs N] [--shard I/N] [--json] [--quiet]`: the scenario run on every
// seed at every grid point, on N worker threads, summarised with 95 %
// confidence intervals. The output depends only on the sweep, never on how
// it was split: runs are ordered by seed whatever --jobs or --shard did.
import { availableParallelism } from 'node:os';
import { buildSweep, gridPoints, setOf, shardSeeds, sweepId, type SweepOutput } from '../experiments/index.ts';
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { loadScenario } from './load.ts';
import { overridden, readGrids, readSets } from './sweep-overrides.ts';
import { runTasks } from './sweep-pool.ts';
import { startProgress } from './sweep-progress.ts';
import { formatSweep } from './sweep-table.ts';

export async function sweepCommand(args: Args, io: Io): Promise<number> {
  const x = args.experiment!;
  const seeds = x.seeds!;
  const { scenario, source, warning } = loadScenario(x.files[0]);
  if (warning) io.err(`nines: note: ${warning}`);
  const sets = readSets(x.sets);
  const points = gridPoints(sets, readGrids(x.grids));
  const flagOf = (path: string) => (sets.some((s) => s.path === path) ? 'set' : 'grid');
  // Every point is validated before the first run: a bad grid value fails at once.
  const scenarios = points.map((point) => overridden(scenario, source, point, flagOf));
  const shard = x.shard ?? { index: 0, count: 1 };
  const mySeeds = shardSeeds(seeds[0], seeds[1], shard);
  const tasks = points.flatMap((_, design) => mySeeds.map((seed) => ({ design, seed })));

  const progress = startProgress({ total: tasks.length, label: 'sweep', quiet: x.quiet });
  const rows = await runTasks(scenarios, tasks, x.jobs ?? availableParallelism(), (done) => progress.update(done));
  progress.end();

  const sweep: SweepOutput = buildSweep({
    scenario: scenario.name,
    seeds,
    shard,
    sweepId: sweepId(scenario, points, seeds),
    points: points.map((point, design) => ({ set: setOf(point), runs: rows.filter((_, i) => tasks[i].design === design) })),
  });
  io.out(args.json ? JSON.stringify(sweep, null, 2) : formatSweep(sweep, x.files[0]));
  return 0;
}
