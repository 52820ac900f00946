// The palette (HTML, left rail) needs to know where the canvas is to drop a
// node on it, and the canvas is created elsewhere. The canvas hook registers
// itself here; the palette asks. One canvas per page, so one slot.
export interface CanvasBridge {
  svg: SVGSVGElement;
  /** Screen point → canvas (scenario) point. */
  toCanvas(clientX: number, clientY: number): [number, number];
  /** The canvas point at the middle of what is on screen: where a keyboard-added node goes. */
  viewCentre(): [number, number];
}

let current: CanvasBridge | null = null;

export function registerCanvas(bridge: CanvasBridge): () => void {
  current = bridge;
  return () => {
    if (current === bridge) current = null;
  };
}

export function canvasBridge(): CanvasBridge | null {
  return current;
}

/**
 * True when the screen point is over the canvas. By its box, not by hit
 * testing: layers drawn over the canvas (the traffic, a legend) still count.
 */
export function overCanvas(bridge: CanvasBridge, clientX: number, clientY: number): boolean {
  const r = bridge.svg.getBoundingClientRect();
  return clientX >= r.left && clientX <= r.right && clientY >= r.top && clientY <= r.bottom;
}
