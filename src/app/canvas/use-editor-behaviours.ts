// The editor's canvas behaviours: move with snapping, connect from a handle,
// rubber band, keyboard shortcuts, and the connection handles. (Click
// selection, zones, clusters and the selection outline are the canvas's.) The canvas calls this
// once with its elements; everything is created in one effect and destroyed
// with it.
import { useEffect, useRef } from 'react';
import type { AppStore } from '../store/index.ts';
import { handleEditorKey } from '../commands/index.ts';
import { registerCanvas } from './editor/bridge.ts';
import { createConnectDrag } from './editor/connect-drag.ts';
import { drawDecorations } from './editor/decorations.ts';
import { createEditorLayers } from './editor/layers.ts';
import { createEmptyHint } from './editor/empty-hint.ts';
import { createMoveDrag } from './editor/move-drag.ts';
import { createRubberBand } from './editor/rubber-band.ts';
import { createPointerTip } from './editor/tip.ts';
// Styles travel with the component that needs them.
// oxlint-disable-next-line import/no-unassigned-import
import './editor/editor-canvas.css';

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
      createRubberBand(svg, viewport, layers, store),
      createEmptyHint(svg, () => store.getState().scenario),
    ];

    // Handles follow the scenario's positions; redraw them once per frame at
    // most, whatever the number of store changes in it.
    let frame = 0;
    const redraw = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawDecorations(layers, store.getState().scenario);
        for (const b of behaviours) b.update();
      });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.scenario !== previous.scenario) redraw();
    });
    // Should the canvas ever add a layer to the viewport, the editor's goes back on top.
    const observer = new MutationObserver(() => layers.attach());
    observer.observe(viewport, { childList: true });
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
      if (handleEditorKey(event, store, svg)) event.preventDefault();
    };
    // Capture phase: the editor sees a key before the lab's own shortcuts,
    // which leave alone any key the editor used (defaultPrevented).
    window.addEventListener('keydown', onKey, true);

    return () => {
      window.removeEventListener('keydown', onKey, true);
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
