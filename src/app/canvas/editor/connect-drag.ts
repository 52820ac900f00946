// Connect by dragging from a node's handle to another node. While the pointer
// is over a node the link would be refused for, the reason shows at the
// pointer; on release a refused link is not made and the reason stays a moment.
import { drag, select, type D3DragEvent } from 'd3';
import type { AppStore } from '../../store/index.ts';
import { canConnect } from '../../editor/index.ts';
import { connectNodes } from '../../commands/index.ts';
import { clientPoint, type Behaviour } from './behaviour.ts';
import { nodeIdAt } from './hit-test.ts';
import type { EditorLayers } from './layers.ts';
import type { PointerTip } from './tip.ts';

interface Subject {
  from: string;
  x: number;
  y: number;
}

type ConnectEvent = D3DragEvent<SVGGElement, unknown, Subject>;

function handleOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('[data-handle-for]') : null;
}

export function createConnectDrag(
  viewport: SVGGElement,
  layers: EditorLayers,
  store: AppStore,
  tip: PointerTip,
): Behaviour {
  let line: SVGLineElement | null = null;

  const behaviour = drag<SVGGElement, unknown, Subject>()
    .container(viewport)
    .filter((event: MouseEvent) => !event.button && handleOf(event.target) !== null)
    // d3 hands `subject` a drag event; the press itself is its sourceEvent.
    .subject((event: { sourceEvent: MouseEvent }) => {
      const handle = handleOf(event.sourceEvent.target) as Element;
      const [x, y] = (handle.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [0, 0];
      return { from: handle.getAttribute('data-handle-for') as string, x, y };
    })
    .on('start', (event: ConnectEvent) => {
      tip.hide();
      line = select(layers.over)
        .append('line')
        .attr('class', 'editor-connect-line')
        .attr('x1', event.subject.x)
        .attr('y1', event.subject.y)
        .attr('x2', event.x)
        .attr('y2', event.y)
        .node();
    })
    .on('drag', (event: ConnectEvent) => {
      const [cx, cy] = clientPoint(event.sourceEvent);
      const to = nodeIdAt(cx, cy, viewport);
      let state: 'none' | 'ok' | 'refused' = 'none';
      if (to !== null && to !== event.subject.from) {
        const check = canConnect(store.getState().scenario, event.subject.from, to);
        state = check.ok ? 'ok' : 'refused';
        if (check.ok) tip.show(`Connect ${event.subject.from} → ${to}`, cx, cy, 'hint');
        else tip.show(check.reason, cx, cy, 'refusal');
      } else {
        tip.hide();
      }
      select(line).attr('x2', event.x).attr('y2', event.y).attr('data-state', state);
    })
    .on('end', (event: ConnectEvent) => {
      line?.remove();
      line = null;
      const [cx, cy] = clientPoint(event.sourceEvent);
      const to = nodeIdAt(cx, cy, viewport);
      if (to === null) {
        tip.hide();
        return;
      }
      const result = connectNodes(store, event.subject.from, to);
      if (result.ok) tip.hide();
      else {
        tip.show(result.reason, cx, cy, 'refusal');
        tip.linger();
      }
    });

  select(layers.over).call(behaviour);
  return {
    update() {},
    destroy() {
      line?.remove();
      select(layers.over).on('.drag', null);
    },
  };
}
