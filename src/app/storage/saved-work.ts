// Saved work: the two values Nines keeps in the browser (the work on screen
// and the Recent list), read once at boot and written after every change.
// Writes are queued and coalesced (only the newest value of a key is
// written), go to IndexedDB and, if that fails, to localStorage; when both
// fail the status says why at once, and the work stays in memory (the app
// offers Export). Reads that throw never stop the app from booting.
import { describeStorageError, indexedDbBackend, localStorageBackend, memoryBackend, type BackendKind, type KeyValueBackend } from './backend.ts';

export const KEYS = { work: 'nines:work@2', recent: 'nines:recent@2', unreadable: 'nines:work-unreadable@2' } as const;
/** Where builds before IndexedDB kept work, in localStorage: read once, never written. */
export const LEGACY_KEYS = { work: 'nines:autosave@1', recent: 'nines:recent@1' } as const;
/** A read of storage that has not answered by then is given up (a blocked IndexedDB must not stop the boot). */
export const OPEN_TIMEOUT_MS = 2000;

export type SaveProblem = 'full' | 'refused' | 'unavailable' | 'unreadable';
export type SaveStatus = { ok: true; where: BackendKind } | { ok: false; problem: SaveProblem };

/** What the browser held at boot, as text still to be validated. */
export interface StoredText {
  work?: string;
  recent?: string;
  /** True when the work came from the legacy localStorage keys (a bare scenario, no origin). */
  legacy?: boolean;
}

export interface Backends {
  indexedDb?: KeyValueBackend;
  localStorage?: KeyValueBackend;
}

export class SavedWork {
  private currentStatus: SaveStatus;
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private readonly pending = new Map<string, string>();
  private writing: Promise<void> | null = null;
  private inFlight: [string, string] | null = null;
  /** Keys whose newest value went to the fallback (IndexedDB refused it): dropped there once IndexedDB takes one. */
  private readonly inFallback = new Set<string>();

  private constructor(
    private primary: KeyValueBackend,
    private readonly fallback: KeyValueBackend | undefined,
    status: SaveStatus,
    readonly stored: StoredText,
  ) {
    this.currentStatus = status;
  }

  /** Memory only, nothing stored: before open(), and in tests. */
  static inMemory(stored: StoredText = {}): SavedWork {
    return new SavedWork(memoryBackend(), undefined, { ok: true, where: 'memory' }, stored);
  }

  /**
   * Opens the best storage the browser offers and reads what it holds.
   * Never rejects: whatever storage does, the app gets a SavedWork.
   */
  static async open(backends: Backends = defaultBackends(), timeoutMs = OPEN_TIMEOUT_MS): Promise<SavedWork> {
    const { indexedDb, localStorage } = backends;
    let readFailed = false;
    for (const backend of [indexedDb, localStorage]) {
      if (!backend) continue;
      try {
        const fallback = backend === indexedDb ? localStorage : undefined;
        const stored = await withTimeout(readStored(backend, fallback, localStorage), timeoutMs);
        const saved = new SavedWork(backend, fallback, { ok: true, where: backend.kind }, stored.text);
        for (const key of stored.inFallback) saved.inFallback.add(key);
        return saved;
      } catch {
        readFailed = true;
      }
    }
    // Storage that cannot be read must not be written either: a write could
    // overwrite work saved there that this tab never saw.
    return new SavedWork(memoryBackend(), undefined, { ok: false, problem: readFailed ? 'unreadable' : 'unavailable' }, {});
  }

  get status(): SaveStatus {
    return this.currentStatus;
  }

  /** True while what is saved outlives this tab. */
  canKeep(): boolean {
    return this.currentStatus.ok && this.currentStatus.where !== 'memory';
  }

  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a write; only the newest value of each key is written. */
  write(key: string, value: string): void {
    if (!this.currentStatus.ok && this.currentStatus.problem === 'unreadable') return;
    this.pending.set(key, value);
    this.writing ??= this.flush();
  }

