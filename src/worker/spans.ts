// Filtering and joining packed spans (frames.ts SPAN) without unpacking them.
import { SPAN } from '../engine/index.ts';

/** The spans of `packed` still in flight at or after `fromMs`, in a fresh array. */
export function spansArrivingFrom(packed: Float64Array, fromMs: number): Float64Array {
  const n = packed.length / SPAN.size;
  let kept = 0;
  for (let i = 0; i < n; i++) if (packed[i * SPAN.size + SPAN.arrivesMs] >= fromMs) kept++;
  const out = new Float64Array(kept * SPAN.size);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const base = i * SPAN.size;
    if (packed[base + SPAN.arrivesMs] < fromMs) continue;
    out.set(packed.subarray(base, base + SPAN.size), o);
    o += SPAN.size;
  }
  return out;
}

/** One fresh array holding all of `parts` in order. */
export function concatPacked(parts: readonly Float64Array[]): Float64Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Float64Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
