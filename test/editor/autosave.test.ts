// Never lose work: the scenario on screen is saved on every change and comes
// back on load; whatever replaces it puts it under Recent; Recent drops
// links before the user's own work; unreadable saved work is set aside.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/app/store/index.ts';
import {
  AUTOSAVE_KEY, UNREADABLE_KEY, openScenario, readSavedWork, startAutosave, withAutosave, workText,
} from '../../src/app/editor/autosave.ts';
import {
  MAX_RECENTS, MAX_RECENTS_CHARS, hasUnkeptWork, keepAsRecent, listRecents, replaceNote, withRecent, type RecentEntry,
} from '../../src/app/editor/recents.ts';
import { addNodeAt, connectNodes } from '../../src/app/commands/index.ts';
import { setField } from '../../src/app/editor/operations/index.ts';
import { KEYS, LEGACY_KEYS, SavedWork } from '../../src/app/storage/index.ts';
import { getExample, type Scenario } from '../../src/scenario/index.ts';
import { fakeLocalStorage, localBackend, type FakeStorage } from '../storage/fakes.ts';
import { sample } from './fixtures.ts';

/** Saved work over a fake localStorage (5 M characters, as browsers give). */
async function persistent(storage: FakeStorage = fakeLocalStorage()): Promise<SavedWork> {
  return SavedWork.open({ localStorage: localBackend(storage) });
}

describe('autosave', () => {
  it('saves on every change and a fresh open restores exactly', async () => {
    const storage = fakeLocalStorage();
    const saved = await persistent(storage);
    const store = createAppStore({ format: 'nines/scenario@1', name: 'Mine', nodes: [] });
    const stop = startAutosave(store, saved);
    addNodeAt(store, 'client', 100, 100);
    addNodeAt(store, 'server', 300, 100);
    connectNodes(store, 'users-1', 'web-1');
    store.getState().edit('Describe', (s) => setField(s, ['description'], 'two nodes'));
    stop();
    await saved.settled();
    const restored = readSavedWork(await persistent(storage));
    expect(restored).toEqual({ scenario: store.getState().scenario, origin: 'work', unreadable: null });
  });

  it('returns nothing with nothing saved', async () => {
    expect(readSavedWork(await persistent())).toEqual({ scenario: null, origin: 'work', unreadable: null });
  });

  it('sets aside saved work that no longer validates instead of overwriting it', async () => {
    const storage = fakeLocalStorage();
    const bad = workText({ format: 'nines/scenario@1', name: 'x', nodes: [{ id: 'a', type: 'server', workers: -1 }] } as Scenario, 'work');
    storage.map.set(AUTOSAVE_KEY, bad);
    const saved = await persistent(storage);
    const read = readSavedWork(saved);
    expect(read).toEqual({ scenario: null, origin: 'work', unreadable: bad });
    await saved.settled();
    expect(storage.map.get(UNREADABLE_KEY)).toBe(bad);
  });

  it('refuses hostile JSON', async () => {
    const storage = fakeLocalStorage();
    storage.map.set(AUTOSAVE_KEY, '{"format":"nines/saved-work@1","origin":"work","scenario":{"__proto__":{"polluted":true},"format":"nines/scenario@1","name":"x","nodes":[]}}');
    expect(readSavedWork(await persistent(storage)).scenario).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads the bare scenario older builds saved', async () => {
    const storage = fakeLocalStorage();
    storage.map.set(LEGACY_KEYS.work, JSON.stringify(sample()));
    expect(readSavedWork(await persistent(storage)).scenario).toEqual(sample());
  });
});

