// Spans of messages for the view, packed as frames.ts SPAN says. Recorded only
// when the world runs for a view; the CLI never pays for them.
import { SPAN } from '../frames.ts';
import { grownF64, ms } from '../kernel/index.ts';
import type { World } from '../state.ts';

export function recordSpan(w: World, link: number, back: boolean, sentUs: number, arrivesUs: number, kind: number, req: number): void {
  if (w.spansLen + SPAN.size > w.spans.length) w.spans = grownF64(w.spans, Math.max(4096, w.spans.length * 2));
  const s = w.spans, i = w.spansLen;
  s[i + SPAN.link] = link;
  s[i + SPAN.direction] = back ? 1 : 0;
  s[i + SPAN.sentMs] = ms(sentUs);
  s[i + SPAN.arrivesMs] = ms(arrivesUs);
  s[i + SPAN.kind] = kind;
  s[i + SPAN.request] = req;
  w.spansLen = i + SPAN.size;
}

export function takeSpans(w: World): Float64Array {
  const out = w.spans.slice(0, w.spansLen);
  w.spansLen = 0;
  return out;
}
