// The snapshot store stays bounded on long runs and always has one near any time.
import { describe, expect, it } from 'vitest';
import { SnapshotStore } from '../../src/worker/snapshots.ts';

describe('SnapshotStore', () => {
  it('thins to a bounded count, doubling the spacing, keeping time 0', () => {
    const store = new SnapshotStore<number>(1_000, 10);
    for (let t = 0; t <= 100_000; t = store.nextDueMs()) store.add(t, t);
    expect(store.count).toBeLessThanOrEqual(10);
    expect(store.atOrBefore(0)?.atMs).toBe(0);
    const near = store.atOrBefore(77_777);
    expect(near).toBeDefined();
    expect(77_777 - (near?.atMs ?? 0)).toBeLessThanOrEqual(store.spacing);
  });

  it('forgets snapshots from a changed time on, and skips a due time when asked', () => {
    const store = new SnapshotStore<string>(2_000, 100);
    for (const t of [0, 2_000, 4_000, 6_000]) store.add(t, `s${t}`);
    store.dropFrom(4_000);
    expect(store.atOrBefore(9_000)?.snapshot).toBe('s2000');
    expect(store.nextDueMs()).toBe(4_000);
    store.skipDue(4_000);
    expect(store.nextDueMs()).toBe(6_000);
  });

  it('thins out by memory too, counting the typed arrays inside', () => {
    const store = new SnapshotStore<{ data: Float64Array }>(1_000, 1_000, 10 * 8 * 1024);
    for (let t = 0; t <= 60_000; t = store.nextDueMs()) store.add(t, { data: new Float64Array(1024) });
    expect(store.bytes).toBeLessThanOrEqual(10 * 8 * 1024);
    expect(store.count).toBeGreaterThanOrEqual(2);
    expect(store.atOrBefore(0)?.atMs).toBe(0);
  });
});
