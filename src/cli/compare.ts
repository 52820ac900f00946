// `nines compare A B --seeds A..B [--jobs N] [--json] [--quiet]`: both
// designs run on each seed, and the paired difference B − A of each metric
// with its 95 % interval, said in words with whether it is significant.
import { availableParallelism } from 'node:os';
import { buildCompare, type RunRow } from '../experiments/index.ts';
import type { Args } from './args.ts';
import { formatCompare } from './compare-table.ts';
import type { Io } from './io.ts';
import { loadScenario } from './load.ts';
import { runTasks } from './sweep-pool.ts';
import { startProgress } from './sweep-progress.ts';

export async function compareCommand(args: Args, io: Io): Promise<number> {
  const x = args.experiment!;
  const [first, last] = x.seeds!;
  const a = loadScenario(x.files[0]);
  const b = loadScenario(x.files[1]);
  for (const { warning } of [a, b]) if (warning) io.err(`nines: note: ${warning}`);
  const seeds = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const tasks = [0, 1].flatMap((design) => seeds.map((seed) => ({ design, seed })));

  const progress = startProgress({ total: tasks.length, label: 'compare', quiet: x.quiet });
  const rows = await runTasks([a.scenario, b.scenario], tasks, x.jobs ?? availableParallelism(), (done) => progress.update(done));
  progress.end();

  const of = (design: number): RunRow[] => rows.filter((_, i) => tasks[i].design === design);
  const runsA = of(0);
  const runsB = of(1);
  const result = buildCompare({ a: a.scenario.name, b: b.scenario.name, seeds: [first, last], runsA, runsB });
  io.out(args.json ? JSON.stringify(result, null, 2) : formatCompare(result, { files: [x.files[0], x.files[1]], runsA, runsB }));
  return 0;
}
