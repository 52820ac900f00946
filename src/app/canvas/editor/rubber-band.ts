// Shift-drag on empty canvas draws a rubber band and adds every node it
// touches to the selection. (A plain drag on empty canvas pans, as the
// canvas's zoom behaviour does; a plain click there clears the selection.)
import { drag, select, type D3DragEvent } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { isAdditive, type Behaviour } from './behaviour.ts';
import { intersects, nodeBox, type Box } from './geometry.ts';
import type { EditorLayers } from './layers.ts';

type BandEvent = D3DragEvent<SVGRectElement, unknown, { x: number; y: number }>;

export function createRubberBand(viewport: SVGGElement, layers: EditorLayers, store: AppStore): Behaviour {
  let band: SVGRectElement | null = null;
  let base: string[] = [];
  let origin: [number, number] = [0, 0];

  const behaviour = drag<SVGRectElement, unknown, { x: number; y: number }>()
    .container(viewport)
    .clickDistance(3)
    .filter((event: MouseEvent) => !event.button && isAdditive(event))
    .on('start', (event: BandEvent) => {
      origin = [event.x, event.y];
      base = store.getState().selection.nodeIds;
      band = select(layers.over).append('rect').attr('class', 'editor-rubber-band').node();
    })
    .on('drag', (event: BandEvent) => {
      const box: Box = {
        x: Math.min(origin[0], event.x),
        y: Math.min(origin[1], event.y),
        width: Math.abs(event.x - origin[0]),
        height: Math.abs(event.y - origin[1]),
      };
      select(band).attr('x', box.x).attr('y', box.y).attr('width', box.width).attr('height', box.height);
      const { scenario } = store.getState();
      const hits = scenario.nodes.filter((n) => intersects(box, nodeBox(viewport, n))).map((n) => n.id);
      store.getState().select({ nodeIds: [...new Set([...base, ...hits])] });
    })
    .on('end', () => {
      band?.remove();
      band = null;
    });

  const hit = select(layers.hitArea);
  hit.call(behaviour);
  hit.on('click.editor', (event: MouseEvent) => {
    if (!isAdditive(event)) store.getState().clearSelection();
  });
  return {
    update() {},
    destroy() {
      band?.remove();
      hit.on('.drag', null).on('click.editor', null);
    },
  };
}
