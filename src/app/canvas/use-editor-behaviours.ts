// The editor's canvas behaviours: select, move with snapping, connect from a
// handle, rubber band, link selection, keyboard shortcuts, and what the
// editor draws (zones, clusters, selection, handles). The canvas calls this
// once with its elements; everything is created in one effect and destroyed
// with it.
import { useEffect, useRef } from 'react';
import type { AppStore } from '../store/index.ts';
import { handleEditorKey } from '../editor/keyboard.ts';
import { registerCanvas } from './editor/bridge.ts';
import { createConnectDrag } from './editor/connect-drag.ts';
import { drawDecorations } from './editor/decorations.ts';
import { createEditorLayers } from './editor/layers.ts';
import { createLinkSelect } from './editor/link-select.ts';
import { createMoveDrag } from './editor/move-drag.ts';
import { createRubberBand } from './editor/rubber-band.ts';
import { createPointerTip } from './editor/tip.ts';

export interface EditorCanvasContext {
  /** The whole canvas <svg>. */
  svg: SVGSVGElement | null;
  /** The zoomed and panned <g> that holds nodes and links. */
  viewport: SVGGElement | null;
  /** Screen (client) coordinates to canvas (scenario x, y) coordinates. */
  toCanvas(clientX: number, clientY: number): [number, number];
  store: AppStore;
}

export function useEditorBehaviours(context: EditorCanvasContext): void {
  const { svg, viewport, store } = context;
  // toCanvas may be a new function on every render; the effect reads the
  // latest through a ref instead of re-creating every behaviour.
  const toCanvas = useRef(context.toCanvas);
  useEffect(() => {
    toCanvas.current = context.toCanvas;
  });

  useEffect(() => {
    if (!svg || !viewport) return;
    const layers = createEditorLayers(viewport);
    const tip = createPointerTip();
    const behaviours = [
      createMoveDrag(viewport, store),
      createConnectDrag(viewport, layers, store, tip),
      createRubberBand(viewport, layers, store),
      createLinkSelect(viewport, store),
    ];

    // Redraw after the canvas has drawn: on the next frame after a store
    // change, and whenever the canvas's DOM changes (a node rendered, zoom).
    let frame = 0;
    let drawing = false;
    const redraw = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawing = true;
        layers.attach();
        const { scenario, selection } = store.getState();
        drawDecorations(layers, viewport, scenario, selection);
        for (const b of behaviours) b.update();
        // Our own drawing causes mutations too; ignore those.
        queueMicrotask(() => (drawing = false));
      });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario || state.selection !== previous.selection) redraw();
    });
    const observer = new MutationObserver((records) => {
      if (drawing) return;
      // Zooming transforms the viewport itself, which moves nothing in canvas coordinates.
      const theirs = records.some(
        (r) =>
          !(r.target === viewport && r.type === 'attributes') &&
          !(r.target instanceof Element && r.target.closest('.editor-under, .editor-over')),
      );
      if (theirs) redraw();
    });
    observer.observe(viewport, { childList: true, subtree: true, attributes: true, attributeFilter: ['transform', 'd', 'x', 'y', 'width', 'height'] });
    redraw();

    const unregister = registerCanvas({
      svg,
      toCanvas: (x, y) => toCanvas.current(x, y),
      viewCentre: () => {
        const r = svg.getBoundingClientRect();
        return toCanvas.current(r.left + r.width / 2, r.top + r.height / 2);
      },
    });

    const onKey = (event: KeyboardEvent) => {
      if (handleEditorKey(event, store)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);

    return () => {
      window.removeEventListener('keydown', onKey);
      unregister();
      observer.disconnect();
      unsubscribe();
      cancelAnimationFrame(frame);
      for (const b of behaviours) b.destroy();
      tip.destroy();
      layers.destroy();
    };
  }, [svg, viewport, store]);
}
