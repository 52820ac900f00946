// Shift-drag on empty canvas draws a rubber band and adds every node it
// touches to the selection. A plain drag there pans (the canvas's zoom
// ignores shift-drags, leaving them to this behaviour).
import { drag, select, type D3DragEvent } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { glyphBox } from '../geometry.ts';
import { isAdditive, nodeIdOf, type Behaviour } from './behaviour.ts';
import type { EditorLayers } from './layers.ts';

type BandEvent = D3DragEvent<SVGSVGElement, unknown, { x: number; y: number }>;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function createRubberBand(svg: SVGSVGElement, viewport: SVGGElement, layers: EditorLayers, store: AppStore): Behaviour {
  let band: SVGRectElement | null = null;
  let base: string[] = [];
  let origin: [number, number] = [0, 0];

  const behaviour = drag<SVGSVGElement, unknown, { x: number; y: number }>()
    // Canvas coordinates: the band lives in the zoomed viewport, like the nodes.
    .container(viewport)
    .clickDistance(3)
    .filter((event: MouseEvent) => !event.button && isAdditive(event) && nodeIdOf(event.target) === null && !(event.target instanceof Element && event.target.closest('.editor-over')))
    .on('start', (event: BandEvent) => {
      origin = [event.x, event.y];
      base = store.getState().selection.nodeIds;
      band = select(layers.over).append('rect').attr('class', 'editor-rubber-band').node();
    })
    .on('drag', (event: BandEvent) => {
      const box: Box = {
        x: Math.min(origin[0], event.x),
        y: Math.min(origin[1], event.y),
        w: Math.abs(event.x - origin[0]),
        h: Math.abs(event.y - origin[1]),
      };
      select(band).attr('x', box.x).attr('y', box.y).attr('width', box.w).attr('height', box.h);
      const { scenario } = store.getState();
      const hits = scenario.nodes.filter((n) => intersects(box, glyphBox({ x: n.x ?? 0, y: n.y ?? 0 }))).map((n) => n.id);
      store.getState().select({ nodeIds: [...new Set([...base, ...hits])] });
    })
    .on('end', () => {
      band?.remove();
      band = null;
    });

  select(svg).call(behaviour);
  return {
    update() {},
    destroy() {
      band?.remove();
      select(svg).on('.drag', null);
    },
  };
}
