// Pan and zoom of the canvas with d3-zoom, as a small factory (xyflow's
// XYPanZoom pattern): React creates it in an effect and destroys it on
// unmount; d3 writes only the viewport's transform attribute.
import { select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Box } from './geometry.ts';

export interface PanZoom {
  transform(): ZoomTransform;
  /** Fits `box` into the view with a margin (plus `extra` screen px each side, for text that keeps its screen size); animated unless `instant`. */
  fit(box: Box, instant?: boolean, extra?: { x: number; y: number }): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

const SCALE_EXTENT: [number, number] = [0.15, 4];
/** Room kept free when fitting: notices on top, the legend at the bottom. */
const FIT_MARGIN = { top: 64, right: 32, bottom: 72, left: 32 };

/** The zoom at which `box` fits a `width` × `height` view (screen px) with the margins and `extra` each side. */
export function fitScale(width: number, height: number, box: Box, extra = { x: 0, y: 0 }): number {
  const m = { top: FIT_MARGIN.top + extra.y, right: FIT_MARGIN.right + extra.x, bottom: FIT_MARGIN.bottom + extra.y, left: FIT_MARGIN.left + extra.x };
  // A drawing of one or two nodes is not blown up to fill the screen: fit at most 1.2×, as if it were 640 × 360.
  const w = Math.max(box.w, 640);
  const h = Math.max(box.h, 360);
  return Math.max(SCALE_EXTENT[0], Math.min(SCALE_EXTENT[1], 1.2, (width - m.left - m.right) / w, (height - m.top - m.bottom) / h));
}

/**
 * `onChange` runs on every zoom event (keep it cheap: no React state);
 * `onSettle` once a gesture or animation ends.
 */
export function createPanZoom(
  svg: SVGSVGElement, viewport: SVGGElement, onChange: (t: ZoomTransform) => void, onSettle: (t: ZoomTransform) => void = () => undefined,
): PanZoom {
  const svgSel = select(svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    // Dragging a node belongs to the editor and shift-drag to its rubber band;
    // the wheel zooms anywhere. No double-click zoom: double-click edits.
    .filter((event: Event) => {
      if (event.type === 'wheel') return true;
      if (event.type === 'dblclick') return false;
      const e = event as MouseEvent;
      if (e.button || e.ctrlKey || e.shiftKey) return false;
      const target = e.target as Element | null;
      return !target?.closest('[data-node-id], [data-no-pan]');
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      viewport.setAttribute('transform', event.transform.toString());
      onChange(event.transform);
    });
  svgSel.call(behaviour).on('dblclick.zoom', null);

  let current: ZoomTransform = zoomIdentity;
  behaviour.on('zoom.track', (event: { transform: ZoomTransform }) => {
    current = event.transform;
  });
  // The grabbing cursor shows while the view is dragged, set on the first
  // move rather than by :active on the press: the cursor is inherited, and a
  // change of it on the SVG restyles every element of a large drawing, which
  // made each click on a node cost two full style recalculations.
  behaviour.on('zoom.cursor', (event: { sourceEvent?: Event | null }) => {
    if (event.sourceEvent?.type === 'mousemove' && !svg.hasAttribute('data-panning')) svg.setAttribute('data-panning', '');
  });
  behaviour.on('end', (event: { transform: ZoomTransform }) => {
    if (svg.hasAttribute('data-panning')) svg.removeAttribute('data-panning');
    onSettle(event.transform);
  });

  return {
    transform: () => current,
    fit(box, instant = false, extra = { x: 0, y: 0 }) {
      const width = svg.clientWidth;
      const height = svg.clientHeight;
      if (width === 0 || height === 0 || box.w <= 0 || box.h <= 0) return;
      const m = { top: FIT_MARGIN.top + extra.y, right: FIT_MARGIN.right + extra.x, bottom: FIT_MARGIN.bottom + extra.y, left: FIT_MARGIN.left + extra.x };
      const target = zoomIdentity
        .translate(m.left + (width - m.left - m.right) / 2, m.top + (height - m.top - m.bottom) / 2)
        .scale(fitScale(width, height, box, extra))
        .translate(-(box.x + box.w / 2), -(box.y + box.h / 2));
      if (instant) svgSel.call(behaviour.transform, target);
      else svgSel.transition().duration(300).call(behaviour.transform, target);
    },
    zoomBy(factor) {
      svgSel.transition().duration(200).call(behaviour.scaleBy, factor);
    },
    destroy() {
      svgSel.on('.zoom', null);
      svgSel.interrupt();
    },
  };
}
