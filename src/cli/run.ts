// `nines run FILE [--seed N] [--duration MS] [--json]`: runs the scenario in
// the engine and prints a summary, or the report JSON (nines/report@1). FILE
// may be a share link, so a link from class runs in a script.
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { checked, loadScenario } from './load.ts';
import { formatSummary } from './summary.ts';
import { overridden, readSets } from './sweep-overrides.ts';

export async function runCommand(args: Args, io: Io): Promise<number> {
  const loaded = loadScenario(args.file!);
  if (loaded.warning) io.err(`nines: note: ${loaded.warning}`);
  // `--set` as in a sweep, so any run of a sweep replays with `nines run`.
  const scenario = overridden(loaded.scenario, loaded.source, readSets(args.sets ?? []));
  const source = loaded.source;
  const options = {
    ...(args.seed !== undefined && { seed: args.seed }),
    ...(args.durationMs !== undefined && { durationMs: args.durationMs }),
  };
  // The overrides obey the same limits as the file (e.g. samples per run).
  const effective = checked({ ...scenario, ...options }, `${source} with --seed/--duration`);
  // Loaded on demand, so `validate` and `link` start without the engine.
  const { runScenario } = await import('../engine/index.ts');
  const report = runScenario(scenario, options);
  io.out(args.json ? JSON.stringify(report, null, 2) : formatSummary(report, effective));
  return 0;
}
