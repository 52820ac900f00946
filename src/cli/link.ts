// `nines link FILE [--base URL]`: prints the share link that opens the
// scenario in the app (the scenario travels in the URL fragment).
import { DEFAULT_APP_URL, encodeScenarioLink } from '../scenario/index.ts';
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { InputError, loadScenario } from './load.ts';

export function linkCommand(args: Args, io: Io): number {
  const { scenario, source } = loadScenario(args.file!);
  try {
    io.out(encodeScenarioLink(scenario, args.base ?? DEFAULT_APP_URL));
  } catch (err) {
    throw new InputError(`${source}: ${(err as Error).message}`);
  }
  return 0;
}
