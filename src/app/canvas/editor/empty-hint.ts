// On an empty canvas, say how to start. Drawn in the canvas's own screen
// space (not zoomed), centred, and gone as soon as there is a node.
import type { Scenario } from '../../../scenario/index.ts';
import type { Behaviour } from './behaviour.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINES = [
  'An empty canvas.',
  'Drag a Client, a Load balancer and Servers here from the palette,',
  'then drag from a node’s handle ⊳ onto another node to connect them.',
];
const LINE_PX = 26;

export function createEmptyHint(svg: SVGSVGElement, scenario: () => Scenario): Behaviour {
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'editor-empty');
  group.setAttribute('aria-hidden', 'true');
  LINES.forEach((line, i) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('text-anchor', 'middle');
    text.setAttribute('y', String((i - (LINES.length - 1) / 2) * LINE_PX));
    if (i === 0) text.setAttribute('class', 'editor-empty-title');
    text.textContent = line;
    group.append(text);
  });
  svg.append(group);
  const place = () => {
    group.setAttribute('transform', `translate(${svg.clientWidth / 2},${svg.clientHeight / 2})`);
  };
  const resize = new ResizeObserver(place);
  resize.observe(svg);
  const update = () => {
    group.style.display = scenario().nodes.length === 0 ? '' : 'none';
    place();
  };
  update();
  return {
    update,
    destroy() {
      resize.disconnect();
      group.remove();
    },
  };
}
