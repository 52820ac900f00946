// Storage that misbehaves on request, for the never-lose-work tests: a
// localStorage with a quota that can throw on read or write, and a
// key-value backend whose writes can be refused.
import { localStorageBackend, type KeyValueBackend } from '../../src/app/storage/index.ts';

export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

export interface FakeStorage extends Storage {
  map: Map<string, string>;
  /** Characters it holds at most (keys and values), as browsers bound localStorage. */
  quotaChars: number;
  failGet?: Error;
  failSet?: Error;
}

export function fakeLocalStorage(quotaChars = 5_000_000): FakeStorage {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage = {
    map,
    quotaChars,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    clear: () => map.clear(),
    getItem(key: string) {
      if (storage.failGet) throw storage.failGet;
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (storage.failSet) throw storage.failSet;
      const before = map.get(key);
      if (used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length > storage.quotaChars) throw quotaError();
      map.set(key, String(value));
    },
    removeItem: (key: string) => void map.delete(key),
  } as FakeStorage;
  return storage;
}

export function localBackend(storage: FakeStorage = fakeLocalStorage()): KeyValueBackend {
  return localStorageBackend(storage)!;
}

/** A backend that holds values in a map and fails its writes (or reads) when told to. */
export function flakyBackend(kind: KeyValueBackend['kind'] = 'indexeddb') {
  const map = new Map<string, string>();
  const state: { failSet?: Error; failGet?: Error; hang?: boolean; hangSet?: boolean; sets: number } = { sets: 0 };
  const backend: KeyValueBackend = {
    kind,
    get: async (key) => {
      if (state.hang) return new Promise<string | undefined>(() => undefined);
      if (state.failGet) throw state.failGet;
      return map.get(key);
    },
    set: async (key, value) => {
      state.sets++;
      if (state.hangSet) return new Promise<void>(() => undefined);
      if (state.failSet) throw state.failSet;
      map.set(key, value);
    },
    del: async (key) => void map.delete(key),
  };
  return { backend, map, state };
}
