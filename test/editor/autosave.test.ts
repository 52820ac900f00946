import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store/index.ts';
import {
  AUTOSAVE_KEY, UNREADABLE_KEY, loadAutosave, startAutosave, withAutosave, type KeyValueStorage,
} from '../../src/app/editor/autosave.ts';
import { hasUnkeptWork, keepAsRecent, listRecents, MAX_RECENTS } from '../../src/app/editor/recents.ts';
import { addNodeAt, connectNodes } from '../../src/app/commands/index.ts';
import { setField } from '../../src/app/editor/operations/index.ts';
import { getExample } from '../../src/scenario/index.ts';
import { sample } from './fixtures.ts';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

describe('autosave', () => {
  it('saves on every change and a fresh store restores exactly', () => {
    const storage = memoryStorage();
    const store = createAppStore({ format: 'nines/scenario@1', name: 'Mine', nodes: [] });
    const stop = startAutosave(store, storage);
    addNodeAt(store, 'client', 100, 100);
    addNodeAt(store, 'server', 300, 100);
    connectNodes(store, 'users-1', 'web-1');
    store.getState().edit('Describe', (s) => setField(s, ['description'], 'two nodes'));
    stop();
    const restored = loadAutosave(storage);
    expect(restored).toEqual(store.getState().scenario);
    expect(JSON.parse(storage.map.get(AUTOSAVE_KEY) as string)).toEqual(store.getState().scenario);
  });

  it('returns null with nothing saved', () => {
    expect(loadAutosave(memoryStorage())).toBeNull();
  });

  it('sets aside an autosave that no longer validates instead of overwriting it', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format":"nines/scenario@1","name":"x","nodes":[{"id":"a","type":"server","workers":-1}]}');
    expect(loadAutosave(storage)).toBeNull();
    expect(storage.getItem(UNREADABLE_KEY)).toContain('"workers":-1');
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('refuses hostile JSON', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"__proto__":{"polluted":true},"format":"nines/scenario@1","name":"x","nodes":[]}');
    expect(loadAutosave(storage)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('recent scenarios', () => {
  it('keeps work before it is replaced, newest first, without repeats, bounded', () => {
    const storage = memoryStorage();
    const a = sample();
    const b = { ...sample(), name: 'Other' };
    expect(hasUnkeptWork(a, storage)).toBe(true);
    keepAsRecent(a, 1000, storage);
    expect(hasUnkeptWork(a, storage)).toBe(false);
    keepAsRecent(b, 2000, storage);
    keepAsRecent(a, 3000, storage);
    expect(listRecents(storage).map((e) => [e.name, e.keptAtMs])).toEqual([['Sample', 3000], ['Other', 2000]]);
    for (let i = 0; i < MAX_RECENTS + 3; i += 1) keepAsRecent({ ...sample(), seed: i }, 4000 + i, storage);
    expect(listRecents(storage)).toHaveLength(MAX_RECENTS);
  });

  it('asks nothing for, and keeps nothing of, a blank scenario or an untouched example', () => {
    const storage = memoryStorage();
    const example = structuredClone(getExample('redundancy').scenario);
    expect(hasUnkeptWork({ format: 'nines/scenario@1', name: 'New', nodes: [] }, storage)).toBe(false);
    expect(hasUnkeptWork(example, storage)).toBe(false);
    keepAsRecent(example, 1, storage);
    expect(listRecents(storage)).toEqual([]);
    example.seed = 99;
    expect(hasUnkeptWork(example, storage)).toBe(true);
  });
});

describe('replacing the scenario', () => {
  it('keeps the replaced work as a recent entry, whoever replaced it', () => {
    const storage = memoryStorage();
    const store = createAppStore(sample());
    const stop = startAutosave(store, storage, () => 1234);
    store.getState().replaceScenario({ format: 'nines/scenario@1', name: 'Fresh', nodes: [] });
    stop();
    expect(listRecents(storage).map((e) => [e.name, e.keptAtMs])).toEqual([['Sample', 1234]]);
    expect(loadAutosave(storage)?.name).toBe('Fresh');
  });

  it('opens the autosave unless a link is opened, which keeps the autosave as recent', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify(sample()));
    const example = { scenario: { format: 'nines/scenario@1' as const, name: 'Example', nodes: [] }, fromLink: false, hint: 'try' };
    expect(withAutosave(example, storage).scenario.name).toBe('Sample');
    const link = { ...example, fromLink: true };
    expect(withAutosave(link, storage, () => 99).scenario.name).toBe('Example');
    expect(listRecents(storage).map((e) => e.name)).toEqual(['Sample']);
  });
});
