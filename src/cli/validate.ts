// `nines validate FILE`: checks a scenario without running it; every problem
// is listed with the path of the bad field.
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { loadScenario } from './load.ts';

export function validateCommand(args: Args, io: Io): number {
  const { scenario, source, warning } = loadScenario(args.file!);
  if (warning) io.err(`nines: note: ${warning}`);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const parts = [
    count(scenario.nodes.length, 'node'),
    count(scenario.links?.length ?? 0, 'link'),
    count(scenario.clusters?.length ?? 0, 'cluster'),
    count(scenario.faults?.length ?? 0, 'fault'),
    count(scenario.alerts?.length ?? 0, 'alert'),
  ];
  io.out(`${source}: valid scenario "${scenario.name}" (${parts.join(', ')})`);
  return 0;
}
