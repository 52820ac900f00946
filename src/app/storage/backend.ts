// Where saved work lives: IndexedDB (large quota, transactional writes)
// through idb-keyval, localStorage when IndexedDB cannot be used, memory when
// neither can. Every call may throw or reject — storage can be full, disabled
// or in private mode — and the caller (saved-work.ts) turns that into words.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export type BackendKind = 'indexeddb' | 'localstorage' | 'memory';

/** Text values by key; the values are validated when read, as anything from outside. */
export interface KeyValueBackend {
  readonly kind: BackendKind;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  del(key: string): Promise<void>;
}

export const IDB_DATABASE = 'nines';
export const IDB_STORE = 'saved';

/** IndexedDB, or undefined when this browser has none (or refuses to say). */
export function indexedDbBackend(factory: IDBFactory | undefined = globalIndexedDb()): KeyValueBackend | undefined {
  if (!factory) return undefined;
  let store: UseStore;
  try {
    store = createStore(IDB_DATABASE, IDB_STORE);
  } catch {
    return undefined;
  }
  return {
    kind: 'indexeddb',
    get: async (key) => {
      const value: unknown = await get(key, store);
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
  };
}

/** localStorage (synchronous underneath), or undefined when it is absent or disabled. */
export function localStorageBackend(storage: Storage | undefined = globalLocalStorage()): KeyValueBackend | undefined {
  if (!storage) return undefined;
  return {
    kind: 'localstorage',
    get: async (key) => storage.getItem(key) ?? undefined,
    set: async (key, value) => storage.setItem(key, value),
    del: async (key) => storage.removeItem(key),
  };
}

/** Keeps values for this tab only: what is left when the browser keeps nothing. */
export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, string>();
  return {
    kind: 'memory',
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    del: async (key) => void map.delete(key),
  };
}

function globalIndexedDb(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

function globalLocalStorage(): Storage | undefined {
  try {
    // Reading the property itself throws where storage is disabled.
    return typeof localStorage === 'undefined' || localStorage === null ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** In words, why a write failed: full, or refused. */
export function describeStorageError(error: unknown): 'full' | 'refused' {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  return /quota/i.test(name) || /quota|full|space/i.test(String((error as { message?: unknown })?.message ?? '')) ? 'full' : 'refused';
}
