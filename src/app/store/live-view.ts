// Requests in flight on the page: packed spans (frames.ts SPAN) in one
// growing Float64Array, appended from worker deltas and pruned as the shown
// time passes them. The traffic layer reads it every animation frame, so it
// never allocates per frame in steady state.
import { SPAN } from '../../engine/index.ts';

export class SpanBuffer {
  private data = new Float64Array(SPAN.size * 1024);
  private spanCount = 0;

  get count(): number {
    return this.spanCount;
  }

  /** The packed spans; only the first `count` are meaningful. */
  get packed(): Float64Array {
    return this.data;
  }

  append(spans: Float64Array): void {
    const need = (this.spanCount * SPAN.size) + spans.length;
    if (need > this.data.length) {
      let size = this.data.length;
      while (size < need) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.data.subarray(0, this.spanCount * SPAN.size));
      this.data = grown;
    }
    this.data.set(spans, this.spanCount * SPAN.size);
    this.spanCount += spans.length / SPAN.size;
  }

  /** Keeps only spans for which `keep(arrivesMs, sentMs)` holds, in order. */
  retain(keep: (arrivesMs: number, sentMs: number) => boolean): void {
    const d = this.data;
    let out = 0;
    for (let i = 0; i < this.spanCount; i++) {
      const base = i * SPAN.size;
      if (!keep(d[base + SPAN.arrivesMs], d[base + SPAN.sentMs])) continue;
      if (out !== i) d.copyWithin(out * SPAN.size, base, base + SPAN.size);
      out++;
    }
    this.spanCount = out;
  }

  /**
   * Drops spans that arrived before `ms` (every frame: a plain loop, no
   * callback). Spans before the first dropped one stay where they are; the
   * rest move down by plain element copies (a copyWithin call per span cost
   * more than the copying).
   */
  pruneBefore(ms: number): void {
    const d = this.data;
    const size = SPAN.size;
    const at = SPAN.arrivesMs;
    const n = this.spanCount;
    let i = 0;
    while (i < n && d[i * size + at] >= ms) i++;
    if (i === n) return;
    let out = i * size;
    for (; i < n; i++) {
      const base = i * size;
      if (d[base + at] < ms) continue;
      for (let k = 0; k < size; k++) d[out + k] = d[base + k];
      out += size;
    }
    this.spanCount = out / size;
  }

  clear(): void {
    this.spanCount = 0;
  }
}

/** What the traffic layer needs each frame, kept outside React and zustand's change notices. */
export class LiveView {
  /** The shown simulated time, moved every animation frame while playing. */
  displayMs = 0;
  readonly spans = new SpanBuffer();
}
