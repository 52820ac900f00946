// Growing typed arrays: pools double when they run out, so a run allocates
// only while it climbs to its high-water mark, never per event after that.

export function grownF64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

export function grownI32(a: Int32Array, n: number, fill = 0): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
