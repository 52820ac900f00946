// A cache's entries: a hash table from key to slot (open addressing, linear
// probing, backward-shift deletion, so no tombstones pile up) and a doubly
// linked recency list over the slots for LRU eviction. Typed arrays only; they
// grow by doubling up to the cache's capacity, so a running cache allocates
// nothing once it is full.

export interface CacheStore {
  capacity: number;
  /** Slot of each table position, −1 when empty. Its length is a power of two. */
  table: Int32Array;
  bits: number;
  key: Int32Array;
  expiresUs: Float64Array;
  /** Recency list: prev is more recent, next less recent. */
  prev: Int32Array;
  next: Int32Array;
  /** Most and least recently used slots, −1 when empty. */
  mru: number;
  lru: number;
  size: number;
  /** Slots in use or freed so far (slots below it exist). */
  used: number;
  freeTop: number;
  free: Int32Array;
  evictions: number;
}

const START_SLOTS = 16;

export function createCacheStore(capacity: number): CacheStore {
  const slots = Math.min(capacity, START_SLOTS);
  return {
    capacity,
    table: new Int32Array(START_SLOTS * 2).fill(-1),
    bits: Math.log2(START_SLOTS * 2),
    key: new Int32Array(slots), expiresUs: new Float64Array(slots),
    prev: new Int32Array(slots), next: new Int32Array(slots),
    mru: -1, lru: -1, size: 0, used: 0, freeTop: 0, free: new Int32Array(slots), evictions: 0,
  };
}

function home(c: CacheStore, key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - c.bits);
}

/** Table position holding `key`, or −1. */
function find(c: CacheStore, key: number): number {
  const mask = c.table.length - 1;
  for (let i = home(c, key); ; i = (i + 1) & mask) {
    const slot = c.table[i];
    if (slot < 0) return -1;
    if (c.key[slot] === key) return i;
  }
}

/** A read at `nowUs`: true on a live entry (which becomes the most recent); an expired one is dropped. */
export function cacheGet(c: CacheStore, key: number, nowUs: number): boolean {
  const at = find(c, key);
  if (at < 0) return false;
  const slot = c.table[at];
  if (c.expiresUs[slot] <= nowUs) {
    removeAt(c, at);
    return false;
  }
  unlink(c, slot);
  linkFront(c, slot);
  return true;
}

/** Stores (or refreshes) `key` until `expiresUs`, evicting the least recently used entry when full. */
export function cachePut(c: CacheStore, key: number, expiresUs: number): void {
  const at = find(c, key);
  if (at >= 0) {
    const slot = c.table[at];
    c.expiresUs[slot] = expiresUs;
    unlink(c, slot);
    linkFront(c, slot);
    return;
  }
  if (c.size === c.capacity) {
    removeAt(c, find(c, c.key[c.lru]));
    c.evictions++;
  }
  const slot = takeSlot(c);
  c.key[slot] = key;
  c.expiresUs[slot] = expiresUs;
  linkFront(c, slot);
  c.size++;
  insertSlot(c, slot);
  if (c.size * 2 > c.table.length) rehash(c, c.table.length * 2);
}

/** Drops `key`'s entry, if any (a successful write invalidates it). */
export function cacheDelete(c: CacheStore, key: number): void {
  const at = find(c, key);
  if (at >= 0) removeAt(c, at);
}

/** Empties the cache (a crash or a flush); its arrays are kept for reuse. */
export function cacheClear(c: CacheStore): void {
  c.table.fill(-1);
  c.mru = c.lru = -1;
  c.size = 0;
  c.used = 0;
  c.freeTop = 0;
}

function takeSlot(c: CacheStore): number {
  if (c.freeTop > 0) return c.free[--c.freeTop];
  if (c.used === c.key.length) growSlots(c);
  return c.used++;
}

function insertSlot(c: CacheStore, slot: number): void {
  const mask = c.table.length - 1;
  let i = home(c, c.key[slot]);
  while (c.table[i] >= 0) i = (i + 1) & mask;
  c.table[i] = slot;
}

/** Removes the entry at table position `at`, shifting later entries of its probe run back. */
function removeAt(c: CacheStore, at: number): void {
  const slot = c.table[at];
  unlink(c, slot);
  c.free[c.freeTop++] = slot;
  c.size--;
  const mask = c.table.length - 1;
  let hole = at;
  for (let i = (at + 1) & mask; c.table[i] >= 0; i = (i + 1) & mask) {
    const h = home(c, c.key[c.table[i]]);
    // Move the entry back into the hole unless its home lies cyclically in (hole, i].
    const inRange = hole <= i ? h > hole && h <= i : h > hole || h <= i;
    if (!inRange) {
      c.table[hole] = c.table[i];
      hole = i;
    }
  }
  c.table[hole] = -1;
}

function linkFront(c: CacheStore, slot: number): void {
  c.prev[slot] = -1;
  c.next[slot] = c.mru;
  if (c.mru >= 0) c.prev[c.mru] = slot;
  c.mru = slot;
  if (c.lru < 0) c.lru = slot;
}

function unlink(c: CacheStore, slot: number): void {
  const p = c.prev[slot], n = c.next[slot];
  if (p >= 0) c.next[p] = n;
  else c.mru = n;
  if (n >= 0) c.prev[n] = p;
  else c.lru = p;
}

function growSlots(c: CacheStore): void {
  const n = Math.min(c.capacity, c.key.length * 2);
  const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(n);
    b.set(a);
    return b;
  };
  c.key = grow(c.key, (k) => new Int32Array(k));
  c.prev = grow(c.prev, (k) => new Int32Array(k));
  c.next = grow(c.next, (k) => new Int32Array(k));
  c.free = grow(c.free, (k) => new Int32Array(k));
  c.expiresUs = grow(c.expiresUs, (k) => new Float64Array(k));
}

function rehash(c: CacheStore, size: number): void {
  c.table = new Int32Array(size).fill(-1);
  c.bits = Math.log2(size);
  for (let s = c.mru; s >= 0; s = c.next[s]) insertSlot(c, s);
}
