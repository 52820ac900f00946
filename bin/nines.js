#!/usr/bin/env node
// The `nines` command. Plain ESM JavaScript so that it runs straight after
// `npm install`, with no build step. The TypeScript sources are bundled with
// esbuild into node_modules/.cache on first use (and again whenever src/
// changes): tsx's loader wraps every imported binding in a getter, which made
// the engine's event loop 2.5× slower. If bundling is impossible (no esbuild,
// no writable cache), tsx compiles the sources on the fly instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A hash of every source file's path, size and modification time: cheap, and changes with any edit. */
function sourcesStamp(dir) {
  const hash = createHash('sha256');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const s = statSync(path);
      if (s.isDirectory()) walk(path);
      else hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  walk(dir);
  hash.update(readFileSync(join(root, 'package.json')));
  return hash.digest('hex').slice(0, 16);
}

async function bundled() {
  const { build } = await import('esbuild');
  const cache = join(root, 'node_modules', '.cache', 'nines');
  const out = join(cache, `cli-${sourcesStamp(join(root, 'src'))}.mjs`);
  try {
    statSync(out);
  } catch {
    mkdirSync(cache, { recursive: true });
    // Bundles made from older sources are of no more use.
    for (const name of readdirSync(cache)) if (name.startsWith('cli-') && name.endsWith('.mjs')) rmSync(join(cache, name), { force: true });
    // Written aside and renamed, so a second `nines` starting at once never reads half a file.
    const part = `${out}.${process.pid}.part`;
    await build({
      entryPoints: [join(root, 'src', 'cli', 'main.ts')], bundle: true, format: 'esm', platform: 'node',
      target: 'node20', outfile: part, logLevel: 'silent', packages: 'external',
    });
    renameSync(part, out);
  }
  return import(pathToFileURL(out).href);
}

async function compiledOnTheFly() {
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

try {
  const { main } = await bundled().catch(() => compiledOnTheFly());
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // Nines could not even start (its sources would not load): that is a bug
  // or a broken install, never the user's input, so exit 70 as main does.
  process.stderr.write(`nines: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.stderr.write('This is a bug in Nines or a broken install. Please report it as an issue in the Nines repository, with the command you ran and this message (NINES_DEBUG=1 adds the stack trace).\n');
  if (process.env.NINES_DEBUG) process.stderr.write(`${err instanceof Error ? err.stack : ''}\n`);
  process.exitCode = 70;
}
