// The Web Worker that paints the traffic layer on the OffscreenCanvases the
// page handed over (traffic-paint.ts); it answers each frame once drawn, so
// the page never queues frames faster than they are painted. Only inside a
// worker, so Node tests can import the module without side effects.
import type { Palette } from './traffic-draw.ts';
import { isFrame, TrafficPainter, type PaintMessage } from './traffic-paint.ts';

export type TrafficWorkerMessage = { type: 'init'; canvas: OffscreenCanvas; lines: OffscreenCanvas; palette: Palette } | PaintMessage;

declare const WorkerGlobalScope: { new (): unknown } | undefined;
const inWorker = typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope;

if (inWorker) {
  let painter: TrafficPainter | null = null;
  self.onmessage = (event: MessageEvent<TrafficWorkerMessage>) => {
    const m = event.data;
    if (m.type === 'init') {
      painter = new TrafficPainter(m.canvas.getContext('2d'), m.lines.getContext('2d'), m.palette);
      return;
    }
    painter?.handle(m);
    if (isFrame(m)) self.postMessage('drawn');
  };
}