  /** Resolves once every queued write has been tried (tests, and before leaving). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /**
   * The page is going away with writes not yet done (IndexedDB is
   * asynchronous): put them in the fallback now, synchronously, so the next
   * load finds them there (a fallback value counts as the newer one).
   */
  rescuePending(): void {
    if (!this.fallback) return;
    const unsaved = new Map(this.inFlight ? [this.inFlight, ...this.pending] : this.pending);
    for (const [key, value] of unsaved) {
      // localStorage's set runs at the call, before its promise settles.
      this.fallback.set(key, value).then(() => this.inFallback.add(key), () => undefined);
    }
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.size > 0) {
        const [key, value] = this.pending.entries().next().value as [string, string];
        this.pending.delete(key);
        this.inFlight = [key, value];
        await this.writeOne(key, value);
        this.inFlight = null;
      }
    } finally {
      this.writing = null;
    }
  }

  private async writeOne(key: string, value: string): Promise<void> {
    // Memory keeps everything and outlives nothing: the status it was opened with stays.
    if (this.primary.kind === 'memory') return this.primary.set(key, value);
    try {
      await this.primary.set(key, value);
      this.setStatus({ ok: true, where: this.primary.kind });
      if (this.inFallback.delete(key)) await this.fallback?.del(key).catch(() => undefined);
      return;
    } catch (error) {
      if (this.fallback) {
        try {
          await this.fallback.set(key, value);
          this.inFallback.add(key);
          this.setStatus({ ok: true, where: this.fallback.kind });
          return;
        } catch {
          // Both refused: say why the first did.
        }
      }
      this.setStatus({ ok: false, problem: describeStorageError(error) });
    }
  }

  /** Keeps the same status object while nothing changes, so a listener (or React) sees a change only when there is one. */
  private setStatus(status: SaveStatus): void {
    const now = this.currentStatus;
    const same = status.ok && now.ok ? status.where === now.where : !status.ok && !now.ok && status.problem === now.problem;
    if (same) return;
    this.currentStatus = status;
    for (const listener of this.listeners) listener(status);
  }
}

function defaultBackends(): Backends {
  return { indexedDb: indexedDbBackend(), localStorage: localStorageBackend() };
}

/**
 * Reads the work and the Recent list. A value in the fallback is newer than
 * the primary's (it is written there only when the primary refused, and
 * dropped once the primary takes one again). When neither holds anything,
 * the legacy localStorage keys of older builds are read.
 */
async function readStored(
  primary: KeyValueBackend,
  fallback: KeyValueBackend | undefined,
  legacy: KeyValueBackend | undefined,
): Promise<{ text: StoredText; inFallback: string[] }> {
  const text: StoredText = { work: await primary.get(KEYS.work), recent: await primary.get(KEYS.recent) };
  const inFallback: string[] = [];
  if (fallback) {
    try {
      for (const [field, key] of [['work', KEYS.work], ['recent', KEYS.recent]] as const) {
        const newer = await fallback.get(key);
        if (newer !== undefined) {
          text[field] = newer;
          inFallback.push(key);
        }
      }
    } catch {
      // An unreadable fallback holds nothing newer that this tab could use.
    }
  }
  if (text.work !== undefined || text.recent !== undefined || !legacy) return { text, inFallback };
  try {
    return { text: { work: await legacy.get(LEGACY_KEYS.work), recent: await legacy.get(LEGACY_KEYS.recent), legacy: true }, inFallback };
  } catch {
    return { text: {}, inFallback };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`storage did not answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The sentence for a status that is not ok. */
export function describeProblem(problem: SaveProblem): string {
  switch (problem) {
    case 'full':
      return 'This browser’s storage for Nines is full, so your work cannot be saved.';
    case 'refused':
      return 'This browser refused to save your work (private browsing, or site storage turned off).';
    case 'unavailable':
      return 'This browser offers Nines no storage (private browsing, or site storage turned off), so your work cannot be saved.';
    case 'unreadable':
      return 'Nines could not read this browser’s storage, so it does not write to it either (that could overwrite work saved there).';
  }
}
