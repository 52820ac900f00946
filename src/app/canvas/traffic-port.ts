// The traffic layer's way to its painter: a worker that owns the two
// canvases (their drawing and rasterising off the main thread), or, where a
// browser has no OffscreenCanvas or the worker cannot start, a painter on
// the page. Frames go to the worker one at a time: the next is sent once the
// last is painted, so a busy machine drops frames instead of queueing them.
import type { Palette } from './traffic-draw.ts';
import { isFrame, TrafficPainter, type PaintMessage } from './traffic-paint.ts';
import type { TrafficWorkerMessage } from './traffic.worker.ts';

export interface PainterPort {
  send(m: PaintMessage): void;
  /** The last frame sent has been painted: another may go. */
  ready(): boolean;
  /** Painting happens in a worker (frames are copied to it, not shared). */
  readonly offThread: boolean;
  destroy(): void;
}

export function startPainter(canvas: HTMLCanvasElement, linesCanvas: HTMLCanvasElement, palette: Palette): PainterPort {
  return workerPainter(canvas, linesCanvas, palette) ?? pagePainter(canvas, linesCanvas, palette);
}

function pagePainter(canvas: HTMLCanvasElement, linesCanvas: HTMLCanvasElement, palette: Palette): PainterPort {
  const painter = new TrafficPainter(canvas.getContext('2d'), linesCanvas.getContext('2d'), palette);
  return { send: (m) => painter.handle(m), ready: () => true, offThread: false, destroy: () => undefined };
}

function workerPainter(canvas: HTMLCanvasElement, linesCanvas: HTMLCanvasElement, palette: Palette): PainterPort | null {
  if (typeof Worker === 'undefined' || typeof canvas.transferControlToOffscreen !== 'function') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./traffic.worker.ts', import.meta.url), { type: 'module', name: 'nines-traffic' });
  } catch {
    return null;
  }
  const off = canvas.transferControlToOffscreen();
  const offLines = linesCanvas.transferControlToOffscreen();
  const post = (m: TrafficWorkerMessage, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  post({ type: 'init', canvas: off, lines: offLines, palette }, [off, offLines]);
  let inFlight = 0;
  worker.onmessage = () => {
    inFlight = Math.max(0, inFlight - 1);
  };
  return {
    send(m) {
      if (isFrame(m)) inFlight++;
      post(m, transferables(m));
    },
    ready: () => inFlight === 0,
    offThread: true,
    destroy: () => worker.terminate(),
  };
}

/** The buffers a message hands over (each message has its own copies). */
function transferables(m: PaintMessage): Transferable[] {
  if (m.type === 'dots') return [m.dots.xs.buffer, m.dots.ys.buffer, m.dots.kinds.buffer, m.dots.requests.buffer];
  if (m.type === 'density') return [m.perLink.buffer, m.perLinkBad.buffer];
  return [];
}
