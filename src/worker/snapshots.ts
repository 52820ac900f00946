// Snapshots of the simulation at regular simulated times, so a seek back is
// "restore the nearest one, re-run to the target" (deterministic re-run). The
// store stays bounded on long runs: when it fills up, the spacing doubles and
// every other snapshot goes, so any target is at most one spacing away.

export interface Stored<T> {
  atMs: number;
  snapshot: T;
  bytes: number;
}

/**
 * About how many bytes a snapshot holds: its typed arrays plus 8 per other
 * value. Snapshots are plain data (DESIGN.md, rule 4), so a walk sees it all.
 */
export function approxBytes(value: unknown, depth = 0): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value === null || typeof value !== 'object' || depth > 12) return 8;
  let total = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) total += approxBytes(item, depth + 1);
  return total;
}

export class SnapshotStore<T> {
  private items: Stored<T>[] = [];
  private spacingMs: number;
  private skippedUntilMs = 0;

  private totalBytes = 0;

  constructor(
    private readonly initialSpacingMs = 2_000,
    private readonly maxCount = 200,
    /** Memory the snapshots may hold together; past it they thin out like past maxCount. */
    private readonly maxBytes = 192 * 1024 * 1024,
  ) {
    this.spacingMs = initialSpacingMs;
  }

  get count(): number {
    return this.items.length;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get spacing(): number {
    return this.spacingMs;
  }

  /** The simulated time at which the next snapshot is due. */
  nextDueMs(): number {
    const last = this.items[this.items.length - 1];
    if (!last) return 0;
    const from = Math.max(last.atMs, this.skippedUntilMs);
    return (Math.floor(from / this.spacingMs) + 1) * this.spacingMs;
  }

  /** Keeps a snapshot taken at `atMs`; times must increase. */
  add(atMs: number, snapshot: T, bytes = approxBytes(snapshot)): void {
    const last = this.items[this.items.length - 1];
    if (last && atMs <= last.atMs) return;
    this.items.push({ atMs, snapshot, bytes });
    this.totalBytes += bytes;
    while (this.items.length > 2 && (this.items.length > this.maxCount || this.totalBytes > this.maxBytes)) this.thin();
  }

  /** Passes over a due time without a snapshot (the next one is due a spacing later). */
  skipDue(atMs: number): void {
    this.skippedUntilMs = Math.max(this.skippedUntilMs, atMs);
  }

  /** The latest snapshot taken at or before `ms`. */
  atOrBefore(ms: number): Stored<T> | undefined {
    let found: Stored<T> | undefined;
    for (const item of this.items) {
      if (item.atMs > ms) break;
      found = item;
    }
    return found;
  }

  /** Forgets snapshots at or after `ms`: the run from there on has changed. */
  dropFrom(ms: number): void {
    this.keep((item) => item.atMs < ms);
    this.skippedUntilMs = Math.min(this.skippedUntilMs, ms);
  }

  clear(): void {
    this.items = [];
    this.totalBytes = 0;
    this.skippedUntilMs = 0;
    this.spacingMs = this.initialSpacingMs;
  }

  private thin(): void {
    this.spacingMs *= 2;
    const spacing = this.spacingMs;
    // Time 0 stays: a seek to the very start never re-runs anything.
    this.keep((item) => item.atMs === 0 || item.atMs % spacing === 0);
  }

  private keep(predicate: (item: Stored<T>) => boolean): void {
    this.items = this.items.filter(predicate);
    this.totalBytes = this.items.reduce((sum, item) => sum + item.bytes, 0);
  }
}