describe('recent scenarios', () => {
  it('keeps work before it is replaced, newest first, without repeats, bounded', async () => {
    const saved = await persistent();
    const a = sample();
    const b = { ...sample(), name: 'Other' };
    expect(hasUnkeptWork(a, saved)).toBe(true);
    keepAsRecent(a, 1000, 'work', saved);
    expect(hasUnkeptWork(a, saved)).toBe(false);
    keepAsRecent(b, 2000, 'work', saved);
    keepAsRecent(a, 3000, 'work', saved);
    expect(listRecents(saved).map((e) => [e.name, e.keptAtMs])).toEqual([['Sample', 3000], ['Other', 2000]]);
    for (let i = 0; i < MAX_RECENTS + 3; i += 1) keepAsRecent({ ...sample(), seed: i }, 4000 + i, 'work', saved);
    expect(listRecents(saved)).toHaveLength(MAX_RECENTS);
  });

  it('asks nothing for, and keeps nothing of, a blank scenario or an untouched example', async () => {
    const saved = await persistent();
    const example = structuredClone(getExample('redundancy').scenario);
    expect(hasUnkeptWork({ format: 'nines/scenario@1', name: 'New', nodes: [] }, saved)).toBe(false);
    expect(hasUnkeptWork(example, saved)).toBe(false);
    keepAsRecent(example, 1, 'work', saved);
    expect(listRecents(saved)).toEqual([]);
    example.seed = 99;
    expect(hasUnkeptWork(example, saved)).toBe(true);
  });

  it('never promises Recent when the browser cannot keep it', async () => {
    const full = await SavedWork.open({});
    keepAsRecent(sample(), 1, 'work', full);
    // Kept in memory, but it will not outlive the tab: the question is asked, and says so.
    expect(hasUnkeptWork(sample(), full)).toBe(true);
    expect(replaceNote(full)).toMatch(/^This browser cannot keep it .* export it first/);
    expect(replaceNote(await persistent())).toBe('It stays under Recent, so you can come back to it.');
  });

  it('drops links before the user’s work, and never drops work for size', () => {
    const entry = (name: string, origin: RecentEntry['origin'], size = 0): RecentEntry => ({
      name, keptAtMs: 0, origin, scenario: { ...sample(), name, meta: { pad: 'x'.repeat(size) } },
    });
    let list: RecentEntry[] = [entry('mine-1', 'work'), entry('mine-2', 'work')];
    for (let i = 0; i < 6; i++) list = withRecent(list, entry(`link-${i}`, 'link', 900_000));
    expect(list.map((e) => e.name)).toEqual(['link-5', 'link-4', 'mine-1', 'mine-2']);
    // Work bigger than the whole budget stays; the links make room.
    list = withRecent(list, entry('huge work', 'work', MAX_RECENTS_CHARS));
    expect(list.map((e) => e.name)).toEqual(['huge work', 'mine-1', 'mine-2']);
    // For the count, the oldest work goes only when no link is left.
    for (let i = 0; i < MAX_RECENTS; i++) list = withRecent(list, entry(`w${i}`, 'work'));
    expect(list).toHaveLength(MAX_RECENTS);
    expect(list[0].name).toBe('w7');
  });
});

describe('replacing the scenario', () => {
  it('keeps the replaced work as a recent entry, whoever replaced it', async () => {
    const saved = await persistent();
    const store = createAppStore(sample());
    const stop = startAutosave(store, saved, () => 1234);
    store.getState().replaceScenario({ format: 'nines/scenario@1', name: 'Fresh', nodes: [] });
    stop();
    expect(listRecents(saved).map((e) => [e.name, e.keptAtMs, e.origin])).toEqual([['Sample', 1234, 'work']]);
  });

  it('opens the saved work unless a link is opened, which keeps the saved work as recent', async () => {
    const storage = fakeLocalStorage();
    storage.map.set(KEYS.work, workText(sample(), 'work'));
    const example = { scenario: { format: 'nines/scenario@1' as const, name: 'Example', nodes: [] }, fromLink: false, hint: 'try' };
    expect(withAutosave(example, await persistent(storage)).scenario.name).toBe('Sample');
    const saved = await persistent(storage);
    const link = { ...example, fromLink: true };
    expect(withAutosave(link, saved, () => 99)).toMatchObject({ scenario: { name: 'Example' }, origin: 'link' });
    expect(listRecents(saved).map((e) => [e.name, e.origin])).toEqual([['Sample', 'work']]);
  });

  it('six big links in a row, in a 5 MB localStorage: the user’s work stays under Recent and the last link on screen', async () => {
    const storage = fakeLocalStorage(5_000_000);
    const saved = await persistent(storage);
    const mine = { ...sample(), name: 'My own system' };
    const store = createAppStore(mine);
    startAutosave(store, saved, () => 1);
    addNodeAt(store, 'server', 900, 100);
    for (let i = 0; i < 6; i++) {
      const big: Scenario = { ...sample(), name: `Big link ${i}`, meta: { pad: `${i}`.repeat(1_500_000) } };
      openScenario(store, big, 'link');
      await saved.settled();
      expect(saved.status).toEqual({ ok: true, where: 'localstorage' });
    }
    expect(store.getState().scenario.name).toBe('Big link 5');
    const recents = listRecents(saved).map((e) => [e.name, e.origin]);
    expect(recents).toContainEqual(['My own system', 'work']);
    // And what storage holds says the same after a reload.
    const reopened = await persistent(storage);
    expect(listRecents(reopened).map((e) => e.name)).toContain('My own system');
    expect(readSavedWork(reopened).scenario?.name).toBe('Big link 5');
  });

  it('a link opened and left untouched is kept as a link; once edited it is the user’s work', async () => {
    const saved = await persistent();
    const store = createAppStore(sample());
    startAutosave(store, saved, () => 5);
    openScenario(store, { ...sample(), name: 'A link' }, 'link');
    openScenario(store, { ...sample(), name: 'Another link' }, 'link');
    addNodeAt(store, 'server', 900, 100);
    store.getState().replaceScenario({ format: 'nines/scenario@1', name: 'Fresh', nodes: [] });
    expect(listRecents(saved).map((e) => [e.name, e.origin])).toEqual([
      ['Another link', 'work'],
      ['A link', 'link'],
      ['Sample', 'work'],
    ]);
  });
});
