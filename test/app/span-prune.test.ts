// The span buffer's prune keeps the spans still to be drawn, in order, when
// the ones to drop are scattered (a long hop sent early outlives short hops
// sent after it), not only when they form a prefix.
import { describe, expect, it } from 'vitest';
import { SPAN } from '../../src/engine/index.ts';
import { SpanBuffer } from '../../src/app/store/index.ts';

function buffer(arrivals: readonly number[]): SpanBuffer {
  const b = new SpanBuffer();
  const spans = new Float64Array(SPAN.size * arrivals.length);
  arrivals.forEach((ms, i) => {
    spans[i * SPAN.size + SPAN.arrivesMs] = ms;
    spans[i * SPAN.size + SPAN.request] = i;
  });
  b.append(spans);
  return b;
}

const kept = (b: SpanBuffer) => Array.from({ length: b.count }, (_, i) => b.packed[i * SPAN.size + SPAN.request]);

describe('SpanBuffer.pruneBefore', () => {
  it('drops scattered arrived spans and keeps the rest in order, every field with them', () => {
    const b = buffer([900, 100, 950, 200, 300, 1000]);
    b.pruneBefore(500);
    expect(kept(b)).toEqual([0, 2, 5]);
    expect(b.packed[2 * SPAN.size + SPAN.arrivesMs]).toBe(1000);
  });

  it('leaves the buffer as it is when nothing has arrived, and empties it when all have', () => {
    const b = buffer([600, 700]);
    b.pruneBefore(500);
    expect(kept(b)).toEqual([0, 1]);
    b.pruneBefore(701);
    expect(b.count).toBe(0);
  });
});
