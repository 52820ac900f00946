// `nines merge SHARD.json… [--json]`: joins the outputs of a sharded sweep
// into exactly the document the unsharded sweep prints, or refuses with a
// message naming the file that does not fit.
import { readFileSync } from 'node:fs';
import { MergeError, mergeSweeps, readSweep, type SweepFile } from '../experiments/index.ts';
import { safeParseJson } from '../scenario/index.ts';
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { InputError } from './load.ts';
import { formatSweep } from './sweep-table.ts';

/** A million runs of about 150 characters each, with room to spare. */
const MAX_SHARD_CHARS = 512 * 1024 * 1024;

export function mergeCommand(args: Args, io: Io): number {
  const files = args.experiment!.files.map(readPart);
  let merged;
  try {
    merged = mergeSweeps(files);
  } catch (err) {
    if (err instanceof MergeError) throw new InputError(err.message);
    throw err;
  }
  io.out(args.json ? JSON.stringify(merged, null, 2) : formatSweep(merged, 'FILE'));
  return 0;
}

function readPart(path: string): SweepFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const json = safeParseJson(text, MAX_SHARD_CHARS);
  if (!json.ok) throw new InputError(`${path}: ${json.error}`);
  try {
    return { source: path, sweep: readSweep(json.value, path) };
  } catch (err) {
    if (err instanceof MergeError) throw new InputError(err.message);
    throw err;
  }
}
