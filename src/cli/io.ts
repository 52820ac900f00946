// Where commands write: the real streams in the CLI, buffers in tests.
export interface Io {
  /** Writes a line (a newline is added) to standard output. */
  out(text: string): void;
  /** Writes a line (a newline is added) to standard error. */
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};
