// Progress of a long sweep or comparison on stderr: runs done, runs per
// second and the time left, redrawn in place. Only for a person watching:
// silent when stderr is not a terminal (a log, a pipe, CI) or with --quiet,
// and silent for anything done within a second.
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  total: number;
  label: string;
  quiet: boolean;
  sink?: ProgressSink;
  /** Wall-clock milliseconds; injectable for tests. */
  now?: () => number;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 200;

export interface Progress {
  update(done: number): void;
  end(): void;
}

export function startProgress(options: ProgressOptions): Progress {
  const sink = options.sink ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const enabled = !options.quiet && sink.isTTY === true;
  const start = now();
  let lastDraw = -Infinity;
  let shown = false;
  let done = 0;
  const rate = (t: number) => done / Math.max(1e-9, (t - start) / 1000);
  return {
    update(value: number) {
      done = value;
      const t = now();
      if (!enabled || t - start < SHOW_AFTER_MS || t - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = t;
      shown = true;
      const left = done > 0 ? (options.total - done) / rate(t) : Number.NaN;
      sink.write(`\r${options.label}: ${Math.floor(done)}/${options.total} runs · ${rate(t).toFixed(1)} runs/s · ${formatLeft(left)}\x1b[K`);
    },
    end() {
      if (!shown) return;
      const seconds = (now() - start) / 1000;
      sink.write(`\r${options.label}: ${options.total} runs in ${seconds.toFixed(1)} s · ${(options.total / seconds).toFixed(1)} runs/s\x1b[K\n`);
    },
  };
}

export function formatLeft(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'time left unknown';
  if (seconds < 60) return `${Math.ceil(seconds)} s left`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${Math.floor(seconds % 60)} s left`;
  return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min left`;
}
