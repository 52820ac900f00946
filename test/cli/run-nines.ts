// Runs the real `nines` command (`node bin/nines.js`) for the CLI tests of
// links, embeds and exit codes: real files, real processes, real exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/nines.js');

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node [nodeArgs…] bin/nines.js ...args`; a hang fails the test instead of the suite. */
export function ninesWith(nodeArgs: string[], ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, timeout: 30_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export const nines = (...args: string[]): Promise<Result> => ninesWith([], ...args);

/** A scratch folder, and a function that writes a JSON file in it. */
export function scratch(): { dir: string; file(content: unknown): string } {
  const dir = mkdtempSync(join(tmpdir(), 'nines-cli-share-'));
  let count = 0;
  return {
    dir,
    file(content: unknown) {
      const path = join(dir, `scenario-${count++}.json`);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}
