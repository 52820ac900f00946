// Saved work in the browser's storage, with a fake IndexedDB (fake-indexeddb)
// and a localStorage that fills up or throws on request: whatever storage
// does, opening never fails, the status says at once when saving does not
// work, and storage that cannot be read is never written.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { KEYS, LEGACY_KEYS, SavedWork, indexedDbBackend, localStorageBackend, type SaveStatus } from '../../src/app/storage/index.ts';
import { fakeLocalStorage, flakyBackend, localBackend, quotaError } from './fakes.ts';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test (idb-keyval opens the global one).
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = new IDBFactory();
});

describe('IndexedDB first', () => {
  it('writes to IndexedDB and reads back on the next open', async () => {
    const local = fakeLocalStorage();
    const first = await SavedWork.open({ indexedDb: indexedDbBackend(), localStorage: localBackend(local) });
    expect(first.status).toEqual({ ok: true, where: 'indexeddb' });
    first.write(KEYS.work, 'work-1');
    first.write(KEYS.work, 'work-2');
    first.write(KEYS.recent, '[]');
    await first.settled();
    // Nothing went to localStorage: it is only the fallback.
    expect(local.map.size).toBe(0);
    const second = await SavedWork.open({ indexedDb: indexedDbBackend(), localStorage: localBackend(local) });
    expect(second.stored).toEqual({ work: 'work-2', recent: '[]' });
    expect(second.canKeep()).toBe(true);
  });

  it('falls back to localStorage when IndexedDB refuses a write, and the next open reads the newer copy there', async () => {
    const idb = flakyBackend();
    const local = fakeLocalStorage();
    const saved = await SavedWork.open({ indexedDb: idb.backend, localStorage: localBackend(local) });
    saved.write(KEYS.work, 'old');
    await saved.settled();
    idb.state.failSet = quotaError();
    saved.write(KEYS.work, 'new');
    await saved.settled();
    expect(saved.status).toEqual({ ok: true, where: 'localstorage' });
    expect(local.map.get(KEYS.work)).toBe('new');
    const next = await SavedWork.open({ indexedDb: idb.backend, localStorage: localBackend(local) });
    expect(next.stored.work).toBe('new');
    // Once IndexedDB takes a value again, the fallback copy goes.
    idb.state.failSet = undefined;
    next.write(KEYS.work, 'newest');
    await next.settled();
    expect(local.map.has(KEYS.work)).toBe(false);
    expect(idb.map.get(KEYS.work)).toBe('newest');
  });

  it('a blocked IndexedDB does not stop the boot: after the timeout, localStorage is used', async () => {
    const idb = flakyBackend();
    idb.state.hang = true;
    const local = fakeLocalStorage();
    local.map.set(KEYS.work, 'from-local');
    const saved = await SavedWork.open({ indexedDb: idb.backend, localStorage: localBackend(local) }, 50);
    expect(saved.status).toEqual({ ok: true, where: 'localstorage' });
    expect(saved.stored.work).toBe('from-local');
  });

  it('reads the work of older builds from their localStorage keys', async () => {
    const local = fakeLocalStorage();
    local.map.set(LEGACY_KEYS.work, '{"old":true}');
    local.map.set(LEGACY_KEYS.recent, '[]');
    const saved = await SavedWork.open({ indexedDb: indexedDbBackend(), localStorage: localBackend(local) });
    expect(saved.stored).toEqual({ work: '{"old":true}', recent: '[]', legacy: true });
  });
});

describe('when saving does not work, the status says so at once', () => {
  async function statusesAfterWrite(saved: SavedWork): Promise<SaveStatus[]> {
    const seen: SaveStatus[] = [];
    saved.subscribe((s) => seen.push(s));
    saved.write(KEYS.work, 'x');
    await saved.settled();
    return seen;
  }

  it('storage full: both IndexedDB and localStorage refuse with a quota error', async () => {
    const idb = flakyBackend();
    idb.state.failSet = quotaError();
    const local = fakeLocalStorage(10);
    const saved = await SavedWork.open({ indexedDb: idb.backend, localStorage: localBackend(local) });
    expect(await statusesAfterWrite(saved)).toEqual([{ ok: false, problem: 'full' }]);
    expect(saved.canKeep()).toBe(false);
  });

  it('setItem throwing (storage turned off) with no IndexedDB: refused', async () => {
    const local = fakeLocalStorage();
    const error = new Error('The operation is insecure.');
    error.name = 'SecurityError';
    local.failSet = error;
    const saved = await SavedWork.open({ localStorage: localBackend(local) });
    expect(await statusesAfterWrite(saved)).toEqual([{ ok: false, problem: 'refused' }]);
  });

  it('getItem throwing: the boot goes on, and the storage it cannot read is never written', async () => {
    const local = fakeLocalStorage();
    local.failGet = new Error('denied');
    const writes: string[] = [];
    const backend = localStorageBackend(local)!;
    const spy = { ...backend, set: async (k: string, v: string) => void writes.push(k, v) };
    const saved = await SavedWork.open({ localStorage: spy });
    expect(saved.status).toEqual({ ok: false, problem: 'unreadable' });
    saved.write(KEYS.work, 'would overwrite');
    await saved.settled();
    expect(writes).toEqual([]);
  });

  it('storage absent: memory only, and the app is told', async () => {
    const saved = await SavedWork.open({});
    expect(saved.status).toEqual({ ok: false, problem: 'unavailable' });
    // Writing to memory works, but it does not make the work safe.
    saved.write(KEYS.work, 'x');
    await saved.settled();
    expect(saved.status).toEqual({ ok: false, problem: 'unavailable' });
    expect(saved.stored).toEqual({});
    expect(saved.canKeep()).toBe(false);
  });

  it('a status that recovers is announced too', async () => {
    const idb = flakyBackend();
    idb.state.failSet = quotaError();
    const saved = await SavedWork.open({ indexedDb: idb.backend });
    const seen = await statusesAfterWrite(saved);
    idb.state.failSet = undefined;
    saved.write(KEYS.work, 'y');
    await saved.settled();
    expect(seen).toEqual([{ ok: false, problem: 'full' }, { ok: true, where: 'indexeddb' }]);
  });
});

describe('leaving the page', () => {
  it('writes not yet done go to localStorage at once, and the next open reads them', async () => {
    const idb = flakyBackend();
    const local = fakeLocalStorage();
    const saved = await SavedWork.open({ indexedDb: idb.backend, localStorage: localBackend(local) });
    // IndexedDB has not answered yet when the page goes.
    idb.state.hangSet = true;
    saved.write(KEYS.work, 'first');
    saved.write(KEYS.recent, 'list');
    saved.rescuePending();
    expect(local.map.get(KEYS.work)).toBe('first');
    expect(local.map.get(KEYS.recent)).toBe('list');
    const next = await SavedWork.open({ indexedDb: flakyBackend().backend, localStorage: localBackend(local) });
    expect(next.stored).toEqual({ work: 'first', recent: 'list' });
  });
});
