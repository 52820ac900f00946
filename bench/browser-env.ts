// What the browser benchmarks share (bench:browser, profile-large.ts,
// screens.ts): build the app, serve a build with vite preview on a private
// port, and start Debian's Chromium (or Playwright's own) headless, with the
// flags that keep it from reaching hosts this machine cannot reach.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

/** Builds the app into `outDir` (unminified when asked, so a profile keeps function names). */
export function build(outDir: string, minify = true): Promise<void> {
  return run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...(minify ? [] : ['--minify', 'false'])]);
}

/** Serves `outDir` on `port` and resolves once it answers; stop it with stopServer. */
export async function serve(outDir: string, port: number): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopServer(server);
  throw new Error('vite preview did not start');
}

export function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid);
}

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Serves `outDir`, starts Chromium, runs `withBrowser`, and stops both whatever happens. */
export async function withServedBrowser<T>(outDir: string, port: number, withBrowser: (browser: Browser) => Promise<T>): Promise<T> {
  const server = await serve(outDir, port);
  try {
    const browser = await launchChromium();
    try {
      return await withBrowser(browser);
    } finally {
      await browser.close();
    }
  } finally {
    stopServer(server);
  }
}

/** Runs a bench's main, printing its error (shortened: Playwright's can be pages long) and failing the process. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message.slice(0, 2_000) : error);
    process.exitCode = 1;
  });
}
