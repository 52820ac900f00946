// A pool of records kept as parallel typed arrays (one per field) with a free
// list. Ids are reused; each id carries a generation that changes when it is
// freed, so a late message naming (id, generation) can tell its record is gone.
import { assert } from './assert.ts';
import { grownF64, grownI32 } from './grow.ts';

export interface Pool {
  cap: number;
  live: number;
  freeTop: number;
  free: Int32Array;
  gen: Int32Array;
}

export function initPool<T extends Pool>(fields: Omit<T, keyof Pool>, cap: number): T {
  const free = new Int32Array(cap);
  for (let i = 0; i < cap; i++) free[i] = cap - 1 - i;
  // Field by field, not by spread: a spread made the second run's pools take
  // other hidden classes than the first's, so every pool access turned
  // polymorphic and a second run in the same process (a sweep, the worker's
  // next load) ran a quarter slower.
  const p: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) p[key] = (fields as Record<string, unknown>)[key];
  p.cap = cap; p.live = 0; p.freeTop = cap; p.free = free; p.gen = new Int32Array(cap);
  return p as unknown as T;
}

function growPool(p: Pool): void {
  const cap = p.cap * 2;
  const record = p as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'free') continue;
    const v = record[key];
    if (v instanceof Float64Array) record[key] = grownF64(v, cap);
    else if (v instanceof Int32Array) record[key] = grownI32(v, cap);
  }
  const free = new Int32Array(cap);
  let top = 0;
  for (let i = cap - 1; i >= p.cap; i--) free[top++] = i;
  p.free = free;
  p.freeTop = top;
  p.cap = cap;
}

export function allocId(p: Pool): number {
  if (p.freeTop === 0) growPool(p);
  p.live++;
  return p.free[--p.freeTop];
}

export function freeId(p: Pool, id: number): void {
  p.gen[id] = (p.gen[id] + 1) | 0;
  p.free[p.freeTop++] = id;
  p.live--;
  // Freeing more records than were taken means a record was freed twice.
  assert(p.live >= 0 && p.freeTop <= p.cap, 'a pool record is freed at most once');
}
