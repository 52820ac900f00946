// Where the learner stands in the course — passed, tried, not started — kept
// in the browser's storage behind a small interface (localStorage here; an
// IndexedDB store can take its place), so a reload keeps the progress and
// tests keep it in memory. A status only moves forward: a passed lesson stays
// passed when a later attempt fails.
export type LessonStatus = 'passed' | 'tried' | 'not-started';
export type Progress = Readonly<Record<string, Exclude<LessonStatus, 'not-started'>>>;

export interface ProgressStorage {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export const PROGRESS_KEY = 'nines.lessons.progress.v1';

export function localStorageProgress(key: string = PROGRESS_KEY): ProgressStorage {
  return {
    read: async () => {
      try {
        return globalThis.localStorage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write: async (text) => {
      try {
        globalThis.localStorage?.setItem(key, text);
      } catch {
        // Private mode or a full quota: progress lives for this session only.
      }
    },
  };
}

export function memoryProgress(initial: string | null = null): ProgressStorage & { text: string | null } {
  const store = {
    text: initial,
    read: async () => store.text,
    write: async (text: string) => {
      store.text = text;
    },
  };
  return store;
}

/** Parses stored progress; anything malformed counts as no progress (never an error). */
export function parseProgress(text: string | null): Progress {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Record<string, 'passed' | 'tried'> = {};
    for (const [id, status] of Object.entries(value)) {
      if (/^[a-z0-9-]{1,64}$/.test(id) && (status === 'passed' || status === 'tried')) out[id] = status;
    }
    return out;
  } catch {
    return {};
  }
}

/** The progress after an attempt: `passed` wins over `tried`, forever. */
export function advance(progress: Progress, id: string, status: 'passed' | 'tried'): Progress {
  if (progress[id] === 'passed' || progress[id] === status) return progress;
  return { ...progress, [id]: status };
}

export function statusOf(progress: Progress, id: string): LessonStatus {
  return progress[id] ?? 'not-started';
}
